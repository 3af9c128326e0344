/**
 * @jest-environment jsdom
 */
import { CLOSE_MESSAGE, outcomeDialogUrl, outcomeFromSearch, showOutcomeDialog, type DialogUi } from "../../src/commands/outcome-dialog";
import { outcomeMessage } from "../../src/commands/outcome-message";
import { renderOutcomePage } from "../../src/commands/outcome-page";
import type { RunRecording } from "../../src/commands/record-ribbon-run";
import type { SettingsUsed } from "../../src/commands/ribbon-validation";
import { validatePlanCommand, type ValidatePlanOutcome } from "../../src/commands/validate-plan";
import { defaultCalendar } from "../../src/domain/calendar";
import { localIsoDate } from "../../src/domain/dates";
import { DocumentError } from "../../src/document/document-error";
import type { ColourReport, DocumentPort, ReadResult } from "../../src/document/port";
import { emptySharedState } from "../../src/document/shared-state";
import { failed } from "../../src/jobs/job-outcome";
import { resultWith } from "../support/storage-fixtures";

const colour: ColourReport = { marked: 12, cleared: 1, personRedKept: 3, conflicts: [] };
const result = resultWith("2022-01-20", [["01-01", "jeopardy"]]);
const read: ReadResult = {
  model: { blocks: [] },
  plan: { resolutions: [], summary: [] } as unknown as ReadResult["plan"],
  findings: [],
  structure: "plain",
  fingerprints: [],
  sharedState: { state: emptySharedState(), location: { kind: "custom-xml", partId: null } },
};
/** The message reads the counts from the result's summary: 375 items, 20 in jeopardy, 1 needing attention. */
const validated: ValidatePlanOutcome = {
  kind: "validated",
  asOf: "2022-01-20",
  read,
  calendar: defaultCalendar(),
  colour,
  structured: null,
  result: { ...result, summary: { ...result.summary, items: 375, states: { ...result.summary.states, jeopardy: 20, attention: 1 } } },
};
const failure = (code: "Unsupported" | "DocumentChanged", message: string): ValidatePlanOutcome => failed(new DocumentError(code, message));

describe("the outcome message", () => {
  it("gives the counts of jeopardy and attention, and what happened to red boxes", () => {
    const message = outcomeMessage(validated);
    expect(message.title).toBe("Plan validated");
    expect(message.lines[0]).toBe("375 items checked as of 2022-01-20: 20 items in jeopardy, 1 item needing attention.");
    expect(message.lines[1]).toBe("Red boxes: 12 added, 1 removed (items that recovered); 3 red boxes set by a person kept as they are.");
  });

  it("says when items changed while validating, and when structure wrapped cells first", () => {
    const message = outcomeMessage({
      ...validated,
      colour: { ...colour, conflicts: [{ rule: "document-changed", severity: "warning", message: "m" }] },
      structured: { wrapped: 2240, alreadyWrapped: 0, skipped: [] },
    });
    expect(message.lines).toContain("2240 field cells wrapped in content controls first.");
    expect(message.lines).toContain("1 item was edited while validating and not coloured: run “Validate plan” again.");
  });

  it("tells an unsupported host and a document that is not a plan apart from a failure", () => {
    expect(outcomeMessage({ kind: "not-a-plan", findings: [] }).title).toBe("Not an action plan");
    expect(outcomeMessage(failure("Unsupported", "old Word")).title).toBe("Not supported in this version of Word");
    expect(outcomeMessage(failure("DocumentChanged", "changed")).lines).toContain("Run “Validate plan” again.");
  });
});

describe("validatePlanCommand with a port double", () => {
  const plainRead = async (): Promise<never> => {
    throw new DocumentError("Unsupported", "This version of Word does not support it.");
  };

  it("turns an adapter error into a failed outcome with its code", async () => {
    const document: Pick<DocumentPort, "read" | "structure" | "colour"> = { read: plainRead, structure: plainRead, colour: plainRead };
    const outcome = await validatePlanCommand({ document, autoStructure: false, asOf: "2022-01-20" });
    expect(outcome).toMatchObject({ kind: "failed", code: "Unsupported", message: "This version of Word does not support it." });
  });

  it("lets a programming error escape", async () => {
    const broken = async (): Promise<never> => {
      throw new TypeError("bug");
    };
    const document: Pick<DocumentPort, "read" | "structure" | "colour"> = { read: broken, structure: broken, colour: broken };
    await expect(validatePlanCommand({ document, autoStructure: false, asOf: "2022-01-20" })).rejects.toThrow("bug");
  });

  it("dates today in the person's time zone", () => {
    expect(localIsoDate(new Date(2022, 0, 20, 23, 59))).toBe("2022-01-20");
  });
});

describe("the notification dialog", () => {
  const message = outcomeMessage(validated);

  it("carries the message in the function file's URL and reads it back", () => {
    const url = outcomeDialogUrl("https://localhost:3000/commands.html?_host_Info=Word#x", message);
    expect(url.startsWith("https://localhost:3000/commands.html?outcome=")).toBe(true);
    expect(outcomeFromSearch(new URL(url).search)).toEqual(message);
    expect(outcomeFromSearch("?_host_Info=Word")).toBeNull();
    expect(outcomeFromSearch("?outcome=%7B%22title%22%3A1%7D")).toBeNull();
  });

  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    };
  });

  /** A dialog double: records handlers; `fire` raises one. */
  function fakeUi(succeeds: boolean): { ui: DialogUi; opened: string[]; fire: (event: string) => void; closed: () => boolean } {
    const handlers = new Map<string, () => void>();
    let closed = false;
    const opened: string[] = [];
    const dialog = {
      addEventHandler: (event: string, handler: () => void) => handlers.set(event, handler),
      close: () => {
        closed = true;
      },
    };
    const ui = {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        opened.push(url);
        callback(succeeds ? { status: "succeeded", value: dialog } : { status: "failed", error: { message: "blocked" } });
      },
    } as unknown as DialogUi;
    return { ui, opened, fire: (event) => handlers.get(event)?.(), closed: () => closed };
  }

  it("waits until the person closes it with OK, then closes the dialog", async () => {
    const fake = fakeUi(true);
    const shown = showOutcomeDialog(fake.ui, "https://localhost:3000/commands.html", message);
    expect(fake.opened).toHaveLength(1);
    fake.fire("dialogMessageReceived");
    await expect(shown).resolves.toBe("closed");
    expect(fake.closed()).toBe(true);
  });

  it("resolves when the person closes the window, and at once when it cannot open", async () => {
    const fake = fakeUi(true);
    const shown = showOutcomeDialog(fake.ui, "https://localhost:3000/commands.html", message);
    fake.fire("dialogEventReceived");
    await expect(shown).resolves.toBe("closed");
    await expect(showOutcomeDialog(fakeUi(false).ui, "https://localhost:3000/commands.html", message)).resolves.toBe("not-shown");
  });

  it("renders the message as text (never HTML) with an OK button that sends the close message", () => {
    const close = jest.fn(() => CLOSE_MESSAGE);
    renderOutcomePage(document, { title: "Plan <b>validated</b>", lines: ["one", "two"] }, close);
    expect(document.querySelector("h1")!.textContent).toBe("Plan <b>validated</b>");
    expect(document.querySelector("b")).toBeNull();
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["one", "two"]);
    document.querySelector("button")!.click();
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe("what the ribbon adds to the message", () => {
  const personal = { source: "personal", asOfOverride: null } as const;

  it("adds nothing when the person's settings were used and the run was kept", () => {
    expect(outcomeMessage(validated, { settings: personal, history: { kind: "recorded", documentKey: "k" } })).toEqual(outcomeMessage(validated));
  });

  it("says the date is the person's as-of setting when they set one", () => {
    const message = outcomeMessage({ ...validated, asOf: "2021-06-01" }, { settings: { source: "personal", asOfOverride: "2021-06-01" }, history: null });
    expect(message.lines[0]).toBe("375 items checked as of 2021-06-01 (your as-of date setting): 20 items in jeopardy, 1 item needing attention.");
  });

  it("says the defaults were used, which ones, and why", () => {
    const defaults = (settings: SettingsUsed) => outcomeMessage(validated, { settings, history: null }).lines.at(-1);
    expect(defaults({ source: "defaults", reason: { kind: "timeout", ms: 2000 } })).toBe(
      "Using default settings: your settings from the Action plan pane could not be read (the local storage did not answer within 2 seconds). " +
        "Checked as of today with a 30-day attention horizon, red for items needing attention or in jeopardy, not structured first; " +
        "this run is not kept in the validation history.",
    );
    expect(defaults({ source: "defaults", reason: { kind: "blocked" } })).toMatch(/^Using default settings: .*\(an older copy of the add-in, open in another window, holds the local storage\)/);
    expect(defaults({ source: "defaults", reason: { kind: "failed", detail: "Loading chunk 12 failed." } })).toMatch(/^Using default settings: .*\(Loading chunk 12 failed\.\)/);
  });

  it("says when the run could not be kept in the history", () => {
    const last = (history: RunRecording) => outcomeMessage(validated, { settings: personal, history }).lines.at(-1);
    expect(last({ kind: "not-recorded", reason: "no-key", detail: "The add-in could not give this document its key (locked); history and drafts cannot be kept for it." })).toBe(
      "The add-in could not give this document its key (locked); history and drafts cannot be kept for it.",
    );
    expect(last({ kind: "not-recorded", reason: "session-only", detail: "w" })).toBe("This run was not kept in the validation history: the local storage stopped working.");
    expect(last({ kind: "not-recorded", reason: "failed", detail: "disk" })).toBe("This run was not kept in the validation history (disk).");
  });

  it("says nothing about settings when there was no plan to validate", () => {
    const notes = { settings: { source: "defaults", reason: { kind: "no-storage" } }, history: null } as const;
    expect(outcomeMessage({ kind: "not-a-plan", findings: [] }, notes)).toEqual(outcomeMessage({ kind: "not-a-plan", findings: [] }));
  });
});

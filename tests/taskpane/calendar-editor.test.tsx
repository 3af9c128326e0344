/** @jest-environment jsdom */
/**
 * The calendar editor in the pane (Settings), on the simulated document: shipped events listed; add, edit, delete and
 * reset to default; dates checked inline by the domain's validateCalendarEvent (nothing written while invalid); every
 * save written into the document's custom XML part and followed by a new validation, so the items show the effect;
 * a fresh pane reads the calendar back from the document.
 */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { defaultCalendar, type CalendarOverride } from "../../src/domain/calendar";
import type { DocModel } from "../../src/domain/document-model";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import type { SimulatedWord } from "../../src/simulator";
import { calendarRows, eventFieldErrors, newEventId, EMPTY_EVENT_FIELDS } from "../../src/taskpane/services/calendar-editor";
import { strings } from "../../src/taskpane/strings";
import { planDoc, resolutionSection, summaryTable } from "../support/builders/plan-builders";
import { AS_OF, uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, reopenPane, validateAsOf } from "../support/pane-storage-harness";

afterEach(uninstallSimulatedOffice);

/**
 * As of 2022-01-20 with the shipped calendar: 01-01 needs attention (the last TSAG before WTDC-22 is the January 2022
 * meeting, due 31 January), 01-02 is late (Council 2021).
 */
function plan(): DocModel {
  return planDoc(
    summaryTable([{ number: 1, title: "Rules of procedure" }]),
    resolutionSection(1, "Rules of procedure", [
      { id: "01-01", action: "Report to TSAG", milestone: "Last TSAG before WTDC-22" },
      { id: "01-02", action: "Report to Council", milestone: "Council 2021" },
    ]),
  );
}

function storedOverrides(sim: SimulatedWord): CalendarOverride[] | null {
  const part = sim.getCustomXmlParts().find((candidate) => candidate.namespaceUri === STATE_NAMESPACE);
  const json = part ? parseSharedState(part.xml).calendarOverrides : null;
  return json === null ? null : (JSON.parse(json) as { overrides: CalendarOverride[] }).overrides;
}

/** The inline error of a field (Fluent's Field links it with aria-describedby). */
function errorOf(control: HTMLElement): string {
  return (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

function row(id: string): HTMLElement {
  return screen.getByTestId(`calendar-row-${id}`);
}

async function openCalendar(user: UserEvent): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: strings.settingsView.open }));
  const editor = await screen.findByTestId("calendar-editor");
  await within(editor).findByTestId("calendar-source");
  return editor;
}

async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  if (text !== "") await user.type(field, text);
}

async function validatedPane(user: UserEvent) {
  const pane = renderStoragePane(plan());
  await screen.findByText("1 resolution, 2 items");
  await validateAsOf(user, AS_OF);
  expect(screen.getByTestId("count-attention").textContent).toBe("1");
  return pane;
}

describe("calendar editor", () => {
  test("lists the shipped events; a new event is checked inline, refused while invalid, then saved in the document and applied", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = await validatedPane(user);
    const { sim } = pane;
    const editor = await openCalendar(user);
    const rows = within(editor).getAllByTestId(/^calendar-row-/);
    expect(rows).toHaveLength(defaultCalendar().events.length);
    expect(rows.every((element) => element.dataset.origin === "shipped")).toBe(true);
    expect(within(editor).getByTestId("calendar-source").textContent).toBe(strings.calendarEditor.sourceOf.defaults);

    await user.click(within(editor).getByRole("button", { name: strings.calendarEditor.add }));
    const form = await within(editor).findByTestId("calendar-event-form");
    await waitFor(() => expect(document.activeElement?.textContent).toBe(strings.calendarEditor.formAdd));
    await fill(user, within(form).getByTestId("event-series"), "TSAG");
    await fill(user, within(form).getByTestId("event-start"), "2022-04-04");
    await fill(user, within(form).getByTestId("event-end"), "2022-04-01");
    // A complete date is checked at once.
    expect(errorOf(within(form).getByTestId("event-end"))).toBe("End 2022-04-01 is before start 2022-04-04.");
    await user.click(within(form).getByRole("radio", { name: strings.calendarEditor.precisions.month }));
    await user.click(within(form).getByRole("button", { name: strings.calendarEditor.save }));
    expect(errorOf(within(form).getByTestId("event-name"))).toBe("Needs a non-empty name.");
    expect(errorOf(within(form).getByTestId("event-start"))).toBe("At month precision the start must be the first day of a month.");
    expect(errorOf(within(form).getByTestId("event-source"))).toBe("Needs a non-empty source.");
    expect(within(form).getByText(strings.calendarEditor.fixErrors)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByTestId("event-name")));
    expect(storedOverrides(sim)).toBeNull();

    await fill(user, within(form).getByTestId("event-name"), "TSAG meeting, April 2022");
    await user.click(within(form).getByRole("radio", { name: strings.calendarEditor.precisions.day }));
    await fill(user, within(form).getByTestId("event-end"), "2022-04-08");
    await fill(user, within(form).getByTestId("event-source"), "TSAG-TD1200");
    expect(errorOf(within(form).getByTestId("event-end"))).toBe("");
    await user.click(within(form).getByRole("button", { name: strings.calendarEditor.save }));

    const outcome = await screen.findByTestId("calendar-outcome");
    expect(outcome.textContent).toBe(`${strings.calendarEditor.saved("TSAG meeting, April 2022")} ${strings.calendarEditor.revalidated}`);
    expect(row("TSAG-2022-04-04").dataset.origin).toBe("added");
    expect(storedOverrides(sim)).toEqual([
      { action: "add", event: { id: "TSAG-2022-04-04", series: "TSAG", name: "TSAG meeting, April 2022", start: "2022-04-04", end: "2022-04-08", precision: "day", source: "TSAG-TD1200" } },
    ]);
    // Every item now resolves against it: the last TSAG before WTDC-22 is the April meeting, months away.
    expect(screen.getByTestId("count-attention").textContent).toBe("0");
    expect(screen.getByTestId("count-ok").textContent).toBe("1");

    // A fresh pane on the same document (another computer would do the same: the calendar is in the document).
    reopenPane(pane);
    await screen.findByText("1 resolution, 2 items");
    const reopened = await openCalendar(user);
    expect(within(reopened).getByTestId("calendar-source").textContent).toBe(strings.calendarEditor.sourceOf.document);
    expect(row("TSAG-2022-04-04").dataset.origin).toBe("added");
  });

  test("a shipped event edited shows as changed and applies; Reset to default brings the shipped dates back", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = await validatedPane(user);
    const editor = await openCalendar(user);
    const january = within(row("TSAG-2022-01")).getByText("TSAG meeting, January 2022, virtual");
    expect(january).toBeTruthy();
    await user.click(within(row("TSAG-2022-01")).getByRole("button", { name: strings.calendarEditor.edit("TSAG meeting, January 2022, virtual") }));
    const form = await within(editor).findByTestId("calendar-event-form");
    expect((within(form).getByTestId("event-start") as HTMLInputElement).value).toBe("2022-01-01");
    await fill(user, within(form).getByTestId("event-name"), "TSAG meeting, June 2022");
    await fill(user, within(form).getByTestId("event-start"), "2022-06-01");
    await fill(user, within(form).getByTestId("event-end"), "2022-06-30");
    await user.click(within(form).getByRole("button", { name: strings.calendarEditor.save }));
    await screen.findByText(`${strings.calendarEditor.saved("TSAG meeting, June 2022")} ${strings.calendarEditor.revalidated}`);
    expect(row("TSAG-2022-01").dataset.origin).toBe("changed");
    expect(storedOverrides(sim)).toEqual([{ action: "replace", event: expect.objectContaining({ id: "TSAG-2022-01", start: "2022-06-01", end: "2022-06-30" }) }]);
    expect(screen.getByTestId("count-attention").textContent).toBe("0");

    await user.click(within(row("TSAG-2022-01")).getByRole("button", { name: strings.calendarEditor.reset("TSAG meeting, June 2022") }));
    await screen.findByText(`${strings.calendarEditor.resetDone("TSAG meeting, June 2022")} ${strings.calendarEditor.revalidated}`);
    expect(row("TSAG-2022-01").dataset.origin).toBe("shipped");
    expect(within(row("TSAG-2022-01")).getByText("TSAG meeting, January 2022, virtual")).toBeTruthy();
    expect(storedOverrides(sim)).toEqual([]);
    expect(screen.getByTestId("count-attention").textContent).toBe("1");
  });

  test("deleting a shipped event keeps it listed as deleted, to reset; deleting an added event removes it", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = await validatedPane(user);
    const editor = await openCalendar(user);
    await user.click(within(row("C21")).getByRole("button", { name: strings.calendarEditor.remove("Council 2021, virtual session") }));
    await screen.findByText(`${strings.calendarEditor.removed("Council 2021, virtual session")} ${strings.calendarEditor.revalidated}`);
    expect(row("C21").dataset.origin).toBe("hidden");
    expect(within(row("C21")).getByText(strings.calendarEditor.origin.hidden)).toBeTruthy();
    expect(storedOverrides(sim)).toEqual([{ action: "hide", id: "C21" }]);
    // Without a Council 2021 the milestone cannot be resolved: the item needs attention instead of being late.
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("0");

    await user.click(within(row("C21")).getByRole("button", { name: strings.calendarEditor.reset("Council 2021, virtual session") }));
    await screen.findByText(`${strings.calendarEditor.resetDone("Council 2021, virtual session")} ${strings.calendarEditor.revalidated}`);
    expect(row("C21").dataset.origin).toBe("shipped");
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("1");

    await user.click(within(editor).getByRole("button", { name: strings.calendarEditor.add }));
    const form = await within(editor).findByTestId("calendar-event-form");
    await fill(user, within(form).getByTestId("event-name"), "Study group 17 meeting");
    await fill(user, within(form).getByTestId("event-series"), "SG");
    await fill(user, within(form).getByTestId("event-start"), "2022-04-01");
    await fill(user, within(form).getByTestId("event-end"), "2022-04-30");
    await user.click(within(form).getByRole("radio", { name: strings.calendarEditor.precisions.month }));
    await fill(user, within(form).getByTestId("event-source"), "ITU public calendar");
    await user.click(within(form).getByRole("button", { name: strings.calendarEditor.save }));
    await screen.findByText(`${strings.calendarEditor.saved("Study group 17 meeting")} ${strings.calendarEditor.revalidated}`);
    expect(row("SG-2022-04-01").dataset.origin).toBe("added");
    await user.click(within(row("SG-2022-04-01")).getByRole("button", { name: strings.calendarEditor.remove("Study group 17 meeting") }));
    await screen.findByText(`${strings.calendarEditor.removed("Study group 17 meeting")} ${strings.calendarEditor.revalidated}`);
    expect(screen.queryByTestId("calendar-row-SG-2022-04-01")).toBeNull();
    expect(storedOverrides(sim)).toEqual([]);
  });

  test("without a validation yet, a save is written to the document and nothing is validated", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane(plan());
    await screen.findByText("1 resolution, 2 items");
    await openCalendar(user);
    await user.click(within(row("C21")).getByRole("button", { name: strings.calendarEditor.remove("Council 2021, virtual session") }));
    expect((await screen.findByTestId("calendar-outcome")).textContent).toBe(strings.calendarEditor.removed("Council 2021, virtual session"));
    expect(storedOverrides(pane.sim)).toEqual([{ action: "hide", id: "C21" }]);
    expect(screen.queryByTestId("state-counts")).toBeNull();
  });
});

describe("calendar editor data", () => {
  test("rows: shipped, changed, added and hidden; field errors on their fields; new ids unique", () => {
    const base = defaultCalendar();
    const tsag = base.events.find((event) => event.id === "TSAG-2022-01")!;
    const rows = calendarRows(base, [
      { action: "replace", event: { ...tsag, end: "2022-02-28" } },
      { action: "hide", id: "C21" },
      { action: "add", event: { ...tsag, id: "X-1", name: "Extra" } },
    ]);
    const origin = (id: string) => rows.filter((candidate) => candidate.event.id === id).map((candidate) => candidate.origin);
    expect(origin("TSAG-2022-01")).toEqual(["changed"]);
    expect(origin("C21")).toEqual(["hidden"]);
    expect(origin("X-1")).toEqual(["added"]);
    expect(origin("C22")).toEqual(["shipped"]);
    expect(rows).toHaveLength(base.events.length + 1);

    expect(eventFieldErrors({ id: "A", series: "", name: "N", start: "2022-02-30", end: "2022-01-01", precision: "day", source: "S" })).toEqual({
      series: "Needs a non-empty series.",
      start: 'Start "2022-02-30" is not a date written YYYY-MM-DD.',
    });
    expect(newEventId({ ...EMPTY_EVENT_FIELDS, series: "TSAG ", start: "2022-09-26" }, new Set(["TSAG-2022-09-26"]))).toBe("TSAG-2022-09-26-2");
  });
});

/** @jest-environment jsdom */
/**
 * "Remove structure" in the Overview, on the simulated document through the real Word adapter: offered only when
 * the document has any of the add-in's controls (structured cells, or a status block in an otherwise plain document); confirmation (what goes, what stays) or cancel; progress; outcome; the document's text
 * exactly as before structuring; red shading, status-block text and the add-in's record of its red kept; a failed
 * run leaves the document as it was and says so.
 */
import "../support/jsdom-layout";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { blocksText, topLevelTables, type DocModel } from "../../src/domain/document-model";
import { allItems } from "../../src/domain/plan";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import { fieldTag } from "../../src/document/tags";
import type { SimulatedWord } from "../../src/simulator";
import { App } from "../../src/taskpane/App";
import type { PanePort } from "../../src/taskpane/services/pane-port";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, cellOf, quietConsole, renderSimulatedPane, renderStructuredPane, simulatedPort, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";

afterEach(uninstallSimulatedOffice);

/**
 * In jsdom, Tabster's modalizer marks an open Fluent dialog aria-hidden a moment after it opens (no real focus; see
 * tests/taskpane/pane-accessibility.test.tsx), so role queries of a dialog and its buttons include hidden elements. Chromium
 * (tests/e2e/playground.e2e.test.ts) is where a dialog's accessibility is checked.
 */
const IN_DIALOG = { hidden: true } as const;

const levelText = (level: "plain" | "partial" | "structured", structured: number): string =>
  `${strings.detection.structure[level]} — ${structured} of 6 items structured`;

const removeButton = (): HTMLElement | null => screen.queryByRole("button", { name: strings.structure.removeButton });
const structureButton = (): HTMLElement | null => screen.queryByRole("button", { name: strings.structure.button });

/** The document without the add-in's markup (controls) and shading: what a person reads, styles and marks included. */
function withoutMarkup(model: DocModel): unknown {
  return JSON.parse(JSON.stringify(model, (key, value: unknown) => (key === "control" || key === "controls" || key === "shading" ? undefined : value)));
}

function controlCount(model: DocModel): number {
  const cells = topLevelTables(model).flatMap((table) => table.rows.flatMap((row) => row.cells));
  return cells.filter((cell) => cell.control).length;
}

function numberShading(sim: SimulatedWord, itemId: string): string | null {
  const address = cellOf(smallPlan(), itemId, "id");
  return topLevelTables(sim.exportModel())[address.table]!.rows[address.row]!.cells[address.cell]!.shading;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

/** Opens the confirmation from the Overview and returns the dialog. */
async function openRemoval(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(removeButton()!);
  return await screen.findByRole("dialog", IN_DIALOG);
}

describe("Remove structure: when it is offered", () => {
  test("plain: not offered (Structure is); structured: offered, Structure is not; partly structured: both", async () => {
    const plain = renderSimulatedPane();
    await screen.findByText(levelText("plain", 0));
    expect(removeButton()).toBeNull();
    expect(structureButton()).toBeTruthy();
    plain.unmount();

    const structured = await renderStructuredPane();
    await screen.findByText(levelText("structured", 6));
    expect(removeButton()).toBeTruthy();
    expect(structureButton()).toBeNull();
    structured.unmount();

    const { sim, port } = simulatedPort(smallPlan());
    await port.structure();
    // A person removed one control of 01-01: that item is no longer structured.
    sim.edit((editor) => editor.controls(fieldTag("01-01", "milestone"))[0]!.remove(true));
    render(<App port={port} today={() => AS_OF} />);
    await screen.findByText(levelText("partial", 5));
    expect(removeButton()).toBeTruthy();
    expect(structureButton()).toBeTruthy();
  });
});

describe("Remove structure: a plain document with a status block only", () => {
  test("offered (with Structure); the dialog counts the block's controls; after removal not offered, the text unchanged", async () => {
    const user = userEvent.setup();
    const { sim, port } = simulatedPort(smallPlan());
    const read = await port.read();
    const item = allItems(read.plan).find((candidate) => candidate.id === "01-01")!;
    await port.insertStatusBlock(
      { itemKey: item.key, block: { date: "2022-01-10", event: "TSAG meeting, January 2022", state: "On track", summary: "Drafted.", references: [], nextSteps: "Report." } },
      read.fingerprints,
    );
    const withBlock = sim.exportModel();
    const blockControls = countParagraphControls(withBlock);
    expect(blockControls).toBeGreaterThan(1);
    expect(controlCount(withBlock)).toBe(0);
    render(<App port={port} today={() => AS_OF} />);
    await screen.findByText(levelText("plain", 0));
    expect(structureButton()).toBeTruthy();
    expect(removeButton()).toBeTruthy();

    const dialog = await openRemoval(user);
    // The summary says how many controls go, as the outcome will; no item is structured.
    expect(within(dialog).getByText(strings.structure.removeWhat(blockControls, 0, 6))).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));

    const outcome = await screen.findByTestId("unstructure-outcome");
    expect(outcome.textContent).toContain(strings.structure.removed(blockControls));
    await waitFor(() => expect(removeButton()).toBeNull());
    expect(structureButton()).toBeTruthy();
    const after = sim.exportModel();
    expect(JSON.stringify(after)).not.toContain('"controls"');
    expect(blocksText(after.blocks)).toBe(blocksText(withBlock.blocks));
    expect(withoutMarkup(after)).toEqual(withoutMarkup(withBlock));
  });
});

describe("Remove structure: the flow", () => {
  test("structure then remove from the pane: the outcome counts the controls, the document is exactly as before, detection says plain", async () => {
    const user = userEvent.setup();
    const { sim } = renderSimulatedPane();
    await screen.findByText(levelText("plain", 0));
    const before = sim.exportModel();
    expect(before).toEqual(smallPlan());

    await user.click(structureButton()!);
    await user.click(within(await screen.findByRole("dialog", IN_DIALOG)).getByRole("button", { name: strings.structure.confirm, ...IN_DIALOG }));
    await screen.findByText(levelText("structured", 6));
    expect(controlCount(sim.exportModel())).toBe(36);
    // Structuring moves focus to its outcome (a frame later): let it land before the next dialog takes focus.
    const structured = await screen.findByTestId("structure-outcome");
    await waitFor(() => expect(structured.parentElement!.contains(document.activeElement)).toBe(true));

    const dialog = await openRemoval(user);
    // The dialog says what goes and what stays.
    expect(within(dialog).getByText(strings.structure.removeWhat(36, 6, 6))).toBeTruthy();
    expect(within(dialog).getByText(strings.structure.removeColours)).toBeTruthy();
    expect(within(dialog).getByText(strings.structure.removeState)).toBeTruthy();
    expect(within(dialog).getByText(strings.structure.removeAfter)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));

    const outcome = await screen.findByTestId("unstructure-outcome");
    expect(within(outcome).getByText(strings.structure.removed(36), { exact: false })).toBeTruthy();
    await screen.findByText(levelText("plain", 0));
    expect(sim.exportModel()).toEqual(before);
    expect(removeButton()).toBeNull();
    expect(structureButton()).toBeTruthy();
    // The button that had focus is gone: focus is on the outcome, so a keyboard or screen-reader user hears it.
    await waitFor(() => expect(outcome.parentElement!.contains(document.activeElement)).toBe(true));
  });

  test("after validating and a status block: every character of text stays, red shading and the add-in's red record stay", async () => {
    const user = userEvent.setup();
    const { sim, port } = simulatedPort(smallPlan());
    await port.structure();
    // A status block the add-in inserted (status-block controls inside 01-01's status cell): 01-01, on track by its
    // milestone, is now reported in jeopardy.
    const read = await port.read();
    const item = allItems(read.plan).find((candidate) => candidate.id === "01-01")!;
    await port.insertStatusBlock(
      { itemKey: item.key, block: { date: "2022-01-10", event: "TSAG meeting, January 2022", state: "In jeopardy", summary: "Late.", references: [], nextSteps: "Report." } },
      read.fingerprints,
    );
    render(<App port={port} today={() => AS_OF} />);
    await screen.findByText(levelText("structured", 6));
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    const counts = screen.getByTestId("state-counts").textContent;
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("2");
    const validated = sim.exportModel();
    const statusControls = JSON.stringify(validated).split('"controls"').length - 1;
    expect(statusControls).toBeGreaterThan(0);
    expect(numberShading(sim, "01-01")).toBe("#FF0000");
    expect(numberShading(sim, "01-02")).toBe("#FF0000");
    const redMarks = (): string[] => parseSharedState(sim.getCustomXmlParts().find((part) => part.namespaceUri === STATE_NAMESPACE)!.xml).redMarks.map((mark) => mark.itemId);
    const marksBefore = redMarks();
    expect(marksBefore).toEqual(expect.arrayContaining(["01-01", "01-02"]));

    await user.click(within(await openRemoval(user)).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));
    const outcome = await screen.findByTestId("unstructure-outcome");
    await screen.findByText(levelText("plain", 0));
    const after = sim.exportModel();
    expect(controlCount(after)).toBe(0);
    expect(JSON.stringify(after)).not.toContain('"controls"');
    // Every field control and each paragraph control of the status block were removed, and counted.
    expect(outcome.textContent).toContain(strings.structure.removed(36 + countParagraphControls(validated)));
    expect(blocksText(after.blocks)).toBe(blocksText(validated.blocks));
    expect(withoutMarkup(after)).toEqual(withoutMarkup(validated));
    // Red stays (cell shading), the state part still records the add-in's red.
    expect(numberShading(sim, "01-01")).toBe("#FF0000");
    expect(numberShading(sim, "01-02")).toBe("#FF0000");
    expect(redMarks()).toEqual(marksBefore);
    // The pane validated again after the write: the status block, now plain text, is still read (same counts).
    await waitFor(() => expect(screen.getByRole("button", { name: strings.validate.button }).getAttribute("aria-disabled")).toBeNull());
    expect(screen.getByTestId("state-counts").textContent).toBe(counts);
    expect(screen.getByTestId("count-jeopardy").textContent).toBe("2");
  });

  test("keyboard: Enter opens the confirmation, Escape and Cancel write nothing", async () => {
    const user = userEvent.setup();
    const { sim } = await renderStructuredPane();
    await screen.findByText(levelText("structured", 6));
    const structured = sim.exportModel();
    removeButton()!.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("dialog", IN_DIALOG);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog", IN_DIALOG)).toBeNull());
    // Focus goes back to the button that opened the dialog.
    await waitFor(() => expect(document.activeElement).toBe(removeButton()));

    const dialog = await openRemoval(user);
    await user.click(within(dialog).getByRole("button", { name: strings.structure.cancel, ...IN_DIALOG }));
    await waitFor(() => expect(screen.queryByRole("dialog", IN_DIALOG)).toBeNull());
    expect(sim.exportModel()).toEqual(structured);
    expect(screen.queryByTestId("unstructure-outcome")).toBeNull();
    expect(screen.getByText(levelText("structured", 6))).toBeTruthy();
  });

  test("while it runs: progress, every button disabled, a second confirmation starts nothing", async () => {
    const user = userEvent.setup();
    const { port } = simulatedPort(smallPlan());
    await port.structure();
    const release = deferred();
    let calls = 0;
    const slowPort: PanePort = {
      detect: () => port.detect(),
      read: () => port.read(),
      structure: () => port.structure(),
      unstructure: async () => {
        calls += 1;
        await release.promise;
        return port.unstructure();
      },
      colour: (marks, basis) => port.colour(marks, basis),
      insertStatusBlock: (request, basis) => port.insertStatusBlock(request, basis),
      setField: (itemKey, field, value, basis) => port.setField(itemKey, field, value, basis),
    };
    render(<App port={slowPort} today={() => AS_OF} />);
    await screen.findByText(levelText("structured", 6));
    const dialog = await openRemoval(user);
    await user.dblClick(within(dialog).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));

    expect(screen.getByRole("progressbar", { name: strings.structure.removing })).toBeTruthy();
    expect(screen.getByTestId("busy").textContent).toContain(strings.busy.unstructure);
    expect(removeButton()!.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: strings.validate.button }).getAttribute("aria-disabled")).toBe("true");
    await user.click(removeButton()!);
    expect(screen.queryByRole("dialog", IN_DIALOG)).toBeNull();
    expect(calls).toBe(1);

    await act(async () => release.resolve());
    await screen.findByTestId("unstructure-outcome");
    expect(screen.queryByRole("progressbar", { name: strings.structure.removing })).toBeNull();
    expect(calls).toBe(1);
  });

  test("Word fails while removing: the error says what happened, the document is unchanged and still structured", async () => {
    const restore = quietConsole();
    try {
      const user = userEvent.setup();
      const { sim } = await renderStructuredPane();
      await screen.findByText(levelText("structured", 6));
      const structured = sim.exportModel();
      const dialog = await openRemoval(user);
      // The adapter's first round trip reads the controls; the second, which deletes them, fails.
      sim.beforeNextSync(() => sim.beforeNextSync(() => sim.failNextSync()));
      const syncs = sim.stats.syncs;
      await user.click(within(dialog).getByRole("button", { name: strings.structure.removeConfirm, ...IN_DIALOG }));

      const bar = await screen.findByTestId("error-bar");
      // Both round trips were made (the second failed), and a failed write is not followed by a read.
      expect(sim.stats.syncs - syncs).toBe(2);
      expect(within(bar).getByText(strings.errors.titles.unstructure)).toBeTruthy();
      expect(bar.getAttribute("data-code")).toBe("WordFailed");
      expect(within(bar).getByText(strings.errors.byCode.WordFailed, { exact: false })).toBeTruthy();
      expect(sim.exportModel()).toEqual(structured);
      expect(screen.queryByTestId("unstructure-outcome")).toBeNull();
      expect(screen.getByText(levelText("structured", 6))).toBeTruthy();
      expect(removeButton()!.getAttribute("aria-disabled")).toBeNull();
    } finally {
      restore();
    }
  });
});

/** Paragraph controls (status-block fields) in the model: each paragraph lists the controls it sits in. */
function countParagraphControls(model: DocModel): number {
  const tags = new Set<string>();
  const visit = (blocks: DocModel["blocks"]): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") for (const control of block.controls ?? []) tags.add(control.tag);
      else for (const row of block.rows) for (const cell of row.cells) visit(cell.blocks);
    }
  };
  visit(model.blocks);
  return tags.size;
}

/** @jest-environment jsdom */
/**
 * Import and export in the pane's calendar editor (Settings), on the simulated document: choosing an .ics shows what it
 * adds, changes and leaves out, and nothing is stored until Import; Import stores it in the document (co-authors see
 * it) and validates again; a bad file shows its problems with their lines and changes nothing; Export downloads the
 * calendar in use, which imported back changes nothing. The preview has no serious axe violation.
 */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import type { CalendarOverride } from "../../src/domain/calendar";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import { wtsa24StylePlanModel } from "../../src/fixture/wtsa24-style-plan";
import type { SimulatedWord } from "../../src/simulator";
import { strings } from "../../src/taskpane/strings";
import { scanDocument } from "../support/axe";
import { uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, validateAsOf } from "../support/pane-storage-harness";

afterEach(uninstallSimulatedOffice);

const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

/** ITU-style file: a later TSAG meeting (added), the May 2025 TSAG meeting with other dates (changed), a workshop (left out). */
const ITU_ICS = crlf(
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "BEGIN:VEVENT",
  "UID:a@itu.example",
  "SUMMARY:TSAG meeting",
  "LOCATION:Geneva",
  "DTSTART;VALUE=DATE:20260119",
  "DTEND;VALUE=DATE:20260124",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:b@itu.example",
  "X-ACTION-PLAN-ID:TSAG-2025-05",
  "X-ACTION-PLAN-SERIES:TSAG",
  "X-ACTION-PLAN-SOURCE:ITU TSAG page",
  "SUMMARY:TSAG meeting, Geneva, 26–30 May 2025",
  "DTSTART;VALUE=DATE:20250526",
  "DTEND;VALUE=DATE:20250531",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:c@itu.example",
  "SUMMARY:Workshop on quantum",
  "DTSTART;VALUE=DATE:20260210",
  "END:VEVENT",
  "END:VCALENDAR",
);

function storedOverrides(sim: SimulatedWord): CalendarOverride[] | null {
  const part = sim.getCustomXmlParts().find((candidate) => candidate.namespaceUri === STATE_NAMESPACE);
  const json = part ? parseSharedState(part.xml).calendarOverrides : null;
  return json === null ? null : (JSON.parse(json) as { overrides: CalendarOverride[] }).overrides;
}

async function openCalendar(user: UserEvent): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: strings.settingsView.open }));
  const editor = await screen.findByTestId("calendar-editor");
  await within(editor).findByTestId("calendar-source");
  return editor;
}

/** jsdom's Blob has no text(): read it as a page would have before text() existed. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function choose(user: UserEvent, editor: HTMLElement, text: string, name: string): Promise<void> {
  await user.upload(within(editor).getByTestId("calendar-file-input") as HTMLInputElement, new File([text], name, { type: "text/calendar" }));
}

describe("calendar import and export in the pane", () => {
  test("preview, cancel, import: stored in the document, validated again; the calendar no longer ends before the as-of date", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = renderStoragePane(wtsa24StylePlanModel());
    await screen.findByText("5 resolutions, 20 items");
    await validateAsOf(user, "2025-06-01");
    expect(screen.getByTestId("calendar-end-notice")).toBeTruthy();
    const editor = await openCalendar(user);

    await choose(user, editor, ITU_ICS, "itu.ics");
    const preview = await within(editor).findByTestId("calendar-import-preview");
    expect(within(preview).getByTestId("calendar-import-summary").textContent).toBe(strings.calendarFiles.previewSummary(1, 1, 0, 1));
    expect(within(preview).getByTestId("calendar-import-added").textContent).toContain("TSAG meeting, Geneva (19–23 January 2026, TSAG)");
    expect(within(preview).getByTestId("calendar-import-changed").textContent).toContain("TSAG meeting, Geneva, 26–30 May 2025: another source");
    expect(within(preview).getByTestId("calendar-import-skipped").textContent).toContain("Line 20: Workshop on quantum:");
    await waitFor(() => expect(document.activeElement?.textContent).toBe(strings.calendarFiles.previewHeading("itu.ics")));
    expect(await scanDocument()).toEqual([]);

    await user.click(within(preview).getByRole("button", { name: strings.calendarFiles.cancel }));
    expect(within(editor).queryByTestId("calendar-import-preview")).toBeNull();
    expect(storedOverrides(sim)).toBeNull();

    await choose(user, editor, ITU_ICS, "itu.ics");
    await user.click(await within(editor).findByRole("button", { name: strings.calendarFiles.confirm(2) }));
    const outcome = await screen.findByTestId("calendar-outcome");
    expect(outcome.textContent).toBe(`${strings.calendarFiles.imported(2, "itu.ics")} ${strings.calendarEditor.revalidated}`);
    expect(storedOverrides(sim)).toEqual([
      { action: "add", event: { id: "TSAG-2026-01", series: "TSAG", name: "TSAG meeting, Geneva", start: "2026-01-19", end: "2026-01-23", precision: "day", source: "itu.ics (UID a@itu.example)" } },
      { action: "replace", event: { id: "TSAG-2025-05", series: "TSAG", name: "TSAG meeting, Geneva, 26–30 May 2025", start: "2025-05-26", end: "2025-05-30", precision: "day", source: "ITU TSAG page" } },
    ]);
    expect(screen.getByTestId("calendar-row-TSAG-2026-01").dataset.origin).toBe("added");
    expect(screen.getByTestId("calendar-row-TSAG-2025-05").dataset.origin).toBe("changed");

    await user.click(screen.getByRole("button", { name: strings.settingsView.open }));
    await screen.findByTestId("state-counts");
    expect(screen.queryByTestId("calendar-end-notice")).toBeNull();
  }, 120_000);

  test("a bad file: its problems with their lines, and nothing changes", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = renderStoragePane(wtsa24StylePlanModel());
    await screen.findByText("5 resolutions, 20 items");
    const editor = await openCalendar(user);
    await choose(user, editor, ITU_ICS.replace("DTSTART;VALUE=DATE:20260119", "DTSTART;VALUE=DATE:20261319"), "itu.ics");
    const refused = await within(editor).findByTestId("calendar-import-refused");
    expect(refused.textContent).toContain(strings.calendarFiles.refusedTitle("itu.ics"));
    expect(refused.textContent).toContain('Line 8: DTSTART "20261319" is not a date (YYYYMMDD).');
    expect(storedOverrides(sim)).toBeNull();

    await choose(user, editor, "Dear colleagues, please find the calendar attached.", "notes.ics");
    expect((await within(editor).findByTestId("calendar-import-refused")).textContent).toContain("Line 1: This is neither an iCalendar file");
    expect(storedOverrides(sim)).toBeNull();
  });

  test("export downloads the calendar in use; imported back, it changes nothing", async () => {
    const user = userEvent.setup({ delay: null });
    renderStoragePane(wtsa24StylePlanModel());
    await screen.findByText("5 resolutions, 20 items");
    const editor = await openCalendar(user);
    const blobs: Blob[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:calendar";
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicks = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      for (const [button, extension] of [["export-ics", "ics"], ["export-json", "json"]] as const) {
        await user.click(within(editor).getByTestId(button));
        const outcome = await screen.findByTestId("calendar-outcome");
        await waitFor(() => expect(outcome.textContent).toMatch(new RegExp(`^action-plan-calendar-\\d{4}-\\d{2}-\\d{2}\\.${extension} downloaded\\.$`)));
        const text = await blobText(blobs.at(-1)!);
        await choose(user, editor, text, `exported.${extension}`);
        const preview = await within(editor).findByTestId("calendar-import-preview");
        expect(within(preview).getByText(strings.calendarFiles.nothingToImport)).toBeTruthy();
        await user.click(within(preview).getByRole("button", { name: strings.calendarFiles.close }));
      }
      expect(clicks).toHaveBeenCalledTimes(2);
    } finally {
      clicks.mockRestore();
    }
  });
});

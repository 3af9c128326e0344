/**
 * Importing a file's events into the document's calendar (src/domain/calendar-import.ts): the preview's added, changed
 * and unchanged events, the overrides that store them, and the series and ids given to another calendar's events.
 */
import { applyOverrides, defaultCalendar, type CalendarEvent, type CalendarOverride } from "../../src/domain/calendar";
import { conventionalEventId, overridesWithImport, planCalendarImport } from "../../src/domain/calendar-import";
import { seriesOfEvent } from "../../src/domain/calendar-series";

const base = defaultCalendar();
const shippedTsag = base.events.find((event) => event.id === "TSAG-2025-05")!;
const TSAG_2026: CalendarEvent = { id: "TSAG-2026-01", series: "TSAG", name: "TSAG meeting, January 2026", start: "2026-01-19", end: "2026-01-23", precision: "day", source: "itu.ics" };
const WTSA_28: CalendarEvent = { id: "WTSA-28", series: "WTSA", name: "WTSA-28", start: "2028-10-09", end: "2028-10-19", precision: "day", source: "itu.ics" };

describe("the import preview", () => {
  test("new ids are added, other fields changed, identical events unchanged", () => {
    const moved = { ...shippedTsag, end: "2025-05-31", source: "itu.ics" };
    const plan = planCalendarImport(base, [], [TSAG_2026, moved, base.events[0]!]);
    expect(plan.added).toEqual([TSAG_2026]);
    expect(plan.changed).toEqual([{ before: shippedTsag, after: moved }]);
    expect(plan.unchanged).toEqual([base.events[0]]);
  });

  test("against the document's overrides, not the shipped calendar alone", () => {
    const overrides: CalendarOverride[] = [{ action: "add", event: TSAG_2026 }];
    expect(planCalendarImport(base, overrides, [TSAG_2026]).unchanged).toEqual([TSAG_2026]);
  });
});

describe("the overrides an import stores", () => {
  test("added events are 'add', shipped ones changed are 'replace', unchanged ones add nothing; other overrides are kept", () => {
    const keep: CalendarOverride = { action: "hide", id: "C21" };
    const moved = { ...shippedTsag, end: "2025-05-31" };
    const overrides = overridesWithImport(base, [keep], [TSAG_2026, moved, base.events[0]!]);
    expect(overrides).toEqual([keep, { action: "add", event: TSAG_2026 }, { action: "replace", event: moved }]);
    const calendar = applyOverrides(base, overrides);
    expect(calendar.events.find((event) => event.id === "TSAG-2025-05")?.end).toBe("2025-05-31");
    expect(calendar.events.some((event) => event.id === "C21")).toBe(false);
  });

  test("importing the calendar in use again changes nothing", () => {
    const overrides: CalendarOverride[] = [{ action: "add", event: WTSA_28 }, { action: "replace", event: { ...shippedTsag, name: "Renamed" } }];
    const inUse = applyOverrides(base, overrides).events;
    expect(overridesWithImport(base, overrides, inUse)).toEqual(overrides);
    expect(planCalendarImport(base, overrides, inUse)).toEqual({ added: [], changed: [], unchanged: inUse });
  });

  test("a shipped event imported as shipped drops the override that changed or hid it", () => {
    const overrides: CalendarOverride[] = [{ action: "hide", id: "TSAG-2025-05" }, { action: "add", event: WTSA_28 }];
    expect(overridesWithImport(base, overrides, [shippedTsag])).toEqual([{ action: "add", event: WTSA_28 }]);
  });
});

describe("another calendar's events", () => {
  test.each([
    ["Telecommunication Standardization Advisory Group (TSAG)", [], "TSAG"],
    ["World Telecommunication Standardization Assembly (WTSA-28)", [], "WTSA"],
    ["Global Standards Symposium 2028", [], "GSS"],
    ["ITU Council 2027", [], "Council"],
    ["Council Working Group on WSIS", [], null],
    ["Council Expert Group on the ITRs", [], null],
    ["Plenipotentiary Conference 2030 (PP-30)", [], "PP"],
    ["World Telecommunication Development Conference", [], "WTDC"],
    ["ITU-T Study Group 17 meeting", [], "SG"],
    ["AI for Good Global Summit", [], null],
    ["Meeting", ["TSAG"], "TSAG"],
    ["Meeting", ["council"], "Council"],
  ])("%s %j → %s", (title, categories, series) => {
    expect(seriesOfEvent(title, categories as string[])).toBe(series);
  });

  test("ids as the shipped calendar writes them", () => {
    expect(conventionalEventId("WTSA", "World Telecommunication Standardization Assembly (WTSA-28)", "2028-10-09")).toBe("WTSA-28");
    expect(conventionalEventId("PP", "Plenipotentiary Conference", "2030-10-01")).toBe("PP-30");
    expect(conventionalEventId("Council", "ITU Council 2027", "2027-06-15")).toBe("C27");
    expect(conventionalEventId("TSAG", "TSAG", "2026-01-19")).toBe("TSAG-2026-01");
    expect(conventionalEventId("SG", "Study Group 17", "2026-04-14")).toBe("SG-2026-04-14");
  });
});

import fc from "fast-check";
import { describeTerm, parseMilestone, unparsedTerms, type MilestoneTerm, type MilestoneTermKind } from "../../src/domain/milestone";
import { readSeedText } from "../../src/fixture/seed-file";

function kinds(text: string): MilestoneTermKind[] {
  return parseMilestone(text).terms.map((term) => term.kind);
}

function onlyTerm(text: string): MilestoneTerm {
  const { terms } = parseMilestone(text);
  expect(terms).toHaveLength(1);
  return terms[0]!;
}

describe("parseMilestone: each form", () => {
  test.each([
    ["WTSA-20", "WTSA", 2020],
    ["WTSA 2020", "WTSA", 2020],
    ["WTSA-2020", "WTSA", 2020],
    ["Council 2021", "Council", 2021],
    ["TSAG 2017", "TSAG", 2017],
    ["PP-18", "PP", 2018],
    ["C21", "Council", 2021],
    ["Plenipotentiary Conference 2022", "PP", 2022],
  ])("%s is one event occurrence", (text, series, year) => {
    expect(onlyTerm(text)).toEqual({ kind: "event", text, event: { series, year } });
  });

  test.each([
    ["TSAG meetings", "TSAG"],
    ["Each TSAG meeting", "TSAG"],
    ["each TSAG meeting", "TSAG"],
    ["Council meetings", "Council"],
    ["each SG meeting", "SG"],
    ["Every study group meeting", "SG"],
    ["Annual TSAG meetings", "TSAG"],
    ["TSAG", "TSAG"],
    ["Council", "Council"],
    ["TSAG meeting", "TSAG"],
  ])("%s recurs at each %s meeting", (text, series) => {
    expect(onlyTerm(text)).toEqual({ kind: "recurring", text, series });
  });

  test("Ongoing, Annual, Completed", () => {
    expect(onlyTerm("Ongoing")).toEqual({ kind: "ongoing", text: "Ongoing" });
    expect(onlyTerm("Annual")).toEqual({ kind: "annual", text: "Annual" });
    expect(onlyTerm("Completed")).toEqual({ kind: "completed", text: "Completed" });
    expect(onlyTerm("Completed 2017")).toEqual({ kind: "completed", text: "Completed 2017", year: 2017 });
  });

  test("calendar dates: year, month, day", () => {
    expect(onlyTerm("2021")).toEqual({ kind: "date", text: "2021", year: 2021 });
    expect(onlyTerm("March 2017")).toEqual({ kind: "date", text: "March 2017", year: 2017, month: 3 });
    expect(onlyTerm("Sept. 2019")).toEqual({ kind: "date", text: "Sept. 2019", year: 2019, month: 9 });
    expect(onlyTerm("15 March 2017")).toEqual({ kind: "date", text: "15 March 2017", year: 2017, month: 3, day: 15 });
    expect(onlyTerm("2017-03-15")).toEqual({ kind: "date", text: "2017-03-15", year: 2017, month: 3, day: 15 });
    expect(onlyTerm("30 February 2021").kind).toBe("unparsed");
  });

  test("relative to an event or to each meeting of a series", () => {
    expect(onlyTerm("One year before WTSA-20")).toEqual({
      kind: "relative", text: "One year before WTSA-20", amount: 1, unit: "year", direction: "before",
      anchor: { kind: "event", series: "WTSA", year: 2020 },
    });
    expect(onlyTerm("3 months before WTSA-20")).toMatchObject({ kind: "relative", amount: 3, unit: "month", direction: "before" });
    expect(onlyTerm("Before WTSA-20")).toMatchObject({ kind: "relative", amount: 0, direction: "before", anchor: { kind: "event", series: "WTSA", year: 2020 } });
    expect(onlyTerm("3 months before Council")).toMatchObject({ kind: "relative", amount: 3, anchor: { kind: "series", series: "Council" } });
    expect(onlyTerm("six weeks after PP-22")).toMatchObject({ kind: "relative", amount: 6, unit: "week", direction: "after", anchor: { kind: "event", series: "PP", year: 2022 } });
  });

  test("last before, next, first", () => {
    expect(onlyTerm("Last TSAG before WTSA-20")).toEqual({
      kind: "last-before", text: "Last TSAG before WTSA-20", series: "TSAG", before: { series: "WTSA", year: 2020 },
    });
    expect(onlyTerm("Next TSAG")).toEqual({ kind: "next", text: "Next TSAG", series: "TSAG" });
    expect(onlyTerm("First SG meeting")).toEqual({ kind: "first", text: "First SG meeting", series: "SG" });
    expect(onlyTerm("First TSAG meeting after WTSA-20")).toEqual({
      kind: "first", text: "First TSAG meeting after WTSA-20", series: "TSAG", after: { series: "WTSA", year: 2020 },
    });
  });

  test("combinations split on commas, line breaks, semicolons and 'and'", () => {
    expect(kinds("Ongoing, 3 months before Council")).toEqual(["ongoing", "relative"]);
    expect(kinds("TSAG 2021, Ongoing")).toEqual(["event", "ongoing"]);
    expect(kinds("Council 2021\nWTSA-20")).toEqual(["event", "event"]);
    expect(kinds("Council 2021\r\nWTSA-20")).toEqual(["event", "event"]);
    expect(kinds("TSAG 2021; WTSA-20 and PP-22")).toEqual(["event", "event", "event"]);
    expect(kinds("Ongoing TSAG 2021")).toEqual(["ongoing", "event"]);
    expect(parseMilestone("Council 2021\nWTSA-20").terms.map((term) => term.text)).toEqual(["Council 2021", "WTSA-20"]);
  });

  test("tolerates dash variants, case, spacing, typos and export markers", () => {
    const wtsa20 = { kind: "event", event: { series: "WTSA", year: 2020 } };
    for (const text of ["WTSA–20", "WTSA‑20", "WTSA—2020", "wtsa-20", "WTSA - 20", "WTSA20", "  WTSA-20  ", "WTSA-20.", "[bookmark: X]WTSA-20"]) {
      expect(onlyTerm(text)).toMatchObject(wtsa20);
    }
    expect(kinds("Onging")).toEqual(["ongoing"]);
    expect(kinds("on-going")).toEqual(["ongoing"]);
    expect(kinds("ONGOING")).toEqual(["ongoing"]);
    expect(onlyTerm("Councl 2021")).toMatchObject({ kind: "event", event: { series: "Council", year: 2021 } });
    expect(onlyTerm("Each TSAG meetng")).toMatchObject({ kind: "recurring", series: "TSAG" });
    expect(onlyTerm("3 monts before WTSA-20")).toMatchObject({ kind: "relative", amount: 3, unit: "month" });
    expect(onlyTerm("Completd")).toMatchObject({ kind: "completed" });
  });

  test("unknown text is an unparsed term carrying the text; empty text has no terms", () => {
    expect(parseMilestone("when the moon is blue").terms).toEqual([{ kind: "unparsed", text: "when the moon is blue" }]);
    expect(unparsedTerms(parseMilestone("Ongoing, soon-ish"))).toEqual(["soon-ish"]);
    expect(parseMilestone("").terms).toEqual([]);
    expect(parseMilestone(" \n , ").terms).toEqual([]);
    expect(parseMilestone("lowercase wsis-21").terms.every((term) => term.kind === "unparsed")).toBe(true);
  });

  test("describeTerm puts each form in canonical words", () => {
    const described = (text: string) => parseMilestone(text).terms.map(describeTerm);
    expect(described("One year before WTSA 2020")).toEqual(["1 year before WTSA-20"]);
    expect(described("Annual TSAG meetings, Council 2021")).toEqual(["each TSAG meeting", "Council 2021"]);
    expect(described("Last TSAG before WTSA-20\nNext TSAG")).toEqual(["the last TSAG meeting before WTSA-20", "the next TSAG meeting"]);
  });

  test("never throws, keeps the text, and every term has non-empty text (property)", () => {
    const alphabet = fc.constantFrom(..."WTSAGCouncilPP0123456789 -–‑,;\n√[]:".split(""), "before ", "months ", "Ongoing", "Each ", "meeting");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(alphabet).map((parts) => parts.join(""))), (text) => {
        const milestone = parseMilestone(text);
        expect(milestone.text).toBe(text);
        for (const term of milestone.terms) {
          expect(term.text.trim().length).toBeGreaterThan(0);
          expect(typeof describeTerm(term)).toBe("string");
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Milestone cells of the actual plan, read with the export's own rules: a line starting with TAB is a
 * cell, a line starting with " TAB" starts a row whose first cell was lost (the ID cell), a blank line
 * ends a row. An item row is [id, action, milestone, periodic, completed] with empty-or-√ tick cells;
 * one row is split by a footnote, leaving [milestone, periodic, completed] after an [id, action] row.
 */
function planMilestoneCells(): string[] {
  const text = readSeedText();
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith(" \t")) rows.push((row = ["", line.slice(2)]));
    else if (line.startsWith("\t")) (row ?? (rows.push((row = [])), row)).push(line.slice(1));
    else if (line.trim() === "") row = null;
    else if (row) row[row.length - 1] += `\n${line}`;
  }
  const bare = (cell: string) => cell.replace(/\[bookmark: [^\]]*\]/g, "").trim();
  const isTick = (cell: string | undefined) => cell !== undefined && /^(√.*)?$/s.test(bare(cell));
  const isItemId = (cell: string | undefined) => cell !== undefined && /^\d\d-\d\d/.test(bare(cell));
  const cells: string[] = [];
  rows.forEach((cellsOfRow, index) => {
    if (cellsOfRow.length === 5 && (isItemId(cellsOfRow[0]) || bare(cellsOfRow[0]!) === "") && isTick(cellsOfRow[3]) && isTick(cellsOfRow[4])) {
      cells.push(cellsOfRow[2]!);
    } else if (cellsOfRow.length === 3 && isTick(cellsOfRow[1]) && isTick(cellsOfRow[2]) && rows[index - 1]?.length === 2 && isItemId(rows[index - 1]![0])) {
      cells.push(cellsOfRow[0]!);
    }
  });
  return cells;
}

/** Every distinct milestone text of the actual plan and the term kinds it must parse to. */
const PLAN_MILESTONES: Record<string, MilestoneTermKind[]> = {
  "Ongoing": ["ongoing"],
  "2017": ["date"],
  "2021": ["date"],
  "March 2017": ["date"],
  "Completed": ["completed"],
  "Completed 2017": ["completed"],
  "WTSA-20": ["event"],
  "WTSA 2020": ["event"],
  "Council 2017": ["event"],
  "Council 2020": ["event"],
  "Council 2021": ["event"],
  "TSAG 2017": ["event"],
  "TSAG 2020": ["event"],
  "TSAG 2021": ["event"],
  "TSAG": ["recurring"],
  "Council": ["recurring"],
  "TSAG meeting": ["recurring"],
  "TSAG meetings": ["recurring"],
  "Council meetings": ["recurring"],
  "Each TSAG meeting": ["recurring"],
  "One year before WTSA-20": ["relative"],
  "3 months before WTSA-20": ["relative"],
  "Before WTSA-20": ["relative"],
  "Annual, Council 2020": ["annual", "event"],
  "Council 2017,\nTSAG 2017, Ongoing": ["event", "event", "ongoing"],
  "Council 2020,\nWTSA-20": ["event", "event"],
  "Council 2021\nWTSA-20": ["event", "event"],
  "Council 2021,\nOngoing": ["event", "ongoing"],
  "First SG meeting,\nOngoing": ["first", "ongoing"],
  "Last TSAG before WTSA-20\nWTSA-20": ["last-before", "event"],
  "Ongoing\nAnnual TSAG meetings, WTSA-20": ["ongoing", "recurring", "event"],
  "Ongoing\nCouncil 2021": ["ongoing", "event"],
  "Ongoing\nEach TSAG meeting": ["ongoing", "recurring"],
  "Ongoing\neach TSAG meeting": ["ongoing", "recurring"],
  "Ongoing\nNext TSAG,\nWTSA-20": ["ongoing", "next", "event"],
  "Ongoing\nTSAG 2021": ["ongoing", "event"],
  "Ongoing, 3 months before Council": ["ongoing", "relative"],
  "Ongoing, Council 2021": ["ongoing", "event"],
  "Ongoing, TSAG, WTSA-20": ["ongoing", "recurring", "event"],
  "TSAG 2020,\nOngoing": ["event", "ongoing"],
  "TSAG 2021,\nOngoing": ["event", "ongoing"],
  "TSAG 2021,\nWTSA-20\nOngoing": ["event", "event", "ongoing"],
  "TSAG meetings,\nOngoing": ["recurring", "ongoing"],
  "WTSA-20\nPP-18": ["event", "event"],
};

describe("parseMilestone on the actual plan", () => {
  const cells = planMilestoneCells();

  test("finds every item row's milestone cell (375 items: 373 numbered, 2 without a number)", () => {
    expect(cells).toHaveLength(375);
    expect(cells.filter((cell) => cell === "Ongoing")).toHaveLength(290);
  });

  test("the distinct milestone texts are exactly the pinned list", () => {
    expect([...new Set(cells)].sort()).toEqual(Object.keys(PLAN_MILESTONES).sort());
  });

  test.each(Object.entries(PLAN_MILESTONES))("%j parses to %j", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test("no milestone of the plan is unparsed", () => {
    expect(cells.flatMap((cell) => unparsedTerms(parseMilestone(cell)))).toEqual([]);
  });
});

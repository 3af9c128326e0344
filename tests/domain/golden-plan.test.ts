/**
 * Golden test of the actual plan: the seed text → document model → plan. Every pinned number is checked two
 * independent ways: plain regexes on the raw export, and the recognized plan.
 */
import { cellText, topLevelTables, type DocCell } from "../../src/domain/document-model";
import { allItems, ITEM_FIELDS } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { readSeedText } from "../../src/fixture/seed-file";

const raw = readSeedText();
const rawLines = raw.split("\n");
const model = buildSeedDocModel(raw);
const { plan, findings } = recognizePlan(model);
const items = allItems(plan);
const byKey = new Map(items.map((item) => [item.key, item]));
const tables = topLevelTables(model);

function countLines(pattern: RegExp): number {
  return rawLines.filter((line) => pattern.test(line)).length;
}

function findingKeys(rule: string): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => f.itemKey ?? f.resolution ?? "");
}

function cellAt(address: { table: number; row: number; cell: number }): DocCell {
  return tables[address.table]!.rows[address.row]!.cells[address.cell]!;
}

describe("the actual plan (WTSA-16 action plan, early 2022)", () => {
  it("has 60 resolutions with action tables, plus Opinion 1 without one", () => {
    // Raw: every action table starts with a header row; 58 are "\tAction Item", 2 lost that cell (" \tAction").
    const headerRows = countLines(/^\tAction Item$/) + countLines(/^ \tAction$/);
    expect(headerRows).toBe(60);
    expect(plan.resolutions.filter((r) => r.tables.length > 0)).toHaveLength(headerRows);
    expect(plan.resolutions.flatMap((r) => r.tables)).toHaveLength(60); // one table per resolution
    // Raw: each Section II heading is followed by a "Resolution N" line, or is itself a bare " Resolution N" (no title).
    const headingLines = countLines(/^(?:Resolution|Opinion) \d+$/) + countLines(/^ Resolution \d+$/);
    expect(headingLines).toBe(61);
    expect(plan.resolutions).toHaveLength(headingLines);
    expect(plan.resolutions.filter((r) => r.tables.length === 0).map((r) => r.key)).toEqual(["OP1"]);
  });

  it("has 375 action items: 373 numbered and 2 with an empty number cell", () => {
    // Raw: the first line of a number cell, possibly after bookmarks ("\t[bookmark: Item01_02]…01-07").
    const numbered = countLines(/^\t(?:\[bookmark: [^\]]*\])*\d{2,3}-\d{2}$/);
    expect(numbered).toBe(373);
    // Raw: rows written " \t…" whose first cell is empty; the two that are not header rows are items.
    const unnumbered = countLines(/^ \t/) - countLines(/^ \tAction$/);
    expect(unnumbered).toBe(2);
    expect(items).toHaveLength(numbered + unnumbered);
    expect(items.filter((i) => i.id !== null)).toHaveLength(numbered);
    expect(new Set(items.map((i) => i.id).filter((id) => id !== null)).size).toBe(numbered); // no duplicates
  });

  it("has 40 completed items and 366 with periodic goals met", () => {
    // Raw: the Periodic and Completed cells are the last two of an item row, right before the blank line and the
    // status row's empty first cell ("\t"); 48-01's Completed cell has a second line.
    const pairs = [...raw.matchAll(/\n\t(√?)\n\t(√?)[^\n]*\n(?:[^\t\n][^\n]*\n)?\n\t\n/g)];
    expect(pairs).toHaveLength(375); // every item has its status row
    const periodic = pairs.filter((m) => m[1] === "√").length;
    const completed = pairs.filter((m) => m[2] === "√").length;
    expect([periodic, completed]).toEqual([366, 40]);
    expect(items.filter((i) => i.periodicMet)).toHaveLength(periodic);
    expect(items.filter((i) => i.completed)).toHaveLength(completed);
    // Second count: the export has 406 "√", all of them in these two columns.
    expect((raw.match(/√/g) ?? []).length).toBe(periodic + completed);
    expect(items.every((i) => i.cells.status !== undefined)).toBe(true);
  });

  it("lists every resolution in Section I, each with a heading in Section II", () => {
    // Raw: the Section I rows "\tResolution N – Title" (61 resolutions) and "\tOpinion 1 – …".
    const summaryRows = countLines(/^\t(?:Resolution|Opinion) \d+ – /);
    expect(summaryRows).toBe(61);
    expect(plan.summary).toHaveLength(summaryRows);
    expect(plan.summary.map((s) => s.key).sort()).toEqual(plan.resolutions.map((r) => r.key).sort());
    expect(plan.summary.every((s) => s.cells.length === 12)).toBe(true);
    // Resolution 31: no one is named in Section I, yet it has one action item (31-01 is obsolete, see the appendix).
    expect(plan.summary.find((s) => s.key === "31")!.cells.every((c) => c === "")).toBe(true);
    expect(plan.resolutions.find((r) => r.key === "31")!.items.map((i) => i.key)).toEqual(["31-02"]);
    // Opinion 1: a heading and operative text, no action table.
    expect(plan.resolutions.find((r) => r.key === "OP1")).toMatchObject({ kind: "Opinion", title: "Practical application of network externality premium", items: [] });
  });

  it("reports exactly the irregularities of the plan", () => {
    // Header rows that lost their first cell: Resolutions 22 and 70 (raw: the two " \tAction" lines).
    expect(findingKeys("header-lost-first-cell")).toEqual(["22", "70"]);
    // Items with an empty number cell: after 22-09 (22-10 is free) and after 44-35, the last item of Resolution 44.
    expect(findingKeys("missing-item-number")).toEqual(["22-10", "44-36"]);
    expect(["22-10", "44-36"].map((k) => [byKey.get(k)!.id, byKey.get(k)!.proposedId])).toEqual([
      [null, "22-10"],
      [null, "44-36"],
    ]);
    // 22-13's row is split by the blank line after its footnote (raw: a footnote text line followed by a blank line and a TAB line).
    expect([...raw.matchAll(/\[\d+: [^\n]*\n\n\t/g)]).toHaveLength(1);
    expect(findings.filter((f) => f.rule === "split-row-merged").map((f) => f.resolution)).toEqual(["22"]);
    expect(byKey.get("22-13")).toMatchObject({ milestoneText: "Ongoing", periodicMet: true, completed: false });
    // Second numbers "(44-25)" in the number cells of Resolution 54 (raw: four "(NN-NN)" lines).
    expect(countLines(/^\(\d{2}-\d{2}\)$/)).toBe(4);
    expect(findingKeys("alternate-item-number")).toEqual(["54-03", "54-04", "54-05", "54-06"]);
    expect(["54-03", "54-04", "54-05", "54-06"].map((k) => byKey.get(k)!.altIds)).toEqual([["44-25"], ["44-14"], ["44-21"], ["44-24"]]);
    // A Completed cell with a remark: 48-01 ("√" then "See comment below.").
    expect(findingKeys("completed-with-remark")).toEqual(["48-01"]);
    // Milestones saying "Completed" (raw: 63 "\tCompleted…" cells minus the 60 header cells), all three ticked completed.
    expect(countLines(/^\tCompleted(?: \d{4})?$/) - 60).toBe(3);
    expect(findingKeys("milestone-says-completed")).toEqual(["22-10", "22-12", "67-08"]);
    // Headings without a title (raw: the bare " Resolution N" lines): the title comes from Section I.
    const bare = rawLines.filter((l) => /^ Resolution \d+$/.test(l)).map((l) => l.trim().split(" ")[1]!);
    expect(bare).toHaveLength(20);
    expect(findingKeys("title-from-summary")).toEqual(bare);
    expect(plan.resolutions.find((r) => r.key === "34")).toMatchObject({ title: "Voluntary contributions", titleSource: "summary" });
    // Nothing else: no duplicate numbers, no number of another resolution, no row left unread.
    const expected = ["header-lost-first-cell", "missing-item-number", "split-row-merged", "alternate-item-number", "completed-with-remark", "milestone-says-completed", "title-from-summary"];
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(expected.sort());
    expect(findings).toHaveLength(2 + 2 + 1 + 4 + 1 + 3 + 20);
    expect(findings.filter((f) => f.severity === "error").map((f) => f.itemKey)).toEqual(["22-10", "44-36"]);
  });

  it("reads bookmarks, footnotes and nested tables inside cells", () => {
    // Number cells carrying bookmarks: 01-07, 44-31, 66-03, 76-17.
    expect(countLines(/^\t(?:\[bookmark: [^\]]*\])+\d{2}-\d{2}$/)).toBe(4);
    for (const key of ["01-07", "44-31", "66-03", "76-17"]) expect(byKey.get(key)!.rawId).toBe(key);
    const idCell = cellAt(byKey.get("01-07")!.cells.id!).blocks[0]!;
    expect(idCell.kind === "paragraph" && idCell.marks?.map((m) => (m.kind === "bookmark" ? m.name : ""))).toEqual(["Item01_02", "Item01_03", "Item01_04", "Item01_05", "Item01_06"]);
    // 22-13's action cell has footnote 2; its text is the footnote's, not the cell's.
    const action = cellAt(byKey.get("22-13")!.cells.action!).blocks[0]!;
    expect(action.kind === "paragraph" && action.marks).toEqual([expect.objectContaining({ kind: "footnote", id: "2", text: expect.stringMatching(/^\[1bis\.10\tIf there is no specific approval/) })]);
    expect(byKey.get("22-13")!.action).not.toContain("[");
    // Status cells with nested tables: 75-02 (SDG and WSIS tables) and 98-03 (FG-DPM deliverables).
    const nestedCounts = items.map((i) => [i.key, cellAt(i.cells.status!).blocks.filter((b) => b.kind === "table").length] as const).filter(([, n]) => n > 0);
    expect(nestedCounts).toEqual([
      ["75-02", 3],
      ["98-03", 1],
    ]);
    expect(countLines(/^\t(?:SDG|WSIS AL|FG-DPM)$/)).toBe(4); // the first cells of those four nested tables
    expect(byKey.get("75-02")!.status).toContain("WSIS AL\nC1\tC2\tC3");
    expect(byKey.get("75-02")!.status).toMatch(/TSB Director's report to Council is contained in C17\/47/);
  });

  it("keeps every recognized cell's text exactly as in the export", () => {
    // The export with its markers removed by plain regexes; the blank line the export adds after a footnote text goes too.
    const visible = ("\n" + raw)
      .replace(/ ?\[\d+: (?:[^[\]\n]|\[[^[\]\n]*\])*\] ?(\n\n(?=[^\t\n]))?/g, (_m, blank?: string) => (blank ? "\n" : ""))
      .replace(/\[bookmark: [^\]]*\]|\[footnoteRef:\d+\]/g, "");
    let checked = 0;
    for (const item of items) {
      for (const field of ITEM_FIELDS) {
        const address = item.cells[field];
        if (!address) continue;
        const docCell = cellAt(address);
        const text = cellText(docCell);
        if (docCell.blocks.some((b) => b.kind === "table")) {
          // Nested tables read as tab-separated rows; each of their lines is still a line of the export.
          for (const line of text.split(/[\n\t]/)) expect(visible.includes(`${line}\n`)).toBe(true);
        } else {
          expect({ item: item.key, field, found: visible.includes(`\t${text}\n`) }).toEqual({ item: item.key, field, found: true });
        }
        checked += 1;
      }
    }
    expect(checked).toBe(375 * 6); // six field cells per item, all present (the two unnumbered items have empty number cells)
    // The recognized item texts are the cells' texts.
    for (const item of items) {
      expect([item.action, item.milestoneText, item.periodicText, item.completedText, item.status]).toEqual(
        (["action", "milestone", "periodic", "completed", "status"] as const).map((f) => cellText(cellAt(item.cells[f]!))),
      );
    }
    // No body text leaked into the last status cell of a table: the next heading and operative text are paragraphs.
    expect(items.filter((i) => /\n(?:resolves|» Top|instructs)/.test(i.status)).map((i) => i.key)).toEqual([]);
  });
});

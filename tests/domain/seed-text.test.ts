import fc from "fast-check";
import { cellText, topLevelTables, type DocParagraph, type DocTable } from "../../src/domain/document-model";
import { parseInline } from "../../src/fixture/seed-inline";
import { buildSeedDocModel } from "../../src/fixture/seed-text";

const HEADER = ["\tAction Item", "\tAction", "\tMilestone", "\tPeriodic goals met", "\tCompleted", ""];

function lines(...parts: (string | string[])[]): string {
  return parts.flat().join("\n") + "\n";
}

function rowTexts(table: DocTable): string[][] {
  return table.rows.map((row) => row.cells.map((c) => cellText(c)));
}

function paragraphs(text: string): DocParagraph[] {
  return buildSeedDocModel(text).blocks.filter((b): b is DocParagraph => b.kind === "paragraph");
}

describe("inline markers", () => {
  it("moves bookmarks and footnote references out of the visible text, with their offsets", () => {
    const parsed = parseInline("[bookmark: Item01_02]01-07 and Doc116[footnoteRef:2]) end [2:  [1bis.10\tIf there is no procedure.]] ");
    expect(parsed.text).toBe("01-07 and Doc116) end");
    expect(parsed.marks).toEqual([
      { kind: "bookmark", name: "Item01_02", offset: 0 },
      { kind: "footnote", id: "2", offset: 16, text: "[1bis.10\tIf there is no procedure.]" },
    ]);
    expect(parsed.endsWithFootnoteText).toBe(true);
  });

  it("keeps ordinary brackets and unbalanced footnote-like text as text", () => {
    expect(parseInline("Notification [concerning Deletion] x").text).toBe("Notification [concerning Deletion] x");
    expect(parseInline("odd [3: never closed").text).toBe("odd [3: never closed");
  });
});

describe("seed-text builder", () => {
  it("reads headings, paragraphs and an action table with its status rows spanning four columns", () => {
    const model = buildSeedDocModel(
      lines(
        "1. [bookmark: Resolution_01][bookmark: _Toc1]Resolution 1 - Rules of procedure",
        "Resolution 1",
        "resolves",
        HEADER,
        ["\t01-01", "\tTSB to prepare", "\tOne year before WTSA-20", "\t√", "\t√", ""],
        ["\t", "\tfirst line", "second line"],
        " Resolution 34",
        "resolves",
      ),
    );
    const [heading, sub] = model.blocks as DocParagraph[];
    expect(heading).toMatchObject({ text: "Resolution 1 - Rules of procedure", style: "Heading 2", outlineLevel: 2 });
    expect(heading!.marks).toEqual([
      { kind: "bookmark", name: "Resolution_01", offset: 0 },
      { kind: "bookmark", name: "_Toc1", offset: 0 },
    ]);
    expect(sub).toEqual({ kind: "paragraph", text: "Resolution 1" });
    const [table] = topLevelTables(model);
    expect(rowTexts(table!)).toEqual([
      ["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"],
      ["01-01", "TSB to prepare", "One year before WTSA-20", "√", "√"],
      ["", "first line\nsecond line"],
    ]);
    expect(table!.rows[2]!.cells.map((c) => c.gridSpan)).toEqual([1, 4]);
    expect(table!.rows.flatMap((r) => r.cells).every((c) => c.shading === null)).toBe(true);
    // The last row has no blank line after it: the heading that follows proves the table ended.
    const after = model.blocks.slice(model.blocks.indexOf(table!) + 1) as DocParagraph[];
    expect(after.map((p) => [p.text, p.outlineLevel])).toEqual([
      ["Resolution 34", 2],
      ["resolves", undefined],
    ]);
  });

  it("starts a new table at the next header row written right after the last cell's text", () => {
    const model = buildSeedDocModel(
      lines(HEADER, ["\t01-01", "\ta", "\tOngoing", "\t√", "\t", ""], ["\t", "\tstatus"], HEADER, ["\t02-01", "\tb", "\tOngoing", "\t", "\t"]),
    );
    expect(topLevelTables(model).map((t) => t.rows.length)).toEqual([3, 2]);
  });

  it("reads ' \\t' as a row whose first cell is empty, even without the blank line before it", () => {
    const model = buildSeedDocModel(
      lines(
        "intro",
        [" \tAction", "\tMilestone", "\tPeriodic goals met", "\tCompleted", ""],
        ["\t22-09", "\ta", "\tTSAG 2021", "\t√", "\t", ""],
        ["\t", "\tstatus of 22-09"],
        [" \tWTSA-16 requested", "\tCompleted", "\t√", "\t√", ""],
        ["\t", "\tstatus of the unnumbered item"],
      ),
    );
    expect(rowTexts(topLevelTables(model)[0]!)).toEqual([
      ["", "Action", "Milestone", "Periodic goals met", "Completed"],
      ["22-09", "a", "TSAG 2021", "√", ""],
      ["", "status of 22-09"],
      ["", "WTSA-16 requested", "Completed", "√", "√"],
      ["", "status of the unnumbered item"],
    ]);
  });

  it("treats the blank line after a footnote text as the export's: the cell goes on, or the row splits before a TAB line", () => {
    const model = buildSeedDocModel(
      lines(
        HEADER,
        ["\t22-13", "\tWTSA-16 requested (Doc116[footnoteRef:2]) x [2:  note] ", "", "\tOngoing", "\t√", "\t", ""],
        ["\t", "\tSMART[footnoteRef:7] cables [7:  Science Monitoring] ", "", "On 2 August 2019, more."],
      ),
    );
    const table = topLevelTables(model)[0]!;
    expect(rowTexts(table)).toEqual([
      ["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"],
      ["22-13", "WTSA-16 requested (Doc116) x"],
      ["Ongoing", "√", ""],
      ["", "SMART cables\nOn 2 August 2019, more."],
    ]);
    const action = table.rows[1]!.cells[1]!.blocks[0] as DocParagraph;
    expect(action.marks).toEqual([{ kind: "footnote", id: "2", offset: 25, text: "note" }]);
  });

  it("reads a nested table in a status cell and the cell's text after it", () => {
    const model = buildSeedDocModel(
      lines(
        HEADER,
        ["\t75-02", "\ta", "\tCouncil 2021", "\t√", "\t", ""],
        ["\t", "\tBefore the table", "\tSDG", "", "\t1", "\t2", "", "\t0", "\t7", "", "", "", "\tSDG", "", "\t9", "", "\t1798", "", "", "After the tables", ""],
        ["\t75-03", "\tb", "\tOngoing", "\t√", "\t", ""],
        ["\t", "\tstatus"],
      ),
    );
    const table = topLevelTables(model)[0]!;
    expect(table.rows).toHaveLength(5);
    const status = table.rows[2]!.cells[1]!;
    expect(status.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph", "table", "paragraph"]);
    expect(cellText(status)).toBe("Before the table\nSDG\n1\t2\n0\t7\n\nSDG\n9\n1798\nAfter the tables");
    expect(rowTexts(table)[3]).toEqual(["75-03", "b", "Ongoing", "√", ""]);
  });

  it("keeps a lone TAB line followed by text as a body paragraph, and an empty paragraph inside a cell", () => {
    const model = buildSeedDocModel(
      lines("2\tto identify", "\tto promote best practices", "4\tto identify initiatives", HEADER, ["\t43-01", "\ta", "\t2021", "\t√", "\t", ""], ["\t", "\tmeetings:", "", "Other meetings"]),
    );
    expect(paragraphs(lines("2\tx", "\ty", "4\tz")).map((p) => p.text)).toEqual(["2\tx", "\ty", "4\tz"]);
    expect(cellText(topLevelTables(model)[0]!.rows[2]!.cells[1]!)).toBe("meetings:\n\nOther meetings");
  });

  it("ends a table at two blank lines and keeps them as empty body paragraphs", () => {
    const model = buildSeedDocModel(lines(HEADER, ["\t01-01", "\ta", "\tOngoing", "\t√", "\t", ""], ["\t", "\tstatus", "", "", "» Top"]));
    expect(model.blocks.map((b) => (b.kind === "table" ? "table" : b.text))).toEqual(["table", "", "", "» Top"]);
  });

  it("never throws on arbitrary text made of the export's line shapes", () => {
    const line = fc.oneof(
      fc.constantFrom("", "\t", " \t", "\tAction Item", "\tAction", " \tAction", "\tMilestone", "» Top", " Resolution 3", "[bookmark: _Toc1]Section II - x", "x [1: y] "),
      fc.string().map((s) => `\t${s}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (ls) => {
        const model = buildSeedDocModel(ls.join("\n"));
        expect(Array.isArray(model.blocks)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

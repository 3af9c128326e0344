/**
 * The .docx writer and reader: a DocModel written as .docx and read back is the same model, for the whole
 * actual plan and for a hand-built model with every feature; and the reader understands the Word markup
 * the writer never produces (vertical merges, symbols, revisions, fields, cell-level controls, styles
 * inherited through basedOn).
 */
import { cell, paragraph, type DocCell, type DocModel, type DocTable } from "../../../src/domain/document-model";
import { openDocx } from "../../../src/document/docx/docx-document";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { PERSON_RED_NUMBER_CELLS } from "../../../src/fixture/actual-plan-docx";
import { planDocx, planModel } from "../../support/docx/actual-plan";
import { p, rawDocx, tc } from "../../support/docx/raw-docx";
import { zipEntries, zipText } from "../../support/docx/zip-entries";

async function roundTrip(model: DocModel): Promise<DocModel> {
  return (await openDocx(await writeDocx(model))).model();
}

function onlyTable(model: DocModel): DocTable {
  const table = model.blocks.find((block) => block.kind === "table");
  if (!table || table.kind !== "table") throw new Error("no table");
  return table;
}

describe("the actual plan as a .docx", () => {
  it("reads back as exactly the fixture model (every paragraph, cell, span, shading, bookmark and footnote)", async () => {
    const document = await openDocx(await planDocx());
    expect(document.model()).toEqual(planModel());
  });

  it("is a complete Word package: styles with heading outline levels, footnotes, settings, relationships", async () => {
    const entries = await zipEntries(await planDocx());
    expect([...entries.keys()].sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/footnotes.xml", "word/settings.xml", "word/styles.xml"].sort(),
    );
    const bytes = await planDocx();
    const styles = await zipText(bytes, "word/styles.xml");
    expect(styles).toContain('<w:name w:val="heading 2"/>');
    expect(styles).toContain('<w:outlineLvl w:val="1"/>');
    const footnotes = await zipText(bytes, "word/footnotes.xml");
    expect(footnotes).toContain("Science Monitoring and Reliable Telecommunications");
    const document = await zipText(bytes, "word/document.xml");
    expect(document).toContain('<w:gridSpan w:val="4"/>');
    expect(document.match(/<w:footnoteReference /g)?.length).toBe(7);
  });

  it("has the person's red boxes on the number cells named by the fixture", async () => {
    const document = await openDocx(await planDocx());
    const { plan } = await document.read();
    const red = plan.resolutions.flatMap((resolution) => resolution.items).filter((item) => item.numberCellRed);
    expect(Object.fromEntries(red.map((item) => [item.id, item.numberCellShading]))).toEqual(PERSON_RED_NUMBER_CELLS);
  });
});

describe("writer → reader round trip of a hand-built model", () => {
  it("keeps headings, tabs, line breaks, marks, spans, shading, nested tables and controls", async () => {
    const nested: DocTable = { kind: "table", rows: [{ cells: [cell("SG2"), cell("TD7, TD64")] }, { cells: [cell("SG3"), cell("")] }] };
    const statusCell: DocCell = { blocks: [paragraph("Before the table"), nested, paragraph("After")], shading: null, gridSpan: 4 };
    const model: DocModel = {
      blocks: [
        paragraph("Section II - Progress", { style: "Heading 1", outlineLevel: 1 }),
        paragraph("Resolution 1 - Rules", { style: "Heading 2", outlineLevel: 2, marks: [{ kind: "bookmark", name: "Resolution_01", offset: 0 }] }),
        paragraph("5.17\tThe Director shall foster cooperation", { marks: [{ kind: "footnote", id: "3", offset: 8, text: "A footnote\twith a tab" }] }),
        paragraph("line one\nline two"),
        paragraph("Custom styled", { style: "Call" }),
        {
          kind: "table",
          rows: [
            { cells: ["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"].map((text) => cell(text)) },
            { cells: [cell("01-01", { shading: "#FF0000" }), cell(["TSB to prepare", "second paragraph"]), cell("WTSA-20"), cell("√"), cell("√")] },
            { cells: [cell(""), statusCell] },
            {
              cells: [
                cell("01-02", { control: { tag: "ap/1/item/01-02/id", title: "Action item 01-02 — number" } }),
                cell("x"),
                cell("y"),
                cell(""),
                cell(""),
              ],
            },
          ],
        },
        paragraph("", { controls: [{ tag: "ap/1/status/01-02/20220120abcd/summary", title: "Status 01-02 — summary" }] }),
      ],
    };
    const back = await roundTrip(model);
    // Word needs a paragraph after a table that ends a cell; this cell does not end with one.
    expect(back).toEqual(model);
  });

  it("adds the paragraph Word requires after a nested table that ends a cell, and nothing else", async () => {
    const nested: DocTable = { kind: "table", rows: [{ cells: [cell("a"), cell("b")] }] };
    const model: DocModel = { blocks: [{ kind: "table", rows: [{ cells: [{ blocks: [paragraph("text"), nested], shading: null, gridSpan: 1 }] }] }] };
    const back = onlyTable(await roundTrip(model));
    expect(back.rows[0]!.cells[0]!.blocks).toEqual([paragraph("text"), nested, paragraph("")]);
  });

  it("refuses text XML cannot carry instead of writing a broken file", async () => {
    await expect(writeDocx({ blocks: [paragraph("bell \u0007")] })).rejects.toThrow(/U\+0007/);
  });
});

describe("reading Word markup the writer does not produce", () => {
  it("reads a row whose first cell continues a vertical merge, its cells under the row above's, as that row continued (docs/docx-reading.md)", async () => {
    const body = `<w:tbl><w:tr>${tc(p("A"), '<w:vMerge w:val="restart"/>')}${tc(p("B"))}</w:tr><w:tr>${tc("<w:p/>", "<w:vMerge/>")}${tc(p("C"))}</w:tr></w:tbl>`;
    const table = onlyTable((await openDocx(await rawDocx(body))).model());
    expect(table.rows.map((row) => row.cells.map((c) => c.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table")).join("|")))).toEqual([["A", "B|C"]]);
  });

  it("reads a row whose merged first cell sits beside cells of another grid (a status row under its item) as a row of its own, the continuation cell empty", async () => {
    const body =
      `<w:tbl><w:tr>${tc(p("A"), '<w:vMerge w:val="restart"/>')}${tc(p("B"))}${tc(p("C"))}</w:tr>` +
      `<w:tr>${tc(p("hidden"), "<w:vMerge/>")}${tc(p("D"), '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>`;
    const table = onlyTable((await openDocx(await rawDocx(body))).model());
    expect(table.rows.map((row) => row.cells.map((c) => c.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table")).join("|")))).toEqual([
      ["A", "B", "C"],
      ["", "D"],
    ]);
  });

  it("takes text from w:t, w:tab, w:br, w:cr, w:sym, w:noBreakHyphen, hyperlinks and insertions; not from deletions, field codes, soft hyphens or page breaks", async () => {
    const runs =
      '<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:sym w:font="Symbol" w:char="F0D6"/><w:noBreakHyphen/><w:softHyphen/></w:r>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t>link</w:t></w:r></w:hyperlink>' +
      '<w:ins w:id="1" w:author="x"><w:r><w:t>+ins</w:t></w:r></w:ins>' +
      '<w:del w:id="2" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:br w:type="page"/><w:t>end</w:t></w:r>';
    const model = (await openDocx(await rawDocx(`<w:p>${runs}</w:p>`))).model();
    expect(model.blocks[0]).toEqual(paragraph("a\tb\nc\n√\u2011link+ins7end"));
  });

  it("reads footnote references with their text and bookmarks with their offsets, including bookmarks between paragraphs", async () => {
    const body =
      '<w:bookmarkStart w:id="0" w:name="Item01_02"/><w:bookmarkEnd w:id="0"/>' +
      '<w:p><w:r><w:t>SMART</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="4"/></w:r><w:bookmarkStart w:id="1" w:name="mid"/><w:r><w:t> Cable</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>';
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="4"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Science Monitoring</w:t></w:r></w:p><w:p><w:r><w:t>second</w:t></w:r></w:p></w:footnote>';
    const model = (await openDocx(await rawDocx(body, { footnotes }))).model();
    expect(model.blocks[0]).toEqual(
      paragraph("SMART Cable", {
        marks: [
          { kind: "bookmark", name: "Item01_02", offset: 0 },
          { kind: "footnote", id: "4", offset: 5, text: " Science Monitoring\nsecond" },
          { kind: "bookmark", name: "mid", offset: 5 },
        ],
      }),
    );
  });

  it("reads heading levels from the style, the style it is based on, or the paragraph's own outline level", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ResTitle"><w:name w:val="Res Title"/><w:basedOn w:val="Heading1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>';
    const body = p("One", '<w:pStyle w:val="Heading1"/>') + p("Two", '<w:pStyle w:val="ResTitle"/>') + p("Three", '<w:outlineLvl w:val="2"/>') + p("Four", '<w:pStyle w:val="Body"/>') + p("Five", '<w:pStyle w:val="Unknown"/>');
    const model = (await openDocx(await rawDocx(body, { styles }))).model();
    expect(model.blocks).toEqual([
      paragraph("One", { style: "Heading 1", outlineLevel: 1 }),
      paragraph("Two", { style: "Res Title", outlineLevel: 1 }),
      paragraph("Three", { outlineLevel: 3 }),
      paragraph("Four", { style: "Body" }),
      paragraph("Five", { style: "Unknown" }),
    ]);
  });

  it("reads the add-in's controls at cell level, block level and around paragraphs, and ignores other add-ins' controls", async () => {
    const sdt = (tag: string, content: string): string => `<w:sdt><w:sdtPr><w:alias w:val="T ${tag}"/><w:tag w:val="${tag}"/><w:id w:val="5"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const row =
      "<w:tr>" +
      sdt("ap/1/item/01-01/id", tc(p("01-01"))) +
      tc(sdt("ap/1/item/01-01/action", p("Act"))) +
      tc(sdt("other-addin", p("Other"))) +
      tc(sdt("ap/1/status/01-01/20220120abcd", sdt("ap/1/status/01-01/20220120abcd/summary", p("Summary: x")))) +
      "</w:tr>";
    const table = onlyTable((await openDocx(await rawDocx(`<w:tbl>${row}</w:tbl>`))).model());
    const [number, action, other, status] = table.rows[0]!.cells;
    expect(number!.control).toEqual({ tag: "ap/1/item/01-01/id", title: "T ap/1/item/01-01/id" });
    expect(number!.blocks).toEqual([paragraph("01-01")]);
    expect(action!.control?.tag).toBe("ap/1/item/01-01/action");
    expect(action!.blocks).toEqual([paragraph("Act")]);
    expect(other!.control).toBeUndefined();
    expect(other!.blocks).toEqual([paragraph("Other")]);
    expect(status!.control).toBeUndefined();
    expect(status!.blocks).toEqual([
      paragraph("Summary: x", {
        controls: [
          { tag: "ap/1/status/01-01/20220120abcd/summary", title: "T ap/1/status/01-01/20220120abcd/summary" },
          { tag: "ap/1/status/01-01/20220120abcd", title: "T ap/1/status/01-01/20220120abcd" },
        ],
      }),
    ]);
  });

  it("reads shading from the fill, or from the pattern colour of a solid pattern; 'auto' and 'nil' are no shading", async () => {
    const row = `<w:tr>${tc(p("a"), '<w:shd w:val="clear" w:color="auto" w:fill="ff0000"/>')}${tc(p("b"), '<w:shd w:val="solid" w:color="C00000" w:fill="auto"/>')}${tc(p("c"), '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>')}${tc(p("d"), '<w:shd w:val="nil"/>')}</w:tr>`;
    const table = onlyTable((await openDocx(await rawDocx(`<w:tbl>${row}</w:tbl>`))).model());
    expect(table.rows[0]!.cells.map((c) => c.shading)).toEqual(["#FF0000", "#C00000", null, null]);
  });
});

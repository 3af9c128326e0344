/**
 * docs/docx-reading.md, row by row: each construct of Word's markup, hand-written, and what the reader must see.
 * The Word-like plan (word-like-plan.test.ts) checks the same constructs inside the actual plan.
 */
import { openDocx } from "../../../src/document/docx/docx-document";
import { cellText, topLevelTables, type DocModel } from "../../../src/domain/document-model";
import { p, rawDocx, tc } from "../../support/docx/raw-docx";

const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const DEL = 'w:id="1" w:author="A" w:date="2022-01-01T00:00:00Z"';

async function model(body: string, parts: Parameters<typeof rawDocx>[1] = {}): Promise<DocModel> {
  return (await openDocx(await rawDocx(body, parts))).model();
}

/** Texts of the body's paragraphs. */
async function texts(body: string): Promise<string[]> {
  return (await model(body)).blocks.map((block) => (block.kind === "paragraph" ? block.text : "[table]"));
}

const r = (inner: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${inner}</w:r>`;
const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;

describe("text (docs/docx-reading.md, Text)", () => {
  it.each([
    ["split runs and proofing marks", `<w:p>${r(t("Coun"))}<w:proofErr w:type="spellStart"/>${r(t("cil 20"))}<w:proofErr w:type="spellEnd"/>${r(`<w:lastRenderedPageBreak/>${t("21")}`)}</w:p>`, "Council 2021"],
    ["page and column breaks are nothing, w:br and w:cr a new line", `<w:p>${r(`${t("a")}<w:br w:type="page"/>${t("b")}<w:br w:type="column"/>${t("c")}<w:br/>${t("d")}<w:cr/>${t("e")}`)}</w:p>`, "abc\nd\ne"],
    ["soft hyphen (element and character) is nothing", `<w:p>${r(`${t("Coun")}<w:softHyphen/>${t("cil 20\u00AD21")}`)}</w:p>`, "Council 2021"],
    ["non-breaking hyphen is U+2011", `<w:p>${r(`${t("07")}<w:noBreakHyphen/>${t("01")}`)}</w:p>`, "07\u201101"],
    ["Symbol F0D6 and D6 are √", `<w:p>${r('<w:sym w:font="Symbol" w:char="F0D6"/><w:sym w:font="Symbol" w:char="D6"/>')}</w:p>`, "√√"],
    ["Wingdings ticks, crosses and boxes", `<w:p>${r(["F0FC", "F0FE", "F0FB", "F0FD", "F0A8"].map((c) => `<w:sym w:font="Wingdings" w:char="${c}"/>`).join(""))}</w:p>`, "✓☑✗☒☐"],
    ["Wingdings 2 ticks", `<w:p>${r('<w:sym w:font="Wingdings 2" w:char="F050"/><w:sym w:font="Wingdings 2" w:char="F052"/>')}</w:p>`, "✓☑"],
    ["an unmapped symbol of a symbol font is nothing; another font's real character is itself; its private-use code nothing", `<w:p>${r('<w:sym w:font="Symbol" w:char="F041"/><w:sym w:font="Segoe UI Symbol" w:char="2713"/><w:sym w:font="Marlett" w:char="F061"/>')}</w:p>`, "✓"],
    ["text in the Symbol font is the font's glyph", `<w:p>${r(t("Ö"), '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')}${r(t(" ok"))}</w:p>`, "√ ok"],
    ["hidden text is nothing, unless w:val is false", `<w:p>${r(t("secret "), "<w:vanish/>")}${r(t("shown"), '<w:vanish w:val="false"/>')}</w:p>`, "shown"],
    ["insertions and move destinations are text; deletions and move sources are not", `<w:p><w:ins ${DEL}>${r(t("in "))}</w:ins><w:del ${DEL}>${r("<w:delText>gone </w:delText>")}</w:del><w:moveFrom ${DEL}>${r(t("moved "))}</w:moveFrom><w:moveTo ${DEL}>${r(t("moved"))}</w:moveTo></w:p>`, "in moved"],
    ["a field's instruction is not text, its result is, across runs", `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText> DOCPROPERTY "Due </w:instrText>')}${r("<w:instrText>TSAG 2016\" </w:instrText>")}${r('<w:fldChar w:fldCharType="separate"/>')}${r(t("Council 2021"))}${r('<w:fldChar w:fldCharType="end"/>')}</w:p>`, "Council 2021"],
    ["nested fields: the inner field inside the outer instruction is not text", `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r("<w:instrText> IF </w:instrText>")}${r('<w:fldChar w:fldCharType="begin"/>')}${r("<w:instrText> DATE </w:instrText>")}${r('<w:fldChar w:fldCharType="separate"/>')}${r(t("2016"))}${r('<w:fldChar w:fldCharType="end"/>')}${r('<w:fldChar w:fldCharType="separate"/>')}${r(t("WTSA-20"))}${r('<w:fldChar w:fldCharType="end"/>')}</w:p>`, "WTSA-20"],
    ["a field without a separator shows nothing", `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r("<w:instrText> TC x </w:instrText>")}${r('<w:fldChar w:fldCharType="end"/>')}${r(t("after"))}</w:p>`, "after"],
    ["hyperlink, smart tag, custom XML, fldSimple, dir", `<w:p><w:hyperlink w:anchor="x">${r(t("a"))}</w:hyperlink><w:smartTag w:uri="u" w:element="date">${r(t("b"))}</w:smartTag><w:customXml w:element="c">${r(t("c"))}</w:customXml><w:fldSimple w:instr=" PAGE ">${r(t("d"))}</w:fldSimple><w:dir w:val="ltr">${r(t("e"))}</w:dir></w:p>`, "abcde"],
    ["another tool's inline control is its content; a control showing its placeholder is nothing", `<w:p><w:sdt><w:sdtPr><w:tag w:val="other"/></w:sdtPr><w:sdtContent>${r(t("Council 2021"))}</w:sdtContent></w:sdt><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${r(t("Click or tap here to enter text."))}</w:sdtContent></w:sdt></w:p>`, "Council 2021"],
    ["a ticked checkbox control is ☑, an unticked one nothing, whatever their content", `<w:p ${W14}><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${r(t("☒"))}</w:sdtContent></w:sdt><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent>${r(t("☒"))}</w:sdtContent></w:sdt></w:p>`, "☑"],
    ["comments and endnote references are nothing", `<w:p><w:commentRangeStart w:id="0"/>${r(t("text"))}<w:commentRangeEnd w:id="0"/>${r('<w:commentReference w:id="0"/>')}${r('<w:endnoteReference w:id="1"/>')}</w:p>`, "text"],
    ["drawings and text boxes are nothing", `<w:p>${r(t("a"))}${r("<w:pict><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:pict>")}</w:p>`, "a"],
    ["mc:AlternateContent: a Choice needing an unknown namespace gives way to the Fallback", `<w:p ${WPS}>${r(`<mc:AlternateContent><mc:Choice Requires="wps">${t("choice")}</mc:Choice><mc:Fallback>${t("fallback")}</mc:Fallback></mc:AlternateContent>`)}</w:p>`, "fallback"],
    ["mc:AlternateContent: a Choice needing only WordprocessingML is taken", `<w:p>${r(`<mc:AlternateContent><mc:Choice Requires="w">${t("choice")}</mc:Choice><mc:Fallback>${t("fallback")}</mc:Fallback></mc:AlternateContent>`)}</w:p>`, "choice"],
  ])("%s", async (_name, paragraphXml, text) => {
    expect(await texts(paragraphXml)).toEqual([text]);
  });

  it("a deleted paragraph mark joins the paragraph to the next; a deleted paragraph (text and mark) disappears; an inserted mark does not join", async () => {
    const deletedMark = `<w:rPr><w:del ${DEL}/></w:rPr>`;
    expect(await texts(p("Council ", deletedMark) + p("2021"))).toEqual(["Council 2021"]);
    expect(await texts(p("Council ", `<w:rPr><w:moveFrom ${DEL}/></w:rPr>`) + p("2021"))).toEqual(["Council 2021"]);
    expect(await texts(`<w:p><w:pPr>${deletedMark}</w:pPr><w:del ${DEL}>${r("<w:delText>TSAG 2016</w:delText>")}</w:del></w:p>` + p("Council 2021"))).toEqual(["Council 2021"]);
    expect(await texts(p("one", `<w:rPr><w:ins ${DEL}/></w:rPr>`) + p("two"))).toEqual(["one", "two"]);
    expect(await texts(p("before a table ", deletedMark) + `<w:tbl><w:tr>${tc(p("x"))}</w:tr></w:tbl>` + p("after"))).toEqual(["before a table ", "[table]", "after"]);
  });

  it("the joined paragraph keeps both paragraphs' marks, at their offsets, and the second paragraph's style", async () => {
    const body = `<w:p><w:pPr><w:pStyle w:val="A"/><w:rPr><w:del ${DEL}/></w:rPr></w:pPr><w:bookmarkStart w:id="1" w:name="first"/>${r(t("Coun"))}</w:p><w:p><w:pPr><w:pStyle w:val="B"/></w:pPr>${r(t("cil"))}<w:bookmarkStart w:id="2" w:name="second"/></w:p>`;
    expect((await model(body)).blocks).toEqual([{ kind: "paragraph", text: "Council", style: "B", marks: [{ kind: "bookmark", name: "first", offset: 0 }, { kind: "bookmark", name: "second", offset: 7 }] }]);
  });

  it("a field may span paragraphs: its instruction is not text in any of them", async () => {
    const body = `<w:p>${r(t("a"))}${r('<w:fldChar w:fldCharType="begin"/>')}${r("<w:instrText> TOC </w:instrText>")}</w:p><w:p>${r("<w:instrText>\\o </w:instrText>")}${r('<w:fldChar w:fldCharType="separate"/>')}${r(t("b"))}</w:p><w:p>${r(t("c"))}${r('<w:fldChar w:fldCharType="end"/>')}${r(t("d"))}</w:p>`;
    expect(await texts(body)).toEqual(["a", "b", "cd"]);
  });

  it("block-level: another tool's control and custom XML are their content; a control showing its placeholder reads as empty paragraphs", async () => {
    const body = `<w:sdt><w:sdtPr><w:tag w:val="ITU-Review"/></w:sdtPr><w:sdtContent>${p("in control")}</w:sdtContent></w:sdt><w:customXml w:element="x">${p("in custom XML")}</w:customXml><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p("Click or tap here to enter text.")}</w:sdtContent></w:sdt>`;
    expect(await texts(body)).toEqual(["in control", "in custom XML", ""]);
  });
});

describe("tables (docs/docx-reading.md, Tables)", () => {
  const rows = async (body: string): Promise<string[][]> => topLevelTables(await model(body))[0]!.rows.map((row) => row.cells.map((c) => cellText(c)));
  const tr = (cells: string, trPr = ""): string => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
  const cells = (...texts: string[]): string => texts.map((text) => tc(p(text))).join("");

  it("a tracked deleted row is no row; a tracked inserted row is a row; a row in a control or custom XML is a row", async () => {
    const body = `<w:tbl>${tr(cells("01-01", "deleted"), `<w:del ${DEL}/>`)}${tr(cells("01-02", "inserted"), `<w:ins ${DEL}/>`)}<w:sdt><w:sdtPr><w:tag w:val="ITU-Row"/></w:sdtPr><w:sdtContent>${tr(cells("01-03", "in control"))}</w:sdtContent></w:sdt><w:customXml w:element="row">${tr(cells("01-04", "in custom XML"))}</w:customXml></w:tbl>`;
    expect(await rows(body)).toEqual([
      ["01-02", "inserted"],
      ["01-03", "in control"],
      ["01-04", "in custom XML"],
    ]);
  });

  it("a row continuing a merged first cell, under the same grid, adds its non-empty cells to the row above; the continued cell's own content is not shown", async () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const body = `<w:tbl>${tr(tc(p("07-01"), restart) + cells("Action one", "Council 2021"))}${tr(tc(p("hidden"), "<w:vMerge/>") + cells("Action two", ""))}${tr(tc(p(""), "<w:vMerge/>") + cells("Action three", "TSAG 2022"))}</w:tbl>`;
    expect(await rows(body)).toEqual([["07-01", "Action one\nAction two\nAction three", "Council 2021\nTSAG 2022"]]);
  });

  it("gridBefore places a row's cells: a continuation that does not line up is a row of its own", async () => {
    const body = `<w:tbl>${tr(tc(p("A"), '<w:vMerge w:val="restart"/>') + cells("B", "C"))}${tr(tc(p(""), "<w:vMerge/>") + cells("D"), '<w:gridBefore w:val="1"/>')}</w:tbl>`;
    expect(await rows(body)).toEqual([
      ["A", "B", "C"],
      ["", "D"],
    ]);
  });

  it("a status narrative split into cells (gridSpan 2 + 2) after an empty first cell is one cell, its non-empty parts in order", async () => {
    const span2 = '<w:gridSpan w:val="2"/>';
    const body = `<w:tbl>${tr(cells("07-01", "a", "b", "c", "d"))}${tr(tc(p("")) + tc(p("First half."), span2) + tc(p("Second half."), span2))}${tr(tc(p("")) + tc(p("Only part."), span2) + tc(p(""), span2))}</w:tbl>`;
    const table = topLevelTables(await model(body))[0]!;
    expect(table.rows.map((row) => row.cells.map((c) => cellText(c)))).toEqual([
      ["07-01", "a", "b", "c", "d"],
      ["", "First half.\nSecond half."],
      ["", "Only part."],
    ]);
    expect(table.rows[1]!.cells[1]!.gridSpan).toBe(4);
  });

  it("empty borderless cells ending a short row are LibreOffice's padding, not cells; a full item row keeps its own", async () => {
    const nil = '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>';
    const pad = tc("<w:p/>", nil);
    const body = `<w:tbl>${tr(cells("22-13", "Action") + pad + pad + pad)}${tr(cells("Ongoing", "√", "") + pad + pad)}${tr(cells("22-14", "a", "b", "c") + tc("<w:p/>", nil))}</w:tbl>`;
    expect(await rows(body)).toEqual([
      ["22-13", "Action"],
      ["Ongoing", "√", ""],
      ["22-14", "a", "b", "c", ""],
    ]);
  });

  it("an item row with an empty number cell (five plain cells) is not folded", async () => {
    expect(await rows(`<w:tbl>${tr(cells("", "a", "b", "c", "d"))}</w:tbl>`)).toEqual([["", "a", "b", "c", "d"]]);
  });
});

describe("red (docs/docx-reading.md, Red)", () => {
  const THEME = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2></a:clrScheme></a:themeElements></a:theme>`;
  const withTheme = {
    parts: {
      "word/theme/theme1.xml": THEME,
      "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>',
    },
  };
  const shadingOf = async (cellXml: string, parts = withTheme): Promise<string | null> => topLevelTables(await model(`<w:tbl><w:tr>${cellXml}</w:tr></w:tbl>`, parts))[0]!.rows[0]!.cells[0]!.shading;
  const shd = (attributes: string): string => `<w:shd ${attributes}/>`;

  it.each([
    ["a fill", tc(p("01-01"), shd('w:val="clear" w:color="auto" w:fill="ff0000"')), "#FF0000"],
    ["no fill (auto)", tc(p("01-01"), shd('w:val="clear" w:color="auto" w:fill="auto"')), null],
    ["nil shading", tc(p("01-01"), shd('w:val="nil" w:fill="FF0000"')), null],
    ["a solid pattern: its colour", tc(p("01-01"), shd('w:val="solid" w:color="C00000" w:fill="auto"')), "#C00000"],
    ["a solid pattern in auto colour: black", tc(p("01-01"), shd('w:val="solid" w:color="auto" w:fill="FF0000"')), "#000000"],
    ["a 50 % pattern: the mix", tc(p("01-01"), shd('w:val="pct50" w:color="FF0000" w:fill="FFFFFF"')), "#FF8080"],
    ["a stripe pattern: the fill", tc(p("01-01"), shd('w:val="horzStripe" w:color="000000" w:fill="FF0000"')), "#FF0000"],
    ["a theme fill", tc(p("01-01"), shd('w:val="clear" w:themeFill="accent2"')), "#C0504D"],
    ["a theme fill over a stale fill: the theme wins", tc(p("01-01"), shd('w:val="clear" w:fill="FF0000" w:themeFill="accent1"')), "#4F81BD"],
    ["a theme fill with a tint", tc(p("01-01"), shd('w:val="clear" w:themeFill="accent2" w:themeFillTint="99"')), "#D99694"],
    ["paragraph shading (red)", tc(p("01-01", shd('w:val="clear" w:fill="FF0000"'))), "#FF0000"],
    ["run shading (red)", tc(`<w:p>${r(t("01-01"), shd('w:val="clear" w:fill="E06666"'))}</w:p>`), "#E06666"],
    ["a red highlight", tc(`<w:p>${r(t("01-01"), '<w:highlight w:val="red"/>')}</w:p>`), "#FF0000"],
    ["a dark red highlight", tc(`<w:p>${r(t("01-01"), '<w:highlight w:val="darkRed"/>')}</w:p>`), "#800000"],
    ["a yellow highlight is not the cell's colour", tc(`<w:p>${r(t("01-01"), '<w:highlight w:val="yellow"/>')}</w:p>`), null],
    ["red text is not a red box", tc(`<w:p>${r(t("01-01"), '<w:color w:val="FF0000"/>')}</w:p>`), null],
    ["a highlighted deleted run does not count", tc(`<w:p><w:del ${DEL}>${r("<w:delText>01-01</w:delText>", '<w:highlight w:val="red"/>')}</w:del>${r(t("01-02"))}</w:p>`), null],
    ["a highlighted hidden run does not count", tc(`<w:p>${r(t("01-01"), '<w:vanish/><w:highlight w:val="red"/>')}${r(t("01-02"))}</w:p>`), null],
    ["a highlighted placeholder does not count", tc(`<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${r(t("Click here"), '<w:highlight w:val="red"/>')}</w:sdtContent></w:sdt></w:p>`), null],
    ["a highlighted blank run does not count", tc(`<w:p>${r(t(" "), '<w:highlight w:val="red"/>')}${r(t("01-02"))}</w:p>`), null],
    ["red text shading over a yellow cell: the red", tc(`<w:p>${r(t("01-01"), '<w:highlight w:val="red"/>')}</w:p>`, shd('w:val="clear" w:fill="FFFF00"')), "#FF0000"],
    ["a yellow cell with no red on its text: the yellow", tc(p("01-01"), shd('w:val="clear" w:fill="FFFF00"')), "#FFFF00"],
  ])("%s", async (_name, cellXml, colour) => {
    expect(await shadingOf(cellXml)).toBe(colour);
  });

  it("a theme fill with a shade is Word's 'Accent 2, Darker 25%' (943634), each channel within 1 (Word's own rounding)", async () => {
    const colour = (await shadingOf(tc(p("01-01"), shd('w:val="clear" w:themeFill="accent2" w:themeFillShade="BF"')))) ?? "";
    const channels = (hex: string): number[] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    channels(colour).forEach((value, index) => expect(Math.abs(value - channels("#943634")[index]!)).toBeLessThanOrEqual(1));
  });

  it("without a theme part, a theme fill is what w:fill says", async () => {
    expect(await shadingOf(tc(p("01-01"), shd('w:val="clear" w:fill="C0504D" w:themeFill="accent2"')), { parts: {} } as never)).toBe("#C0504D");
  });
});

/**
 * Writes keep the text Word wrote: U+0085, U+2028 and U+2029 inside w:t, and a carriage return written as "&#13;",
 * come back unchanged after structure, colour and unstructure (XML 1.0 line ends on read; CR kept as a reference on
 * write). A package whose main part is word/document2.xml, named by _rels/.rels, is read and written where it is.
 */
import JSZip from "jszip";
import { openDocx } from "../../../src/document/docx/docx-document";
import { allItems } from "../../../src/domain/plan";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { planDoc, resolutionSection } from "../../support/builders/plan-builders";
import { planDocx } from "../../support/docx/actual-plan";
import { rawDocx } from "../../support/docx/raw-docx";
import { zipText } from "../../support/docx/zip-entries";

const SEPARATORS = "next\u0085line\u2028sep\u2029para";

async function planWithLineSeparators(): Promise<Uint8Array> {
  const bytes = await writeDocx(planDoc(resolutionSection(1, "One", [{ id: "01-01", action: `A ${SEPARATORS} CRMARK end`, milestone: "Council 2021", periodic: true }])));
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replace("CRMARK", "carriage&#13;return"));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function roundTrip(bytes: Uint8Array): Promise<Uint8Array[]> {
  const outputs: Uint8Array[] = [];
  let current = bytes;
  for (const step of ["structure", "colour", "unstructure"] as const) {
    const document = await openDocx(current);
    if (step === "structure") await document.structure();
    if (step === "colour") {
      const read = await document.read();
      await document.colour(allItems(read.plan).map((item) => ({ itemKey: item.key, red: true })), read);
    }
    if (step === "unstructure") await document.unstructure();
    current = await document.save();
    outputs.push(current);
  }
  return outputs;
}

describe("text Word wrote survives every write", () => {
  it("keeps U+0085, U+2028, U+2029 and a carriage return (&#13;) through structure, colour and unstructure", async () => {
    const original = await planWithLineSeparators();
    const expected = `A ${SEPARATORS} carriage\rreturn end`;
    expect(allItems((await (await openDocx(original)).read()).plan)[0]!.action).toBe(expected);
    for (const [index, output] of (await roundTrip(original)).entries()) {
      const xml = await zipText(output, "word/document.xml");
      expect({ step: index, separators: xml.includes(SEPARATORS), cr: xml.includes("carriage&#13;return"), rawCr: /carriage\rreturn/.test(xml) }).toEqual({ step: index, separators: true, cr: true, rawCr: false });
      expect(allItems((await (await openDocx(output)).read()).plan)[0]!.action).toBe(expected);
    }
  });
});

async function asDocument2(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const move = async (from: string, to: string): Promise<void> => {
    zip.file(to, await zip.file(from)!.async("uint8array"));
    zip.remove(from);
  };
  await move("word/document.xml", "word/document2.xml");
  await move("word/_rels/document.xml.rels", "word/_rels/document2.xml.rels");
  zip.file("_rels/.rels", (await zip.file("_rels/.rels")!.async("string")).replace('Target="word/document.xml"', 'Target="/word/document2.xml"'));
  zip.file("[Content_Types].xml", (await zip.file("[Content_Types].xml")!.async("string")).replace('PartName="/word/document.xml"', 'PartName="/word/document2.xml"'));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("the main part is the one _rels/.rels names", () => {
  it("reads a plan saved as word/document2.xml, with its styles and footnotes found through its relationships", async () => {
    const clean = await (await openDocx(await planDocx())).read();
    const moved = await (await openDocx(await asDocument2(await planDocx()))).read();
    expect(moved.model).toEqual(clean.model);
    expect(allItems(moved.plan)).toHaveLength(375);
  }, 120_000);

  it("writes into word/document2.xml and its own relationships, and reads its output back", async () => {
    const outputs = await roundTrip(await asDocument2(await planDocx()));
    const names = Object.keys((await JSZip.loadAsync(outputs[1]!)).files);
    expect(names).not.toContain("word/document.xml");
    expect(await zipText(outputs[1]!, "word/_rels/document2.xml.rels")).toContain('Target="../customXml/item1.xml"');
    const coloured = await (await openDocx(outputs[1]!)).read();
    expect(allItems(coloured.plan).filter((item) => item.numberCellRed)).toHaveLength(375);
    // Uncolouring through the relationship it wrote finds and removes the state part again.
    const document = await openDocx(outputs[1]!);
    await document.colour(allItems(coloured.plan).map((item) => ({ itemKey: item.key, red: false })), coloured);
    const uncoloured = await document.save();
    expect(Object.keys((await JSZip.loadAsync(uncoloured)).files).filter((name) => name.startsWith("customXml/") && !name.endsWith("/"))).toEqual([]);
    expect(await zipText(uncoloured, "word/_rels/document2.xml.rels")).not.toContain("customXml");
  }, 120_000);

  it("finds a Strict package's main part through Strict's officeDocument relationship, and refuses it as Strict", async () => {
    const zip = await JSZip.loadAsync(await planDocx());
    zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>');
    await expect(openDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({ code: "UnsupportedFormat" });
  });

  it("refuses a package whose _rels/.rels names no main document, or a missing one, as not a Word document", async () => {
    const zip = await JSZip.loadAsync(await planDocx());
    zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    await expect(openDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({ code: "MissingDocumentXml", message: expect.stringMatching(/names none/) });
    zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/elsewhere.xml"/></Relationships>');
    await expect(openDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({ code: "MissingDocumentXml", message: expect.stringMatching(/no word\/elsewhere\.xml/) });
  });
});

describe("a field read from more than one cell is not written through one of them", () => {
  const cellXml = (text: string, tcPr = ""): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
  const body =
    '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Resolution 1 - One</w:t></w:r></w:p><w:p><w:r><w:t>Resolution 1</w:t></w:r></w:p><w:tbl>' +
    row(...["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"].map((text) => cellXml(text))) +
    row(cellXml("01-01", '<w:vMerge w:val="restart"/>'), cellXml("First part"), cellXml("Council 2021"), cellXml(""), cellXml("")) +
    row(cellXml("", "<w:vMerge/>"), cellXml("Second part"), cellXml("TSAG 2022"), cellXml(""), cellXml("")) +
    row(cellXml(""), cellXml("Status of 01-01.", '<w:gridSpan w:val="4"/>')) +
    row(cellXml("01-02"), cellXml("Plain"), cellXml("Ongoing"), cellXml("√"), cellXml("")) +
    row(cellXml(""), cellXml("Status of 01-02.", '<w:gridSpan w:val="4"/>')) +
    "</w:tbl>";

  it("refuses (MergedCell) to set a milestone that goes on in the row below, and sets one that does not", async () => {
    const document = await openDocx(await rawDocx(body));
    const { plan, fingerprints } = await document.read();
    expect(allItems(plan).map((item) => [item.id, item.action, item.milestoneText])).toEqual([
      ["01-01", "First part\nSecond part", "Council 2021\nTSAG 2022"],
      ["01-02", "Plain", "Ongoing"],
    ]);
    await expect(document.setField("01-01", "milestone", "WTSA-24", fingerprints)).rejects.toMatchObject({ code: "MergedCell" });
    await document.setField("01-02", "milestone", "WTSA-24", fingerprints);
    const after = await (await openDocx(await document.save())).read();
    expect(allItems(after.plan).map((item) => item.milestoneText)).toEqual(["Council 2021\nTSAG 2022", "WTSA-24"]);
  });
});

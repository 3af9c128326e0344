/**
 * The malformed-input corpus: files a user may hand the CLI that are not usable action plans, each with the
 * message the CLI must give. Every case is built from the real fixture or from scratch, never stored as a blob.
 */
import JSZip from "jszip";
import { cell, paragraph } from "../../../src/domain/document-model";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { actionTable, planDoc, resolutionSection } from "../builders/plan-builders";
import { planDocx } from "./actual-plan";

export interface BadInput {
  name: string;
  bytes: Uint8Array;
  /** What the message on stderr must say. */
  message: RegExp;
}

/** The first 512-byte sector of an OLE compound file, the container Word uses for password-protected documents. */
function compoundFileHeader(): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  header.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00, 0x06, 0x00], 24); // minor/major version, byte order, sector shifts
  return header;
}

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function badInputs(): Promise<BadInput[]> {
  const plan = await planDocx();
  // The Milestone column deleted: without it no row can be read as an item (every row is reported instead).
  const noMilestone = actionTable([{ id: "01-01" }, { id: "01-02" }]);
  for (const row of noMilestone.rows) {
    if (row.cells.length === 5) row.cells.splice(2, 1);
    else row.cells[row.cells.length - 1]!.gridSpan -= 1;
  }
  return [
    { name: "not a zip", bytes: new TextEncoder().encode("Minutes of the TSAG meeting\nThis is a text file.\n"), message: /not a \.docx \(a \.docx is a zip package/ },
    { name: "an empty file", bytes: new Uint8Array(0), message: /The file is empty \(0 bytes\)/ },
    {
      name: "a zip without word/document.xml",
      bytes: await rezip(plan, (zip) => void zip.remove("word/document.xml")),
      message: /has no word\/document\.xml: it is not a Word document/,
    },
    {
      name: "truncated XML in word/document.xml",
      bytes: await rezip(plan, async (zip) => {
        const text = await zip.file("word/document.xml")!.async("string");
        zip.file("word/document.xml", text.slice(0, Math.floor(text.length * 0.6)));
      }),
      message: /word\/document\.xml is not well-formed XML \(the file may be truncated or damaged\)/,
    },
    { name: "a truncated zip (download cut short)", bytes: plan.slice(0, Math.floor(plan.length / 2)), message: /The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy\. Open it in Word/ },
    { name: "a password-protected document", bytes: compoundFileHeader(), message: /password-protected \(encrypted\) Word document/ },
    {
      name: "a Word document with no action table",
      bytes: await writeDocx(planDoc(paragraph("Minutes", { style: "Heading 1", outlineLevel: 1 }), { kind: "table", rows: [{ cells: [cell("Name"), cell("Role")] }] })),
      message: /No action table found/,
    },
    {
      name: "a document whose only action table lost its Milestone column",
      bytes: await writeDocx(planDoc(resolutionSection(1, "Rules of procedure", []), noMilestone)),
      message: /No action table found[\s\S]*has 4 columns instead of 5 \(Action Item \| Action \| Periodic goals met \| Completed\): "Milestone" is missing[\s\S]*a row of 4 cells, not read/,
    },
    {
      name: "a zip whose word/document.xml is not WordprocessingML",
      bytes: await rezip(plan, (zip) => void zip.file("word/document.xml", '<?xml version="1.0"?><html><body>hi</body></html>')),
      message: /not a WordprocessingML document/,
    },
  ];
}

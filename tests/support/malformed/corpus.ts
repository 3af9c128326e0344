/**
 * The malformed-document corpus: documents a maintainer may really hand the add-in or the CLI, each built here from
 * the actual plan or from the plan builders (never stored as a blob), with the outcome `action-plan check` must give.
 * README.md in this folder lists the same cases in a table; tests/document/docx/malformed-corpus.test.ts checks both. The cases
 * extend, and do not repeat, the CLI's bad-input set (tests/support/docx/bad-inputs.ts) and the odd-but-usable plans
 * of tests/cli/cli-write.test.ts. `npx tsx tests/support/malformed/write-corpus.ts DIR` writes them as .docx files for trying in Word.
 */
import JSZip from "jszip";
import { cell, paragraph, topLevelTables, type DocModel, type DocRow, type DocTable } from "../../../src/domain/document-model";
import { allItems } from "../../../src/domain/plan";
import { recognizePlan } from "../../../src/domain/recognizer";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { actionTable, headerRow, itemRow, planDoc, resolutionSection, statusRow } from "../builders/plan-builders";
import { planDocx, planModel } from "../docx/actual-plan";
import {
  brokenLocalSignature,
  corruptCompressedData,
  cutEnd,
  encryptedFlag,
  flippedCrc,
  unknownCompression,
  withZipBomb,
  wrongSizeInDirectory,
  wrongSizeInLocalHeader,
} from "./zip-damage";

export type Expected =
  /** Unusable: exit 2, the DocumentError code and a fragment of the message on stderr. */
  | { exit: 2; code: string; message: RegExp }
  /** Usable: exit 0 (nothing in jeopardy) or 1, this many items, and at least these finding rules (plan or items). */
  | { exit: 0 | 1; items: number; rules: string[] };

/** A second command run on the case (e.g. colour), with a fragment its stdout must contain. */
export interface AlsoRun {
  command: "colour" | "structure" | "uncolour" | "unstructure";
  exit: number;
  stdout: RegExp;
}

export interface MalformedCase {
  /** File name without ".docx", as in README.md. */
  id: string;
  build(): Promise<Uint8Array>;
  expected: Expected;
  also?: AlsoRun;
}

const rules = (resolution = 1): DocModel["blocks"] => resolutionSection(resolution, "Rules of procedure of ITU-T", []);

async function withDocumentXml(bytes: Uint8Array, change: (xml: string) => string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/document.xml", change(await zip.file("word/document.xml")!.async("string")));
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What the user reads for a part whose bytes do not match its recorded size or checksum (parts are checked one by one). */
const contentDamaged = (part: string): RegExp =>
  new RegExp(
    `^action-plan: The file is damaged: the content of its part ${part.replace(/[.[\]]/g, "\\$&")} does not match the size or checksum recorded for it\\. Open it in Word, which offers to repair it, and save it again`,
  );

const small = (): Promise<Uint8Array> => writeDocx(planDoc(resolutionSection(1, "Rules of procedure of ITU-T", [{ id: "01-01", milestone: "WTSA-20" }, { id: "01-02", milestone: "Ongoing" }])));

export function corpus(): MalformedCase[] {
  return [
    {
      id: "three-columns",
      build: () => {
        const table: DocTable = { kind: "table", rows: [headerRow(), itemRow("01-01", "Do it", "WTSA-20"), statusRow("Started.")].map((row): DocRow => ({ cells: row.cells.slice(0, 3) })) };
        return writeDocx(planDoc(rules(), table));
      },
      expected: { exit: 0, items: 1, rules: ["action-table-columns"] },
    },
    {
      id: "nested-action-table",
      build: () => {
        const inner = actionTable([{ id: "01-01", milestone: "WTSA-20" }, { id: "01-02", milestone: "Ongoing" }]);
        const layout: DocTable = { kind: "table", rows: [{ cells: [{ ...cell("Actions:"), blocks: [paragraph("Actions:"), inner] }, cell("Notes")] }] };
        return writeDocx(planDoc(rules(), layout));
      },
      expected: { exit: 2, code: "NotAnActionPlan", message: /No action table found/ },
    },
    {
      id: "header-only",
      build: () => writeDocx(planDoc(rules(), actionTable([]))),
      expected: { exit: 2, code: "NotAnActionPlan", message: /No action table found/ },
    },
    {
      id: "items-without-status-rows",
      build: () => writeDocx(planDoc(resolutionSection(1, "Rules of procedure of ITU-T", [{ id: "01-01", milestone: "WTSA-20", status: null }, { id: "01-02", milestone: "Ongoing", status: null }]))),
      expected: { exit: 0, items: 2, rules: ["missing-status-row"] },
    },
    {
      id: "status-row-before-items",
      build: () => writeDocx(planDoc(resolutionSection(1, "Rules of procedure of ITU-T", [statusRow("A status with no item above it."), { id: "01-01", milestone: "Ongoing" }]))),
      expected: { exit: 0, items: 1, rules: ["orphan-status-row"] },
    },
    {
      id: "all-red",
      build: () => {
        const model = planModel();
        const tables = topLevelTables(model);
        for (const item of allItems(recognizePlan(model).plan)) tables[item.cells.id!.table]!.rows[item.cells.id!.row]!.cells[item.cells.id!.cell]!.shading = "#C00000";
        return writeDocx(model);
      },
      expected: { exit: 1, items: 375, rules: ["overdue"] },
      also: { command: "colour", exit: 0, stdout: /0 number cells shaded red by the tool in this run\n {2}0 red marks of the tool cleared \(items recovered\)\n {2}\d+ red boxes set by a person kept as they are/ },
    },
    {
      id: "huge-cell",
      build: () => writeDocx(planDoc(resolutionSection(1, "Rules of procedure of ITU-T", [{ id: "01-01", milestone: "WTSA-20", status: "TSAG agreed. ".repeat(80_000) }]))),
      expected: { exit: 0, items: 1, rules: [] },
    },
    {
      id: "rtl-and-emoji",
      build: () =>
        writeDocx(
          planDoc(
            resolutionSection(1, "Rules of procedure of ITU-T", [
              { id: "01-01", action: "مراجعة القواعد 📄 ✅", milestone: "WTSA-20", status: "עדכון: הושלם 🎉" },
              { id: "01-02", action: "Révision des règles — 中文 🇨🇭", milestone: "Ongoing", status: "😀\u200f\u200e" },
            ]),
          ),
        ),
      expected: { exit: 0, items: 2, rules: [] },
    },
    {
      id: "future-version-control",
      build: async () => {
        const model = planDoc(resolutionSection(1, "Rules of procedure of ITU-T", [{ id: "01-01", milestone: "WTSA-20" }, { id: "01-02", milestone: "Ongoing" }]));
        const table = topLevelTables(model)[0]!;
        table.rows[1]!.cells[2]!.control = { tag: "ap/2/item/01-01/milestone", title: "From a newer add-in" };
        return writeDocx(model);
      },
      expected: { exit: 0, items: 2, rules: [] },
    },
    {
      id: "strict-open-xml",
      build: async () => withDocumentXml(await small(), (xml) => xml.replace(/http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main/g, "http://purl.oclc.org/ooxml/wordprocessingml/main")),
      expected: { exit: 2, code: "UnsupportedFormat", message: /Strict Open XML/ },
    },
    {
      id: "external-entity",
      build: async () =>
        withDocumentXml(await small(), (xml) =>
          xml.replace(/^(<\?xml[^>]*\?>)/, '$1<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>').replace(">01-01<", ">01-01&secret;<"),
        ),
      expected: { exit: 2, code: "MalformedXml", message: /word\/document\.xml is not well-formed XML .*undefined entity/ },
    },
    {
      id: "entity-expansion",
      build: async () =>
        withDocumentXml(await small(), (xml) => {
          const entities = ['<!ENTITY a0 "lol">', ...Array.from({ length: 9 }, (_unused, index) => `<!ENTITY a${index + 1} "${`&a${index};`.repeat(10)}">`)].join("");
          return xml.replace(/^(<\?xml[^>]*\?>)/, `$1<!DOCTYPE w:document [${entities}]>`).replace(">01-01<", ">01-01&a9;<");
        }),
      expected: { exit: 2, code: "MalformedXml", message: /word\/document\.xml is not well-formed XML/ },
    },
    {
      id: "claims-huge-document-xml",
      build: async () => {
        const bytes = await small();
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const name = new TextEncoder().encode("word/document.xml");
        for (let at = 0; at + 46 < bytes.length; at++) {
          if (view.getUint32(at, true) !== 0x02014b50) continue;
          const nameLength = view.getUint16(at + 28, true);
          if (nameLength === name.length && name.every((byte, index) => bytes[at + 46 + index] === byte)) view.setUint32(at + 24, 300 * 1024 * 1024, true);
        }
        return bytes;
      },
      // Refused from the recorded size alone, before anything is inflated.
      expected: { exit: 2, code: "TooLarge", message: /^action-plan: The file is too large to read: its part word\/document\.xml would be 300 MB uncompressed, more than the 256 MB allowed for one part\./ },
    },
    {
      id: "zip-bomb",
      build: async () => withZipBomb(await small(), "word/media/image1.png", 32 * 1024 * 1024, 2048),
      expected: { exit: 2, code: "Damaged", message: contentDamaged("word/media/image1.png") },
    },
    {
      id: "huge-grid-span",
      build: async () => withDocumentXml(await small(), (xml) => xml.replace(/<w:gridSpan w:val="\d+"\/>/, '<w:gridSpan w:val="2147483647"/>')),
      expected: { exit: 0, items: 2, rules: [] },
    },
    {
      id: "deflate-data-corrupted",
      build: async () => corruptCompressedData(await planDocx(), "word/document.xml"),
      expected: { exit: 2, code: "Damaged", message: contentDamaged("word/document.xml") },
    },
    {
      id: "wrong-size-in-directory",
      build: async () => wrongSizeInDirectory(await planDocx(), "word/document.xml", -7),
      expected: { exit: 2, code: "Damaged", message: contentDamaged("word/document.xml") },
    },
    {
      id: "wrong-size-in-local-header",
      build: async () => wrongSizeInLocalHeader(await planDocx(), "word/document.xml", 7),
      expected: { exit: 1, items: 375, rules: ["overdue"] },
    },
    {
      id: "styles-crc-flipped",
      build: async () => flippedCrc(await planDocx(), "word/styles.xml"),
      expected: { exit: 2, code: "Damaged", message: contentDamaged("word/styles.xml") },
    },
    {
      id: "end-cut-off",
      build: async () => cutEnd(await planDocx(), 10),
      expected: { exit: 2, code: "Damaged", message: /^action-plan: The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy\. Open it in Word/ },
    },
    {
      id: "zip-encrypted-entry",
      build: async () => encryptedFlag(await planDocx(), "word/document.xml"),
      expected: { exit: 2, code: "Encrypted", message: /^action-plan: The file is an encrypted zip archive, not a Word document as Word saves it/ },
    },
    {
      id: "unknown-compression",
      build: async () => unknownCompression(await planDocx(), "word/document.xml"),
      expected: { exit: 2, code: "Damaged", message: /^action-plan: The file is damaged: its part word\/document\.xml is compressed in a way Word never uses\. Open it in Word/ },
    },
    {
      id: "broken-local-header",
      build: async () => brokenLocalSignature(await planDocx(), "word/document.xml"),
      expected: { exit: 2, code: "Damaged", message: /^action-plan: The file is damaged: the zip package a \.docx is made of is broken\. Open it in Word/ },
    },
    {
      id: "empty-body",
      build: async () => withDocumentXml(await small(), (xml) => xml.replace(/<w:body>[\s\S]*<\/w:body>/, "<w:body/>")),
      expected: { exit: 2, code: "NotAnActionPlan", message: /No action table found/ },
    },
  ];
}

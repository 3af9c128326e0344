/**
 * The .docx reader on damaged copies of the actual plan: characters of word/document.xml replaced or cut, whole
 * elements removed (tables, rows, cells, paragraphs, runs, properties, content controls…), and the zip itself
 * corrupted (central directory, local headers, compressed data, truncation). Whatever the damage, opening and reading
 * either succeeds with a well-formed result or fails with a DocumentError that has a known code and a readable message;
 * never another kind of exception. Through the CLI's write path (`colour IN OUT`): exit 0/1 with a readable OUT, or
 * exit 2 with a message, no OUT, no temporary file left and IN untouched; never the "unexpected error" exit (70).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { allItems } from "../../../src/domain/plan";
import { openDocx } from "../../../src/document/docx/docx-document";
import { DOCUMENT_ERROR_CODES, isDocumentError } from "../../../src/document/document-error";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { planDoc, resolutionSection } from "../../support/builders/plan-builders";
import { planDocx } from "../../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../../support/docx/cli-harness";


/** Phrases of JSZip's error messages that must never reach the user. */
const JSZIP_WORDING = /Bug :|Corrupted zip|End of data reached|CRC32|central directory|unexpected signature|are not supported/;

let plan: Uint8Array;
let documentXml: string;
beforeAll(async () => {
  plan = await planDocx();
  documentXml = await (await JSZip.loadAsync(plan)).file("word/document.xml")!.async("string");
});

async function withDocumentXml(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(plan);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What opening and reading gives: "read N items" or "DocumentError <code>"; anything else throws out of the test. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const read = await (await openDocx(bytes)).read();
    const keys = allItems(read.plan).map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const finding of read.findings) expect(finding.message.trim().length).toBeGreaterThan(10);
    return `read ${keys.length} items`;
  } catch (error) {
    if (!isDocumentError(error)) throw new Error(`Not a DocumentError: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    expect(DOCUMENT_ERROR_CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(20);
    expect(error.message).not.toMatch(/undefined|\[object |NaN/);
    // JSZip's own wording ("Bug : uncompressed data size mismatch", "Corrupted zip: …") is only the error's cause.
    expect(error.message).not.toMatch(JSZIP_WORDING);
    if (error.code === "Damaged") {
      expect(error.message).toMatch(/^The file is damaged: .*Open it in Word, which offers to repair it, and save it again/);
      expect(error.cause).toBeInstanceOf(Error);
    }
    return `DocumentError ${error.code}`;
  }
}

// --- damage to word/document.xml -------------------------------------------------------------------------------------

type CharEdit = { at: number; length: number; text: string };
const charEdit: fc.Arbitrary<CharEdit> = fc.record({
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 40 }),
  text: fc.constantFrom("", "<", ">", "&", '"', "/", "x", "<w:tc>", "</w:tr>", "<w:p>", "&amp", "]]>", "<!--", "\u0000", "w:", " ", "\uFFFD"),
});

function applyCharEdits(xml: string, edits: readonly CharEdit[]): string {
  let result = xml;
  for (const edit of edits) {
    const at = edit.at % result.length;
    result = result.slice(0, at) + edit.text + result.slice(at + edit.length);
  }
  return result;
}

const ELEMENTS = ["w:body", "w:tbl", "w:tr", "w:tc", "w:p", "w:r", "w:t", "w:tcPr", "w:tblGrid", "w:gridCol", "w:gridSpan", "w:shd", "w:pPr", "w:pStyle", "w:footnoteReference", "w:bookmarkStart"] as const;

/** Removes the n-th element named `name` (modulo how many there are), with everything inside it. */
function removeElement(xml: string, name: string, n: number): string {
  const tag = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, "g");
  const starts: number[] = [];
  for (const match of xml.matchAll(tag)) if (match[1] === "") starts.push(match.index);
  if (starts.length === 0) return xml;
  const start = starts[n % starts.length]!;
  tag.lastIndex = start;
  let depth = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (match[1] === "/") depth -= 1;
    else if (match[2] !== "/") depth += 1;
    if (depth === 0) return xml.slice(0, start) + xml.slice(match.index + match[0].length);
  }
  return xml.slice(0, start);
}

describe("word/document.xml damaged", () => {
  it("characters replaced, inserted or cut: read, or a DocumentError with a known code and a readable message", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(charEdit, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(), { nil: undefined }), async (edits, cut) => {
        let xml = applyCharEdits(documentXml, edits);
        if (cut !== undefined) xml = xml.slice(0, cut % xml.length);
        seen.add(await outcome(await withDocumentXml(xml)));
      }),
      { numRuns: 20 },
    );
    expect([...seen].some((entry) => entry.startsWith("DocumentError MalformedXml"))).toBe(true);
  }, 60_000);

  it("whole elements removed (tables, rows, cells, paragraphs, runs, properties): read with findings, or a DocumentError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: fc.constantFrom(...ELEMENTS), n: fc.nat() }), { minLength: 1, maxLength: 5 }), async (removals) => {
        let xml = documentXml;
        for (const removal of removals) xml = removeElement(xml, removal.name, removal.n);
        await outcome(await withDocumentXml(xml));
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it("removing an element really removes it (the damage above is what it says)", () => {
    const xml = '<w:body><w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc/></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body>';
    expect(removeElement(xml, "w:tc", 1)).toBe("<w:body><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body>");
    expect(removeElement(xml, "w:tc", 2)).toBe("<w:body><w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:tbl><w:tr></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body>");
    expect(removeElement(xml, "w:tbl", 0)).toBe("<w:body></w:body>");
  });
});

// --- damage to the zip package ----------------------------------------------------------------------------------------

/** Offsets of the zip's end-of-central-directory record and of its central directory (null once those are gone). */
function zipLayout(bytes: Uint8Array): { eocd: number; directory: number; directorySize: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return { eocd: at, directory: view.getUint32(at + 16, true), directorySize: view.getUint32(at + 12, true) };
  }
  return null;
}

type ZipDamage =
  | { kind: "directory-bytes"; at: number; value: number; count: number }
  | { kind: "directory-offset" | "directory-size" | "entry-count"; value: number }
  | { kind: "any-bytes"; at: number; value: number; count: number }
  | { kind: "truncate"; at: number }
  | { kind: "cut-directory" };

const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  fc.record({ kind: fc.constant("directory-bytes" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constantFrom("directory-offset" as const, "directory-size" as const, "entry-count" as const), value: fc.nat() }),
  fc.record({ kind: fc.constant("any-bytes" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.constant({ kind: "cut-directory" as const }),
);

function damageZip(original: Uint8Array, damage: ZipDamage): Uint8Array {
  const bytes = Uint8Array.from(original);
  const view = new DataView(bytes.buffer);
  if (damage.kind === "any-bytes") {
    for (let index = 0; index < damage.count; index++) bytes[(damage.at + index) % bytes.length] = damage.value;
    return bytes;
  }
  if (damage.kind === "truncate") return bytes.slice(0, damage.at % bytes.length);
  const layout = zipLayout(bytes);
  if (!layout) return bytes;
  const { eocd, directory, directorySize } = layout;
  switch (damage.kind) {
    case "directory-bytes":
      for (let index = 0; index < damage.count; index++) bytes[(directory + ((damage.at + index) % Math.max(1, directorySize))) % bytes.length] = damage.value;
      return bytes;
    case "directory-offset":
      view.setUint32(eocd + 16, damage.value % (bytes.length * 2), true);
      return bytes;
    case "directory-size":
      view.setUint32(eocd + 12, damage.value % (bytes.length * 2), true);
      return bytes;
    case "entry-count":
      view.setUint16(eocd + 8, damage.value % 65536, true);
      view.setUint16(eocd + 10, damage.value % 65536, true);
      return bytes;
    case "cut-directory":
      return Uint8Array.from([...bytes.slice(0, directory), ...bytes.slice(eocd)]);
  }
}

describe("the zip package damaged", () => {
  it("central directory, header or data bytes changed, or the file cut: read, or a DocumentError with a known code", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(zipDamage, { minLength: 1, maxLength: 3 }), async (damages) => {
        let bytes = plan;
        for (const damage of damages) if (bytes.length > 22) bytes = damageZip(bytes, damage);
        seen.add(await outcome(bytes));
      }),
      { numRuns: 60 },
    );
    expect([...seen].some((entry) => entry.startsWith("DocumentError Damaged"))).toBe(true);
  }, 60_000);
});

// --- the CLI's write path: nothing written on failure ------------------------------------------------------------------

describe("colour IN OUT on a damaged plan", () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  type Damage = { kind: "xml"; edits: CharEdit[] } | { kind: "element"; name: (typeof ELEMENTS)[number]; n: number } | { kind: "zip"; damage: ZipDamage };
  const damage: fc.Arbitrary<Damage> = fc.oneof(
    fc.record({ kind: fc.constant("xml" as const), edits: fc.array(charEdit, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant("element" as const), name: fc.constantFrom(...ELEMENTS), n: fc.nat() }),
    fc.record({ kind: fc.constant("zip" as const), damage: zipDamage }),
  );

  it("exits 0/1 with a readable OUT, or 2 with a message and no OUT, no temporary file and IN untouched", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (chosen) => {
        const bytes =
          chosen.kind === "xml"
            ? await withDocumentXml(applyCharEdits(documentXml, chosen.edits))
            : chosen.kind === "element"
              ? await withDocumentXml(removeElement(documentXml, chosen.name, chosen.n))
              : damageZip(plan, chosen.damage);
        run += 1;
        const input = folder.file(`in-${run}.docx`);
        const output = folder.file(`out-${run}.docx`);
        writeFileSync(input, bytes);
        const before = readdirSync(folder.path).sort();
        const result = await runCli(["colour", input, output, "--as-of", "2022-01-20"]);
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: expect.any(Number), stderr: expect.any(String) });
        expect([0, 1, 2]).toContain(result.code);
        expect(readFileSync(input)).toEqual(Buffer.from(bytes));
        if (result.code === 2) {
          expect(result.stderr).toMatch(/^action-plan: .{20,}/);
          expect(result.stderr).not.toMatch(JSZIP_WORDING);
          expect(existsSync(output)).toBe(false);
          expect(readdirSync(folder.path).sort()).toEqual(before);
        } else {
          expect(await outcome(readFileSync(output))).toMatch(/^read \d+ items$/);
          expect(readdirSync(folder.path).sort()).toEqual([...before, `out-${run}.docx`].sort());
        }
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});

// --- a crafted state part ---------------------------------------------------------------------------------------------

describe("a crafted customXml state part", () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  /** A one-item plan with `state` as customXml/item1.xml. */
  async function planWithState(name: string, state: string): Promise<string> {
    const zip = await JSZip.loadAsync(await writeDocx(planDoc(resolutionSection(1, "Rules of procedure", [{ id: "01-01" }]))));
    zip.file("customXml/item1.xml", state);
    const path = folder.file(name);
    writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    return path;
  }

  /** `bin/action-plan COMMAND FILE…` in its own process, stopped after `milliseconds`: exit code, or "timed out". */
  function runWithin(args: string[], milliseconds: number): { code: number | "timed out"; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "..", "bin", "action-plan"), ...args], { timeout: milliseconds, encoding: "utf8" });
    return { code: run.status ?? "timed out", stdout: run.stdout, stderr: run.stderr };
  }
  const checkWithin = (file: string, milliseconds: number) => runWithin(["check", file, "--as-of", "2022-01-20"], milliseconds);

  it("a state part from a newer add-in: check reads the plan with a finding saying so, colour refuses with exit 2 (the control for the check below)", async () => {
    const file = await planWithState("newer.docx", '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="9"/>');
    const checked = checkWithin(file, 8_000);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/newer version of the add-in/);
    const coloured = runWithin(["colour", file, folder.file("newer-coloured.docx"), "--as-of", "2022-01-20"], 8_000);
    expect(coloured.code).toBe(2);
    expect(coloured.stderr).toMatch(/newer version of the add-in/);
  }, 30_000);

  // src/document/docx/state-part.ts hands the part's raw text to isSharedStateXml/parseSharedState. Their regular
  // expressions used to backtrack polynomially on an unclosed root padded with spaces (a 300 KB part stalled the CLI).
  test("an unclosed actionPlanState root padded with spaces is reported as unreadable instead of stalling the CLI", async () => {
    const file = await planWithState("padded.docx", `<actionPlanState xmlns="urn:action-plan-addin:state"${" ".repeat(300_000)}`);
    const checked = checkWithin(file, 8_000);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/shared-state-unreadable|document state is truncated/);
  }, 20_000);
});

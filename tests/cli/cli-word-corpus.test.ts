/**
 * Real files saved by Microsoft Word (other open-source projects' test data: tables, merged cells, tracked changes,
 * comments, content controls, fields, text boxes; the corpus's SOURCES.md says where each comes from and under which
 * licence). The corpus is data, not this repository's: it lives in ../shared/word-corpus (or WORD_CORPUS_DIR).
 *  - Every command on each file: no crash; what is not a plan gets one clear line and exit 2 (unstructure, which
 *    only removes the add-in's controls, runs on any Word document and changes nothing in one without them).
 *  - A small action table grafted into each file (all its other markup kept): structure, colour, uncolour and
 *    unstructure change no text, lose no element or attribute, leave every other part byte for byte, and write
 *    valid WordprocessingML wherever the file was valid.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { openDocx } from "../../src/document/docx/docx-document";
import { blocksText } from "../../src/domain/document-model";
import { allItems } from "../../src/domain/plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";
import { validateDocumentXml, wordSchemaAvailable } from "../support/docx/wordml-schema";
import { markupInventory, mainPartName, graftActionTable } from "../support/docx/word-corpus";
import { zipEntries } from "../support/docx/zip-entries";

const CORPUS = process.env.WORD_CORPUS_DIR ?? join(__dirname, "..", "..", "..", "shared", "word-corpus");
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith(".docx")).sort() : [];
const folder = temporaryFolder();
afterAll(() => folder.remove());

if (files.length === 0) console.warn(`Word corpus tests skipped: no .docx files in ${CORPUS} (set WORD_CORPUS_DIR, or see docs/docx-reading.md)`);
const describeCorpus = files.length > 0 ? describe : describe.skip;

/** Files that are not Transitional WordprocessingML: refused with their own code. */
const REFUSED: Readonly<Record<string, RegExp>> = { "mammoth-strict-format.docx": /Strict Open XML/ };

describeCorpus("the Word corpus", () => {
  it("lists every file in SOURCES.md with its repository, path, commit and licence", () => {
    const sources = readFileSync(join(CORPUS, "SOURCES.md"), "utf8");
    for (const name of files) expect({ name, listed: new RegExp(`\\|\\s*\`${name.replace(/[.]/g, "\\.")}\`\\s*\\|[^\\n]*\\|\\s*[0-9a-f]{40}\\s*\\|[^\\n]*(MIT|Apache-2\\.0|BSD-2-Clause)`).test(sources) }).toEqual({ name, listed: true });
  });

  it.each(files)("%s: every command, no crash; not a plan: one clear line, exit 2", async (name) => {
    const input = join(CORPUS, name);
    const before = readFileSync(input);
    const out = folder.file(`out-${name}`);
    const commands: string[][] = [
      ["check", input],
      ["check", input, "--format", "json"],
      ["structure", input, out],
      ["colour", input, out],
      ["uncolour", input, out],
      ["status", input, out, "--item", "01-01", "--date", "2022-01-20", "--event", "TSAG", "--state", "On track", "--summary", "Fine."],
    ];
    for (const argv of commands) {
      const run = await runCli(argv);
      expect({ argv: argv.slice(0, 2), code: run.code, stdout: run.stdout, lines: run.stderr.split("\n").length }).toEqual({ argv: argv.slice(0, 2), code: 2, stdout: "", lines: 2 });
      // status names the item it was asked for: "There is no item 01-01 in the document."
      expect(run.stderr).toMatch(REFUSED[name] ?? (argv[0] === "status" ? /^action-plan: There is no item 01-01 in the document\.$/m : /^action-plan: (?!unexpected error).*(action plan|action table|no action)/i));
      expect(existsSync(out)).toBe(false);
    }
    const unstructure = await runCli(["unstructure", input, out]);
    if (REFUSED[name]) expect(unstructure.code).toBe(2);
    else {
      expect({ code: unstructure.code, stdout: unstructure.stdout }).toEqual({ code: 0, stdout: `Unstructured ${out}: 0 content controls of the add-in removed, their content kept.\n` });
      const [original, written] = [await zipEntries(before), await zipEntries(readFileSync(out))];
      expect([...written.keys()]).toEqual([...original.keys()]);
      for (const [part, bytes] of original) if (part !== (await mainPartName(before))) expect({ part, same: Buffer.from(written.get(part)!).equals(Buffer.from(bytes)) }).toEqual({ part, same: true });
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 120_000);

  it.each(files.filter((name) => !REFUSED[name]))("%s with an action table grafted in: structure, colour, uncolour, unstructure keep every text and every element", async (name) => {
    const grafted = await graftActionTable(readFileSync(join(CORPUS, name)));
    const main = await mainPartName(grafted);
    const paths = ["grafted", "structured", "coloured", "uncoloured", "unstructured"].map((step) => folder.file(`${step}-${name}`));
    writeFileSync(paths[0]!, grafted);
    const text = async (path: string): Promise<string> => blocksText((await (await openDocx(readFileSync(path))).read()).model.blocks);
    const { plan } = await (await openDocx(grafted)).read();
    expect(allItems(plan).map((item) => item.id)).toEqual(["01-01", "01-02", "01-03"]);
    const originalText = await text(paths[0]!);
    const originalParts = await zipEntries(grafted);
    const originalMarkup = markupInventory((Buffer.from(originalParts.get(main)!)).toString("utf8"));
    const validBefore = wordSchemaAvailable() === null ? validateDocumentXml(Buffer.from(originalParts.get(main)!).toString("utf8")).kind === "valid" : false;
    const steps: string[][] = [
      ["structure", paths[0]!, paths[1]!],
      ["colour", paths[1]!, paths[2]!, "--as-of", "2022-01-20"],
      ["uncolour", paths[2]!, paths[3]!],
      ["unstructure", paths[3]!, paths[4]!],
    ];
    for (const argv of steps) {
      const run = await runCli(argv);
      expect({ step: argv[0], code: run.code, stderr: run.stderr }).toEqual({ step: argv[0], code: 0, stderr: "" });
      const written = argv[2]!;
      expect({ step: argv[0], text: await text(written) }).toEqual({ step: argv[0], text: originalText });
      const parts = await zipEntries(readFileSync(written));
      const xml = Buffer.from(parts.get(main)!).toString("utf8");
      // Every element and attribute of the original is still there (structure adds controls, colour shading).
      const now = markupInventory(xml);
      for (const [key, count] of originalMarkup) if ((now.get(key) ?? 0) < count) expect({ step: argv[0], lost: key }).toBeUndefined();
      for (const [part, bytes] of originalParts) {
        if (part === main || part === "[Content_Types].xml" || part.endsWith(".rels")) continue;
        expect({ step: argv[0], part, same: parts.has(part) && Buffer.from(parts.get(part)!).equals(Buffer.from(bytes)) }).toEqual({ step: argv[0], part, same: true });
      }
      if (validBefore) expect({ step: argv[0], schema: validateDocumentXml(xml) }).toEqual({ step: argv[0], schema: { kind: "valid" } });
    }
    // The whole round trip gives the grafted document's markup back exactly, and every part it had.
    const finalParts = await zipEntries(readFileSync(paths[4]!));
    expect(markupInventory(Buffer.from(finalParts.get(main)!).toString("utf8"))).toEqual(originalMarkup);
    expect([...finalParts.keys()].sort()).toEqual([...originalParts.keys()].sort());
    // The relationships and content types the state part was added to and removed from come back as they were: every
    // byte but a leading byte-order mark, which the package layer drops when it rewrites a part (left to the byte-preserving writer).
    const withoutBom = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "");
    for (const [part, bytes] of originalParts) {
      if (part === main) continue;
      const rewritten = part === "[Content_Types].xml" || part.endsWith(".rels");
      const same = rewritten ? withoutBom(finalParts.get(part)!) === withoutBom(bytes) : Buffer.from(finalParts.get(part)!).equals(Buffer.from(bytes));
      expect({ part, same }).toEqual({ part, same: true });
    }
    expect((await JSZip.loadAsync(readFileSync(paths[4]!))).file(main)).not.toBeNull();
  }, 180_000);
});

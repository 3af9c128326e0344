/**
 * The CLI on damaged .docx files (the actual plan with its zip corrupted): every command, writing to OUT or
 * --in-place, exits 2 with one clean line on stderr ("action-plan: The file is damaged: … Open it in Word …"), no stack
 * trace and no JSZip wording, writes nothing and leaves the input exactly as it was. docs/cli.md documents exit 2.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { writeDocx } from "../../src/fixture/docx-writer";
import { planDoc, resolutionSection } from "../support/builders/plan-builders";
import { planDocx } from "../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";
import { corruptCompressedData, cutEnd, encryptedFlag, flippedCrc, wrongSizeInDirectory } from "../support/malformed/zip-damage";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";
/** Parts are checked one by one when the file is opened, so the line names the damaged part. */
const contentOf = (part: string): string => `action-plan: The file is damaged: the content of its part ${part} does not match the size or checksum recorded for it. ${REPAIR}\n`;

const folder = temporaryFolder();
afterAll(() => folder.remove());

const STATUS = ["--item", "01-04", "--date", "2022-01-20", "--event", "TSAG, January 2022", "--state", "On track", "--summary", "All reported."];

/** Each writing command as `[command, …options]`; run with `IN OUT` and with `IN --in-place`. */
const WRITES: readonly (readonly string[])[] = [["structure"], ["unstructure"], ["colour", "--as-of", "2022-01-20"], ["uncolour"], ["status", ...STATUS]];

const DAMAGES: readonly [string, (plan: Uint8Array) => Uint8Array, string][] = [
  ["compressed data of word/document.xml corrupted", (plan) => corruptCompressedData(plan, "word/document.xml"), contentOf("word/document.xml")],
  ["size of word/document.xml wrong in the central directory", (plan) => wrongSizeInDirectory(plan, "word/document.xml", 7), contentOf("word/document.xml")],
  ["CRC-32 of word/styles.xml flipped", (plan) => flippedCrc(plan, "word/styles.xml"), contentOf("word/styles.xml")],
  [
    "the last 10 bytes cut off",
    (plan) => cutEnd(plan, 10),
    `action-plan: The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy. ${REPAIR}\n`,
  ],
  [
    "word/document.xml flagged as zip-encrypted",
    (plan) => encryptedFlag(plan, "word/document.xml"),
    "action-plan: The file is an encrypted zip archive, not a Word document as Word saves it: decrypt it with the program that encrypted it, then open it in Word and save it again.\n",
  ],
];

describe.each(DAMAGES)("%s", (name, damage, stderr) => {
  let bytes: Uint8Array;
  let input: string;
  beforeAll(async () => {
    bytes = damage(await planDocx());
    input = folder.file(`${name.replace(/\W+/g, "-")}.docx`);
    writeFileSync(input, bytes);
  });

  /** Runs the command and checks: exit 2, the one-line message, nothing on stdout, nothing written, input untouched. */
  async function refused(argv: string[], output?: string): Promise<void> {
    const before = readdirSync(folder.path).sort();
    const modified = statSync(input).mtimeMs;
    const run = await runCli(argv);
    expect({ argv, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ argv, code: 2, stdout: "", stderr });
    if (output) expect(existsSync(output)).toBe(false);
    expect(readdirSync(folder.path).sort()).toEqual(before);
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    expect(statSync(input).mtimeMs).toBe(modified);
  }

  it("check: exit 2 and one readable line on stderr", async () => {
    await refused(["check", input, "--as-of", "2022-01-20"]);
    await refused(["check", input, "--format", "json"]);
  });

  it.each(WRITES.map((write) => [write[0]!, write] as const))("%s IN OUT: exit 2, the line, no OUT, IN untouched", async (_command, write) => {
    const output = folder.file("never-written.docx");
    await refused([write[0]!, input, output, ...write.slice(1)], output);
  });

  it.each(WRITES.map((write) => [write[0]!, write] as const))("%s IN --in-place: exit 2, the line, IN untouched", async (_command, write) => {
    await refused([write[0]!, input, "--in-place", ...write.slice(1)]);
  });
});

describe("bin/action-plan as a user runs it", () => {
  it("colour --in-place on a damaged plan: exit 2, exactly the one line on stderr (no stack trace), the file unchanged", async () => {
    const bytes = corruptCompressedData(await planDocx(), "word/document.xml");
    const input = folder.file("process-damaged.docx");
    writeFileSync(input, bytes);
    const bin = join(__dirname, "..", "..", "bin", "action-plan");
    const failure = await promisify(execFile)(process.execPath, [bin, "colour", input, "--in-place", "--as-of", "2022-01-20"]).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    expect(failure).toEqual({ code: 2, stdout: "", stderr: contentOf("word/document.xml") });
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
  }, 30_000);
});

describe("a DocumentError whose message quotes text with line breaks", () => {
  it("is still printed as one line (the state part's unexpected content is quoted with its line breaks folded)", async () => {
    const zip = await JSZip.loadAsync(await writeDocx(planDoc(resolutionSection(1, "Rules of procedure", [{ id: "01-01" }]))));
    zip.file("customXml/item1.xml", '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1">\n<bogus a="x\r\n  y"/>\n</actionPlanState>');
    const input = folder.file("state-with-line-breaks.docx");
    writeFileSync(input, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    // check reads on with a finding; colour refuses, and its one line quotes the content with the breaks folded.
    const run = await runCli(["colour", input, folder.file("state-with-line-breaks.out.docx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('action-plan: The add-in\'s document state has unexpected content near "<bogus a="x y"/> ".\n');
  });
});

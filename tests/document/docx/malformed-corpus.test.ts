/**
 * The malformed-document corpus (tests/support/malformed/): each document through the .docx adapter and through
 * `action-plan check` (and, for some, a second command), with the outcome tests/support/malformed/README.md promises.
 * Unusable documents: exit 2, the message, nothing written by a write command. Usable ones: exit 0/1, the items, the
 * findings. The README's table is checked against corpus.ts so the two cannot drift apart.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckJson } from "../../../src/cli/reports/check-json";
import { topLevelTables } from "../../../src/domain/document-model";
import { allItems } from "../../../src/domain/plan";
import { openDocx } from "../../../src/document/docx/docx-document";
import { isDocumentError } from "../../../src/document/document-error";
import { WordDocument } from "../../../src/document/word/word-document";
import { createSimulatedWord, installSimulatedOffice } from "../../../src/simulator";
import { runCli, temporaryFolder } from "../../support/docx/cli-harness";
import { corpus, type MalformedCase } from "../../support/malformed/corpus";

const CASES = corpus();
const folder = temporaryFolder();
afterAll(() => folder.remove());

const built = new Map<string, Promise<Uint8Array>>();
function bytesOf(entry: MalformedCase): Promise<Uint8Array> {
  if (!built.has(entry.id)) built.set(entry.id, entry.build());
  return built.get(entry.id)!;
}

/** What the .docx adapter says: the DocumentError code, or the number of items read (structure's refusal when there are none). */
async function adapterOutcome(bytes: Uint8Array): Promise<string | number> {
  try {
    const doc = await openDocx(bytes);
    const items = allItems((await doc.read()).plan).length;
    if (items > 0) return items;
    await doc.structure();
    return "structure accepted a document without items";
  } catch (error) {
    if (!isDocumentError(error)) throw error;
    return error.code;
  }
}

describe("the corpus and its README", () => {
  it("the README's table lists exactly the corpus, each with its exit code and error code or finding rules", () => {
    const rows = readFileSync(join(__dirname, "..", "..", "support", "malformed", "README.md"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    expect(rows.map((row) => row[1])).toEqual(CASES.map((entry) => `\`${entry.id}.docx\``));
    CASES.forEach((entry, index) => {
      const expected = rows[index]![3]!;
      expect({ id: entry.id, exit: expected.startsWith(`exit ${entry.expected.exit},`) }).toEqual({ id: entry.id, exit: true });
      const mentions = entry.expected.exit === 2 ? [entry.expected.code] : [`${entry.expected.items} item`, ...entry.expected.rules];
      for (const mention of mentions) expect({ id: entry.id, mention, found: expected.includes(mention) }).toEqual({ id: entry.id, mention, found: true });
    });
  });
});

describe.each(CASES.map((entry) => [entry.id, entry] as const))("%s.docx", (id, entry) => {
  it("gives the expected outcome in the .docx adapter and in `action-plan check`", async () => {
    const bytes = await bytesOf(entry);
    const input = folder.file(`${id}.docx`);
    writeFileSync(input, bytes);
    const expected = entry.expected;
    const text = await runCli(["check", input, "--as-of", "2022-01-20"]);
    expect({ exit: text.code }).toEqual({ exit: expected.exit });
    if (expected.exit === 2) {
      expect(await adapterOutcome(bytes)).toBe(expected.code);
      expect(text.stdout).toBe("");
      expect(text.stderr).toMatch(/^action-plan: /);
      expect(text.stderr).toMatch(expected.message);
      expect(text.stderr).not.toMatch(/unexpected error|root:/);
      const output = folder.file(`${id}-coloured.docx`);
      const before = readdirSync(folder.path).sort();
      expect((await runCli(["colour", input, output, "--as-of", "2022-01-20"])).code).toBe(2);
      expect(existsSync(output)).toBe(false);
      expect(readdirSync(folder.path).sort()).toEqual(before);
      expect(readFileSync(input)).toEqual(Buffer.from(bytes));
      return;
    }
    expect(await adapterOutcome(bytes)).toBe(expected.items);
    expect(text.stderr).toBe("");
    const rulesSeen = new Set([...text.stdout.matchAll(/^\s+- ([a-z-]+) \((?:error|warning|info)\):/gm)].map((match) => match[1]!));
    for (const rule of expected.rules) expect({ rule, seen: rulesSeen.has(rule) }).toEqual({ rule, seen: true });
    const json = JSON.parse((await runCli(["check", input, "--as-of", "2022-01-20", "--format", "json"])).stdout) as CheckJson;
    expect(json.summary.items).toBe(expected.items);
    if (entry.also) {
      const output = folder.file(`${id}-${entry.also.command}.docx`);
      const run = await runCli([entry.also.command, input, output, ...(entry.also.command === "colour" ? ["--as-of", "2022-01-20"] : [])]);
      expect({ exit: run.code, stderr: run.stderr }).toEqual({ exit: entry.also.exit, stderr: "" });
      expect(run.stdout).toMatch(entry.also.stdout);
    }
  }, 30_000);
});

describe("a cell wrapped in a control with a newer add-in's tag (future-version-control.docx)", () => {
  const entry = CASES.find((candidate) => candidate.id === "future-version-control")!;

  it("Word: structure reports the cell as a conflicting control and leaves it as it is (docs/content-controls.md)", async () => {
    const doc = await openDocx(await bytesOf(entry));
    const model = doc.model();
    const cell = topLevelTables(model)[0]!.rows[1]!.cells[2]!;
    // The .docx reader sees the control around the cell's paragraph; give the simulator the cell-level control Word has.
    cell.control = { tag: "ap/2/item/01-01/milestone", title: "From a newer add-in" };
    for (const block of cell.blocks) if (block.kind === "paragraph") delete block.controls;
    const sim = createSimulatedWord(model);
    const restore = installSimulatedOffice(globalThis, sim);
    try {
      const report = await new WordDocument().structure();
      expect(report.skipped.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([
        "conflicting-control: Item 01-01, milestone: not structured because its control is tagged ap/2/item/01-01/milestone, not as this item's milestone.",
      ]);
      expect(report.wrapped).toBe(11);
    } finally {
      restore();
    }
  });

  // The .docx reader used to attach a control whose ap/ tag does not parse to the paragraph instead of the cell, so
  // the shared field-cell rules never saw it and structure wrapped the cell in a second (v1) control, unlike Word.
  test(".docx: structure reports it as a conflicting control and wraps the other 11 cells only, as Word does", async () => {
    const doc = await openDocx(await bytesOf(entry));
    const report = await doc.structure();
    expect(report.skipped.map((finding) => finding.rule)).toEqual(["conflicting-control"]);
    expect(report.wrapped).toBe(11);
  });
});

describe(".docx setField into a cell held by another control of the add-in", () => {
  it("is refused with NotStructured, as the Word adapter refuses it, and nothing is written", async () => {
    const doc = await openDocx(await bytesOf(CASES.find((candidate) => candidate.id === "future-version-control")!));
    const read = await doc.read();
    const item = allItems(read.plan).find((candidate) => candidate.id === "01-01")!;
    await expect(doc.setField(item.key, "milestone", "WTSA-24", read.fingerprints)).rejects.toMatchObject({ code: "NotStructured" });
  });
});

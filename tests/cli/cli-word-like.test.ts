/**
 * The CLI on the Word-like plan (the actual plan as Word writes it, src/fixture/word-like): the same golden figures
 * and the same state for every item as the clean plan; structure, colour, uncolour and unstructure keep every
 * reading, never take a person's red (in any of its forms) for the tool's, and write valid WordprocessingML.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { openDocx } from "../../src/document/docx/docx-document";
import { allItems } from "../../src/domain/plan";
import { planDocx } from "../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";
import { validateDocumentXml, wordSchemaAvailable } from "../support/docx/wordml-schema";
import { wordLike } from "../support/docx/word-like";
import { zipText } from "../support/docx/zip-entries";

const folder = temporaryFolder();
const cleanPath = folder.file("clean.docx");
const wordPath = folder.file("word-like.docx");

beforeAll(async () => {
  writeFileSync(cleanPath, await planDocx());
  writeFileSync(wordPath, (await wordLike()).bytes);
});
afterAll(() => folder.remove());

async function checkJson(path: string): Promise<CheckJson> {
  const run = await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"]);
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as CheckJson;
}

async function readings(path: string) {
  const { plan } = await (await openDocx(readFileSync(path))).read();
  return allItems(plan).map((item) => ({ key: item.key, action: item.action, milestone: item.milestoneText, periodic: item.periodicMet, completed: item.completed, status: item.status, red: item.numberCellRed, shading: item.numberCellShading }));
}

describe("check on the Word-like plan", () => {
  it("gives the clean plan's golden figures and the same state for every item", async () => {
    const clean = await checkJson(cleanPath);
    const word = await checkJson(wordPath);
    expect(word.summary).toEqual(clean.summary);
    expect(word.summary).toMatchObject({ items: 375, completed: 40, periodicMet: 366 });
    expect(new Set(word.items.map((item) => item.resolution)).size).toBe(60);
    const states = (json: CheckJson) => json.items.map((item) => [item.id ?? item.proposedId, item.state, item.milestone, item.dueDates.join(" ")]);
    expect(states(word)).toEqual(states(clean));
  });
});

describe("writing commands on the Word-like plan", () => {
  it("structure → colour → uncolour → unstructure: every reading kept, the person's red kept, valid WordprocessingML at each step", async () => {
    const { expected } = await wordLike();
    const personRed = expected.filter((item) => item.numberCellRed).map((item) => item.key);
    const before = await readings(wordPath);
    const steps: [string, string[]][] = [
      ["structure", ["structure", wordPath, folder.file("1.docx")]],
      ["colour", ["colour", folder.file("1.docx"), folder.file("2.docx"), "--as-of", "2022-01-20"]],
      ["uncolour", ["uncolour", folder.file("2.docx"), folder.file("3.docx")]],
      ["unstructure", ["unstructure", folder.file("3.docx"), folder.file("4.docx")]],
    ];
    for (const [name, argv] of steps) {
      const run = await runCli(argv);
      expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: "" });
      if (name === "colour") expect(run.stdout).toContain(`  ${personRed.length} red boxes set by a person kept as they are\n`);
      const written = argv[2]!;
      const now = await readings(written);
      // Colouring shades number cells: everything else, and the person's red cells entirely, read as before.
      const withoutToolRed = (list: typeof before) => list.map((item) => (personRed.includes(item.key) ? item : { ...item, red: undefined, shading: undefined }));
      expect(withoutToolRed(now)).toEqual(withoutToolRed(before));
      if (wordSchemaAvailable() === null) expect({ name, schema: validateDocumentXml(await zipText(readFileSync(written), "word/document.xml")) }).toEqual({ name, schema: { kind: "valid" } });
    }
    expect(await readings(folder.file("4.docx"))).toEqual(before);
    const state = await zipText(readFileSync(folder.file("2.docx")), "customXml/item1.xml");
    for (const key of personRed) expect(state).not.toContain(`item="${key}"`);
  }, 300_000);
});

/**
 * The layer rules of eslint.config.mjs fire: one violating file per rule (linted as text at the path it would have),
 * each expected to be refused by the rule named; and legal files of the same layers pass, so the cases are not
 * vacuous. A rule that stops firing (a typo in a pattern, a layer left out) fails here.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const IMPORTS = "@typescript-eslint/no-restricted-imports";
const SYNTAX = "no-restricted-syntax";
const GLOBALS = "no-restricted-globals";

interface Case {
  file: string;
  code: string;
  rule: string;
}

const ILLEGAL: Record<string, Case[]> = {
  "domain importing another layer, the simulator or a fixture": [
    { file: "src/domain/x.ts", code: 'import { createSimulatedWord } from "../simulator";\nexport const s = createSimulatedWord;', rule: IMPORTS },
    { file: "src/domain/rules/x.ts", code: 'import { buildSeedDocModel } from "../../fixture/seed-text";\nexport const b = buildSeedDocModel;', rule: IMPORTS },
    { file: "src/domain/x.ts", code: 'import type { DocumentPort } from "../document/port";\nexport type P = DocumentPort;', rule: IMPORTS },
    { file: "src/domain/x.ts", code: 'import { jobs } from "../jobs/validate";\nexport const j = jobs;', rule: IMPORTS },
    { file: "src/domain/x.ts", code: 'import JSZip from "jszip";\nexport const z = JSZip;', rule: IMPORTS },
    { file: "src/domain/x.ts", code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;', rule: IMPORTS },
  ],
  "a dynamic import() across a layer": [
    { file: "src/domain/x.ts", code: 'export const load = () => import("../document/port");', rule: SYNTAX },
    { file: "src/taskpane/components/X.tsx", code: 'export const load = () => import("../../document/word/word-document");', rule: SYNTAX },
    { file: "src/jobs/x.ts", code: 'export const load = (name: string) => import(name);', rule: SYNTAX },
  ],
  "Buffer, OfficeExtension, fetch or navigator used in domain": [
    { file: "src/domain/x.ts", code: 'export const b = Buffer.from("x");', rule: GLOBALS },
    { file: "src/domain/x.ts", code: "export const e = OfficeExtension.Error;", rule: GLOBALS },
    { file: "src/domain/x.ts", code: 'export const f = () => fetch("https://example.org");', rule: GLOBALS },
    { file: "src/domain/x.ts", code: "export const n = () => navigator.language;", rule: GLOBALS },
  ],
  "a .tsx file in domain": [{ file: "src/domain/View.tsx", code: "export const view = 1;", rule: SYNTAX }],
  "cli importing commands, simulator, playground or Word": [
    { file: "src/cli/x.ts", code: 'import { validatePlanCommand } from "../commands/validate-plan";\nexport const v = validatePlanCommand;', rule: IMPORTS },
    { file: "src/cli/commands/x.ts", code: 'import { createSimulatedWord } from "../../simulator";\nexport const s = createSimulatedWord;', rule: IMPORTS },
    { file: "src/cli/x.ts", code: 'import { Playground } from "../playground/Playground";\nexport const p = Playground;', rule: IMPORTS },
    { file: "src/cli/x.ts", code: 'import { WordDocument } from "../document/word/word-document";\nexport const w = WordDocument;', rule: IMPORTS },
  ],
  "docx importing word": [{ file: "src/document/docx/x.ts", code: 'import { WordDocument } from "../word/word-document";\nexport const w = WordDocument;', rule: IMPORTS }],
  "document importing jszip (or an adapter) at its root": [
    { file: "src/document/x.ts", code: 'import JSZip from "jszip";\nexport const z = JSZip;', rule: IMPORTS },
    { file: "src/document/x.ts", code: 'import { openDocx } from "./docx/docx-document";\nexport const o = openDocx;', rule: IMPORTS },
  ],
  "storage importing the simulator, a fixture or an adapter, or using Word/Office globals": [
    { file: "src/storage/x.ts", code: 'import { createSimulatedWord } from "../simulator";\nexport const s = createSimulatedWord;', rule: IMPORTS },
    { file: "src/storage/x.ts", code: 'import { scaledPlan } from "../fixture/scaled-plan";\nexport const s = scaledPlan;', rule: IMPORTS },
    { file: "src/storage/x.ts", code: 'import { WordDocument } from "../document/word/word-document";\nexport const w = WordDocument;', rule: IMPORTS },
    { file: "src/storage/x.ts", code: 'import { emptySharedState } from "../document/shared-state";\nexport const e = emptySharedState;', rule: IMPORTS },
    { file: "src/storage/x.ts", code: "export const w = () => Word.run;", rule: GLOBALS },
    { file: "src/storage/x.ts", code: "export const o = () => Office.context;", rule: GLOBALS },
  ],
  "taskpane importing Word internals or the simulator": [
    { file: "src/taskpane/components/X.tsx", code: 'import { readDocument } from "../../document/word/read";\nexport const r = readDocument;', rule: IMPORTS },
    { file: "src/taskpane/services/x.ts", code: 'import { createSimulatedWord } from "../../simulator";\nexport const s = createSimulatedWord;', rule: IMPORTS },
    { file: "src/taskpane/App.tsx", code: 'import { WordDocument } from "../document/word/word-document";\nexport const w = WordDocument;', rule: IMPORTS },
    { file: "src/taskpane/services/x.ts", code: "export const w = () => Word.run;", rule: GLOBALS },
  ],
  "commands importing taskpane": [{ file: "src/commands/x.ts", code: 'import { strings } from "../taskpane/strings";\nexport const s = strings;', rule: IMPORTS }],
  "jobs importing an adapter or a presenter": [
    { file: "src/jobs/x.ts", code: 'import { openDocx } from "../document/docx/docx-document";\nexport const o = openDocx;', rule: IMPORTS },
    { file: "src/jobs/x.ts", code: 'import { strings } from "../taskpane/strings";\nexport const s = strings;', rule: IMPORTS },
  ],
  "src importing tests": [
    { file: "src/playground/x.ts", code: 'import { planModel } from "../../tests/support/docx/actual-plan";\nexport const p = planModel;', rule: IMPORTS },
    { file: "src/cli/demo2.ts", code: 'import { seedText } from "../../tests/support/docx/actual-plan";\nexport const s = seedText;', rule: IMPORTS },
    { file: "src/fixture/x.ts", code: 'import { seedText } from "../../tests/support/docx/actual-plan";\nexport const s = seedText;', rule: IMPORTS },
  ],
  "playground and fixture importing what they must not": [
    { file: "src/playground/x.ts", code: 'import { main } from "../cli/main";\nexport const m = main;', rule: IMPORTS },
    { file: "src/playground/x.ts", code: 'import { openDocx } from "../document/docx/docx-document";\nexport const o = openDocx;', rule: IMPORTS },
    { file: "src/fixture/x.ts", code: 'import { WordDocument } from "../document/word/word-document";\nexport const w = WordDocument;', rule: IMPORTS },
  ],
  "calendar-file importing Node, the port or the UI": [
    { file: "src/calendar-file/x.ts", code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;', rule: IMPORTS },
    { file: "src/calendar-file/x.ts", code: 'import type { DocumentPort } from "../document/port";\nexport type P = DocumentPort;', rule: IMPORTS },
    { file: "src/domain/x.ts", code: 'import ICAL from "ical.js";\nexport const i = ICAL;', rule: IMPORTS },
  ],
  "tests, bench and scripts": [
    { file: "tests/domain/x.test.ts", code: 'import { WordDocument } from "../../src/document/word/word-document";\nexport const w = WordDocument;', rule: IMPORTS },
    { file: "tests/document/x.test.ts", code: 'import { suite } from "../../bench/suites/domain";\nexport const s = suite;', rule: IMPORTS },
    { file: "tests/taskpane/x.test.ts", code: 'import { OfficeMockObject } from "office-addin-mock";\nexport const o = OfficeMockObject;', rule: IMPORTS },
    { file: "bench/suites/x.ts", code: 'import { App } from "../../src/taskpane/App";\nexport const a = App;', rule: IMPORTS },
    { file: "scripts/x.ts", code: 'import { strings } from "../src/taskpane/strings";\nexport const s = strings;', rule: IMPORTS },
  ],
};

const LEGAL: Case[] = [
  { file: "src/domain/x.ts", code: 'import { allItems } from "./plan";\nexport const a = allItems;', rule: "" },
  { file: "src/jobs/x.ts", code: 'import type { DocumentPort } from "../document/port";\nimport { validatePlan } from "../domain/validate";\nexport type P = DocumentPort;\nexport const v = validatePlan;', rule: "" },
  { file: "src/storage/x.ts", code: 'import type { SharedStateAccess } from "../document/port";\nexport type A = SharedStateAccess;', rule: "" },
  { file: "src/taskpane/components/X.tsx", code: 'import { validateJob } from "../../jobs/validate";\nexport const load = () => import("./Other");\nexport const v = validateJob;', rule: "" },
  { file: "src/taskpane/index.tsx", code: 'import { WordDocument } from "../document/word/word-document";\nexport const w = WordDocument;', rule: "" },
  { file: "src/cli/commands/x.ts", code: 'import { openDocx } from "../../document/docx/docx-document";\nimport { validateJob } from "../../jobs/validate";\nexport const o = [openDocx, validateJob];', rule: "" },
  { file: "src/cli/x.ts", code: 'import { readCalendarFile } from "../calendar-file/calendar-file";\nexport const r = readCalendarFile;', rule: "" },
  { file: "src/simulator/x.ts", code: 'import { createDocumentProxy } from "./proxies/document";\nexport const d = createDocumentProxy;', rule: "" },
  { file: "tests/domain/x.test.ts", code: 'import { recognizePlan } from "../../src/domain/recognizer";\nimport { planModel } from "../support/docx/actual-plan";\nexport const r = [recognizePlan, planModel];', rule: "" },
];

const SAMPLES = [...Object.values(ILLEGAL).flat(), ...LEGAL];
let fired: string[][] = [];

beforeAll(() => {
  const output = execFileSync(process.execPath, [join(ROOT, "tests", "support", "lint-samples.mjs"), ROOT], { input: JSON.stringify(SAMPLES), encoding: "utf8" });
  fired = JSON.parse(output) as string[][];
}, 120_000);

async function rulesFired(sample: Case): Promise<string[]> {
  return fired[SAMPLES.indexOf(sample)]!;
}

describe.each(Object.entries(ILLEGAL))("%s", (_category, cases) => {
  it.each(cases.map((sample) => [sample.file, sample.code.split("\n")[0], sample] as const))("%s: %s → refused", async (_file, _line, sample) => {
    expect(await rulesFired(sample)).toContain(sample.rule);
  });
});

describe("legal files of the same layers", () => {
  it.each(LEGAL.map((sample) => [sample.file, sample] as const))("%s passes", async (_file, sample) => {
    expect(await rulesFired(sample)).toEqual([]);
  });
});

/**
 * `npm run demo`: the main job on the embedded actual plan, without Word. Builds the plan as a .docx from
 * the committed seed text (with the red boxes a person set), runs the CLI's structure and colour on a copy
 * as of 2022-01-20, and writes a readable report next to it in out/demo/ (or the folder given with --out).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { SEED_TEXT_PATH } from "../fixture/seed-file";
import { actualPlanDocx, PERSON_RED_NUMBER_CELLS } from "../fixture/actual-plan-docx";
import { validateJob, type Validated } from "../jobs/validate";
import { openInput } from "./open-input";
import { settled } from "./settled";
import type { CliIo } from "./cli-io";
import { main } from "./main";
import { nodeIo } from "./node-io";
import { progressOn } from "./progress";
import { checkMarkdown } from "./reports/check-markdown";

const AS_OF = "2022-01-20";
const ROOT = resolve(__dirname, "..", "..");
const SEED = SEED_TEXT_PATH;

function outputFolder(argv: readonly string[]): string {
  const at = argv.indexOf("--out");
  if (at >= 0 && argv[at + 1]) return resolve(argv[at + 1]!);
  return join(ROOT, "out", "demo");
}

async function demo(argv: readonly string[]): Promise<number> {
  const io = nodeIo();
  const out = outputFolder(argv);
  const shown = (path: string): string => relative(process.cwd(), path) || ".";
  mkdirSync(out, { recursive: true });
  const original = join(out, "wtsa16-action-plan.docx");
  const result = join(out, "wtsa16-action-plan.structured-coloured.docx");
  const report = join(out, "report.md");

  await io.writeFileAtomic(original, await actualPlanDocx(readFileSync(SEED, "utf8")));
  const captured: string[] = [];
  const quiet: CliIo = { ...io, stdout: (text) => void captured.push(text) };
  for (const argv of [
    ["structure", shown(original), shown(result)],
    ["colour", shown(result), "--in-place", "--as-of", AS_OF],
  ]) {
    const code = await main(argv, quiet);
    if (code !== 0) return code;
  }

  const { read, result: validation } = settled<Validated>(await validateJob(await openInput(result, io, progressOn(io)), { asOf: AS_OF, colour: false }), "check");
  const red = Object.entries(PERSON_RED_NUMBER_CELLS).map(([id, colour]) => `${id} (${colour})`).join(", ");
  const actions = [...captured.join("").trimEnd().split("\n"), `Red boxes a person set in the fixture (kept as they were): ${red}.`];
  const markdown = checkMarkdown(read.plan, validation, { title: "Action Plan for implementation of WTSA-16 Resolutions — check", actions });
  await io.writeFileAtomic(report, new TextEncoder().encode(markdown));

  const { summary } = validation;
  io.stdout(
    [
      `Action plan demo (as of ${AS_OF}, no Word needed):`,
      `  plan as a .docx:           ${shown(original)}`,
      `  structured and coloured:   ${shown(result)}`,
      `  report:                    ${shown(report)}`,
      "",
      ...actions.map((action) => `  ${action}`),
      "",
      `  ${summary.resolutions} resolutions, ${summary.items} items: ${summary.states.jeopardy} in jeopardy, ${summary.states.attention} need attention, ${summary.states.ok} on track, ${summary.states.done} done.`,
      `  Same check from the command line: npx action-plan check ${shown(original)} --as-of ${AS_OF}`,
      "",
    ].join("\n"),
  );
  return 0;
}

demo(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

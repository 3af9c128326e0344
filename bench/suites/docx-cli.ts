/**
 * The CLI on the actual plan as a .docx, ×1 and ×10: `check` and `colour` (in-process `main`, so Node and tsx
 * start-up are not counted) and, where LibreOffice is installed, the time `soffice` needs just to convert the
 * same file to text, measured side by side in the same run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/node-io";
import { actualPlanModel } from "../../src/fixture/actual-plan-docx";
import { writeDocx } from "../../src/fixture/docx-writer";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { medianMs, type BenchSuite } from "../table";
import { readSeedText } from "../../src/fixture/seed-file";

const quiet: CliIo = { ...nodeIo(), stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false };

function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

const suite: BenchSuite = {
  title: "CLI on .docx: check and colour vs LibreOffice's conversion to text",
  async run() {
    const folder = mkdtempSync(join(tmpdir(), "bench-docx-"));
    const withSoffice = sofficeAvailable();
    try {
      const base = actualPlanModel(readSeedText());
      const rows: (string | number)[][] = [];
      for (const times of [1, 10]) {
        const input = join(folder, `plan-x${times}.docx`);
        const bytes = await writeDocx(scaledPlan(base, times));
        writeFileSync(input, bytes);
        const repeat = times === 1 ? 5 : 3;
        const checkMs = await medianMs(() => main(["check", input, "--as-of", "2022-01-20", "--format", "json"], quiet), repeat);
        const colourMs = await medianMs(() => main(["colour", input, join(folder, `out-x${times}.docx`), "--as-of", "2022-01-20"], quiet), repeat);
        let sofficeMs: number | string = "not installed";
        if (withSoffice) {
          const profile = `file://${join(folder, "lo-profile")}`;
          sofficeMs = await medianMs(
            () => execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "txt:Text", "--outdir", folder, input], { stdio: "ignore" }),
            times === 1 ? 3 : 1,
          );
        }
        rows.push([`×${times}`, Math.round(bytes.length / 1024), checkMs, colourMs, sofficeMs]);
      }
      return {
        columns: ["plan", ".docx KiB", "check ms (median)", "colour ms (median)", "soffice --convert-to txt ms"],
        rows,
        notes: [
          "check = read + recognize + validate + JSON; colour = read + validate + shade + save + atomic write.",
          "soffice is LibreOffice headless with a private profile (its first start, the warm-up run, is not counted); it only converts, it does not check.",
          "Most of the CLI's time is parsing word/document.xml into @xmldom/xmldom's DOM (building its nodes, and the garbage collector); xmldom 0.9.x built a name regex for every end tag, now built once (src/document/docx/xmldom-regex-cache.ts; the run before it: check ×1 411 ms, ×10 3982 ms; colour ×1 602 ms, ×10 5822 ms).",
        ],
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

export default suite;

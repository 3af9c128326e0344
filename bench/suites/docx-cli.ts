/**
 * The CLI on .docx files as a user runs it (`node bin/action-plan check|colour`, a whole process each time) next to
 * LibreOffice's mere conversion of the same file to text (`soffice --headless --convert-to txt`), in the same run:
 * our fixture of the actual plan ×1 and ×10, and LibreOffice-written copies of it (`soffice --convert-to docx` of the
 * fixture: verbose markup we did not write). Medians; ratios to soffice; peak RSS; cost per MB of XML (linearity).
 * Installs LibreOffice (apt-get install libreoffice-writer-nogui) when it is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { actualPlanModel } from "../../src/fixture/actual-plan-docx";
import { writeDocx } from "../../src/fixture/docx-writer";
import { libreOfficeAvailable, libreOfficeCopy } from "../../src/fixture/libreoffice-copy";
import { scaledPlan } from "../../src/fixture/scaled-plan";
import { readSeedText } from "../../src/fixture/seed-file";
import { type BenchSuite } from "../table";

const REPO = join(__dirname, "..", "..");
const BIN = join(REPO, "bin", "action-plan");
const TIME = "/usr/bin/time";

function ensureLibreOffice(): boolean {
  if (libreOfficeAvailable()) return true;
  process.stderr.write("installing libreoffice-writer-nogui for the comparison…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "libreoffice-writer-nogui"], { stdio: "inherit", env });
  return libreOfficeAvailable();
}

/** Wall ms of one whole process. */
function wallMs(file: string, args: string[]): number {
  const start = performance.now();
  spawnSync(file, args, { cwd: REPO, stdio: "ignore" });
  return performance.now() - start;
}

/** Peak RSS (MiB) of one run, from GNU time; null without it. */
function peakMiB(args: string[]): number | null {
  if (!existsSync(TIME)) return null;
  const run = spawnSync(TIME, ["-f", "%M", process.execPath, ...args], { cwd: REPO, encoding: "utf8" });
  const kib = Number(run.stderr.trim().split("\n").pop());
  return Number.isFinite(kib) ? Math.round(kib / 102.4) / 10 : null;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const round = (value: number): number => Math.round(value);

async function documentXmlMB(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((file) => /^word\/document\d*\.xml$/.test(file))!;
  return (await zip.file(name)!.async("uint8array")).length / 1e6;
}

const suite: BenchSuite = {
  title: "CLI on .docx: check and colour vs LibreOffice's conversion to text",
  async run() {
    execFileSync(process.execPath, [join(REPO, "scripts", "build-cli.mjs")], { cwd: REPO, stdio: "inherit" }); // the CLI as npm ci builds it
    const folder = mkdtempSync(join(tmpdir(), "bench-docx-"));
    const withSoffice = ensureLibreOffice();
    try {
      const base = actualPlanModel(readSeedText());
      const inputs: { name: string; bytes: Uint8Array; times: number }[] = [];
      for (const times of [1, 10]) {
        const bytes = await writeDocx(scaledPlan(base, times));
        inputs.push({ name: `fixture ×${times}`, bytes, times });
        if (withSoffice) inputs.push({ name: `LibreOffice-written ×${times}`, bytes: libreOfficeCopy(bytes)!, times });
      }
      const rows: (string | number)[][] = [];
      const perMB = new Map<string, number>();
      const profile = `file://${join(folder, "lo-profile")}`;
      const soffice = (input: string): number =>
        wallMs("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "txt:Text", "--outdir", join(folder, "txt"), input]);
      if (withSoffice) soffice(join(REPO, "package.json")); // LibreOffice's first start (profile creation) is not counted
      for (const input of inputs) {
        const path = join(folder, `${input.name.replace(/\W+/g, "-")}.docx`);
        writeFileSync(path, input.bytes);
        const out = join(folder, "out.docx");
        const check = [BIN, "check", path, "--as-of", "2022-01-20", "--format", "json"];
        const colour = [BIN, "colour", path, out, "--as-of", "2022-01-20"];
        const repeat = input.times === 1 ? 5 : 3;
        const times = { check: [] as number[], colour: [] as number[], soffice: [] as number[] };
        wallMs(process.execPath, check); // warm the file cache
        for (let run = 0; run < repeat; run++) {
          // Interleaved, so a busy moment of the shared machine falls on all three alike.
          times.check.push(wallMs(process.execPath, check));
          times.colour.push(wallMs(process.execPath, colour));
          if (withSoffice && (input.times === 1 || run < 2)) times.soffice.push(soffice(path));
        }
        const checkMs = median(times.check);
        const colourMs = median(times.colour);
        const sofficeMs = times.soffice.length > 0 ? median(times.soffice) : null;
        const xmlMB = await documentXmlMB(input.bytes);
        const kind = input.name.replace(/ ×\d+$/, "");
        const msPerMB = checkMs / xmlMB;
        if (input.times === 1) perMB.set(kind, msPerMB);
        rows.push([
          input.name,
          Math.round(input.bytes.length / 1024),
          Math.round(xmlMB * 10) / 10,
          round(checkMs),
          round(colourMs),
          sofficeMs === null ? "not installed" : round(sofficeMs),
          sofficeMs === null ? "–" : `${(sofficeMs / checkMs).toFixed(1)}×`,
          sofficeMs === null ? "–" : `${(sofficeMs / colourMs).toFixed(1)}×`,
          peakMiB(check) ?? "–",
          peakMiB(colour) ?? "–",
          `${round(msPerMB)} (${(msPerMB / perMB.get(kind)!).toFixed(2)}×)`,
        ]);
      }
      return {
        columns: [
          "file",
          ".docx KiB",
          "document.xml MB",
          "check ms (median)",
          "colour ms (median)",
          "soffice --convert-to txt ms (median)",
          "check: soffice / check",
          "colour: soffice / colour",
          "check peak RSS MiB",
          "colour peak RSS MiB",
          "check ms per MB of XML (vs ×1)",
        ],
        rows,
        notes: [
          "Whole processes as a user runs them: node bin/action-plan (the compiled CLI, start-up included); check = read + recognize + validate + JSON; colour = read + validate + shade + save + atomic write.",
          "Interleaved runs (check, colour, soffice), medians of 5 (×1) and 3 (×10; soffice 2 at ×10). soffice is LibreOffice headless with a private profile, whose first start is not counted; it only converts, it does not check.",
          "The LibreOffice-written copies are `soffice --convert-to docx` of the fixture, made in this run (never committed).",
          "Targets (issue 11): check ≥ 10× faster than soffice at ×1 and ≥ 15× at ×10; colour ≥ 8× at ×1 and ≥ 12× at ×10; check's peak RSS at ×10 ≤ 300 MiB; cost linear in file size (ms per MB of XML flat from ×1 to ×10).",
          `Load average when it ran: ${(await import("node:os")).loadavg()[0]!.toFixed(1)} on ${(await import("node:os")).cpus().length} cores (a shared machine: the ratios say more than the milliseconds).`,
        ],
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

export default suite;

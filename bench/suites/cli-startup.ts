/**
 * Start-up of the `action-plan` command as a user runs it (`node bin/action-plan --help`, a whole process), next to
 * Node starting with nothing to do, in the same run and interleaved (the machine is shared: the ratio to bare Node
 * says more than the milliseconds). Budget: --help in at most 100 ms. The compiled CLI is build/cli (npm ci builds it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ratio, type BenchSuite } from "../table";

const REPO = join(__dirname, "..", "..");
const BIN = join(REPO, "bin", "action-plan");
const RUNS = 21;
const TIME = "/usr/bin/time";

/** User + system CPU time of one run in ms (GNU time), or null without it: less inflated than wall time on a busy machine. */
function cpuMs(args: string[]): number | null {
  if (!existsSync(TIME)) return null;
  const run = spawnSync(TIME, ["-f", "%U %S", process.execPath, ...args], { cwd: REPO, encoding: "utf8" });
  const [user, system] = (run.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  return user === undefined || system === undefined ? null : (user + system) * 1000;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

const suite: BenchSuite = {
  title: "CLI start-up (whole process)",
  async run() {
    execFileSync(process.execPath, [join(REPO, "scripts", "build-cli.mjs")], { cwd: REPO, stdio: "inherit" }); // the CLI as npm ci builds it
    const commands: [string, string[]][] = [
      ["node -e 0 (Node alone)", ["-e", "0"]],
      ["node bin/action-plan --help", [BIN, "--help"]],
      ["node bin/action-plan --version", [BIN, "--version"]],
      ["before: node + tsx, src/cli/action-plan.ts --help", ["--require", "tsx/cjs", join(REPO, "src", "cli", "action-plan.ts"), "--help"]],
    ];
    const times = commands.map((): number[] => []);
    const cpu = commands.map((): number[] => []);
    for (const [, args] of commands) execFileSync(process.execPath, args, { cwd: REPO, stdio: "ignore" }); // warm the file cache
    for (let run = 0; run < RUNS; run++) {
      commands.forEach(([, args], index) => {
        const start = performance.now();
        execFileSync(process.execPath, args, { cwd: REPO, stdio: "ignore" });
        times[index]!.push(performance.now() - start);
        const used = cpuMs(args);
        if (used !== null) cpu[index]!.push(used);
      });
    }
    const medians = times.map(median);
    const cpuMedians = cpu.map((list) => (list.length > 0 ? median(list) : null));
    return {
      columns: ["command", "wall ms (median)", "vs Node alone", "CPU ms (median)"],
      rows: commands.map(([name], index) => [name, Math.round(medians[index]! * 10) / 10, ratio(medians[index]!, medians[0]!), cpuMedians[index] === null ? "–" : Math.round(cpuMedians[index]!)]),
      notes: [
        `${RUNS} runs of each, interleaved; wall time of the whole process (spawn to exit); CPU = user + system time of a separate run under GNU time (10 ms resolution).`,
        `Load average when it ran: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.`,
        "--help and --version load only the entry chunk of build/cli (a few KB): each command's code is a chunk loaded when it runs (src/cli/main.ts).",
      ],
    };
  },
};

export default suite;

/**
 * `npm run audit`: `npm audit --omit=dev`, decided by scripts/audit-decision.ts. Exits 1 on a high or critical
 * advisory in a runtime dependency. When the advisory service cannot be reached (some networks answer 405), it says
 * so and exits 0, unless AUDIT_REQUIRED=1 (use that where the service is reachable, e.g. before a release).
 */
import { spawnSync } from "node:child_process";
import { decideAudit } from "./audit-decision";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const outcome = decideAudit(run.stdout ?? "");

switch (outcome.kind) {
  case "clean":
    process.stdout.write(`npm audit (runtime dependencies): no high or critical advisory (${JSON.stringify(outcome.counts)})\n`);
    break;
  case "blocking":
    process.stderr.write(`npm audit (runtime dependencies): ${outcome.counts.high} high, ${outcome.counts.critical} critical\n  ${outcome.packages.join("\n  ")}\n`);
    process.exitCode = 1;
    break;
  case "unreachable":
    process.stdout.write(`npm audit NOT CHECKED: ${outcome.reason}\n`);
    if (process.env.AUDIT_REQUIRED === "1") process.exitCode = 1;
    break;
}

/**
 * `npm run validate [path/to/manifest.xml]`: the offline manifest check (no network, unlike
 * office-addin-manifest's validate, which calls a Microsoft service). Exits 1 on any problem.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, checkConsistency, checkSchema } from "./manifest-checks";

const path = process.argv[2] ?? join(REPO_ROOT, "manifest.xml");
const xml = readFileSync(path, "utf8");
const schema = checkSchema(xml);
const problems = [...(schema.kind === "invalid" ? schema.problems : []), ...checkConsistency(xml)];

if (schema.kind === "skipped") process.stdout.write(`${schema.reason}\n`);
if (problems.length > 0) {
  process.stderr.write(`${path}: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`${path}: valid${schema.kind === "valid" ? " (schema and consistency)" : " (consistency only)"}\n`);
}

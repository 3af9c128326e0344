// Lints code samples at the paths they would have, with the project's eslint.config.mjs, in a process of its own (jest
// cannot load the ESM config). Reads [{ file, code }] as JSON on stdin; prints, per sample, the rule ids that fired.
import { ESLint } from "eslint";
import { join } from "node:path";
import process from "node:process";

const root = process.argv[2];
let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: root });
const fired = [];
for (const sample of JSON.parse(input)) {
  const [result] = await eslint.lintText(sample.code, { filePath: join(root, sample.file) });
  fired.push((result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`));
}
process.stdout.write(JSON.stringify(fired));

/**
 * `npm run bench`: runs every suite in bench/suites (or those named on the command line),
 * prints one table per suite and writes them to bench/results.md (a partial run replaces only its own sections).
 * Benchmarks measure; tests assert. Nothing here fails a build.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchSuite } from "./table";
import { mergeResults } from "./merge-results";
import { renderMarkdown } from "./table";

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const dir = join(__dirname, "suites");
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  const header = `# Benchmark results\n\nMachine: ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString()}${wanted.length > 0 ? ` (this run: ${wanted.join(", ")}; other sections from an earlier run)` : ""}\n`;
  const sections: string[] = [];
  for (const file of files) {
    const name = file.replace(/\.ts$/, "");
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const suite = ((await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite }).default;
    process.stderr.write(`running ${suite.title}…\n`);
    const table = await suite.run();
    const markdown = renderMarkdown(suite.title, table);
    process.stdout.write(`${markdown}\n`);
    sections.push(markdown);
  }
  const resultsPath = join(__dirname, "results.md");
  const earlier = wanted.length > 0 && existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : null;
  writeFileSync(resultsPath, mergeResults(earlier, header, sections));
  process.stdout.write(`\nwritten to bench/results.md\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

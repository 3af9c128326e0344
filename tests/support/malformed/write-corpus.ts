/**
 * Writes the malformed-document corpus (corpus.ts) as .docx files, to try them in real Word or LibreOffice:
 *   npx tsx tests/support/malformed/write-corpus.ts DIR
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpus } from "./corpus";

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error("Usage: npx tsx tests/support/malformed/write-corpus.ts DIR");
  mkdirSync(folder, { recursive: true });
  for (const entry of corpus()) {
    const path = join(folder, `${entry.id}.docx`);
    writeFileSync(path, await entry.build());
    process.stdout.write(`${path}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * docs/cli.md is where a user of the CLI (or of the .docx adapter) looks up an error: its "Error codes" table must
 * list every DocumentError code, each with what it means and what to do, and no code the adapter does not have.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOCUMENT_ERROR_CODES } from "../../../src/document/document-error";

const doc = readFileSync(join(__dirname, "..", "..", "..", "docs", "cli.md"), "utf8");

/** The rows of the table under "## Error codes" (up to the next heading): code, meaning, what to do. */
function errorCodeRows(): string[][] {
  const section = doc.split(/^## /m).find((part) => part.startsWith("Error codes\n"));
  if (!section) throw new Error('docs/cli.md has no "## Error codes" section');
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) =>
      line
        .replace(/\\\|/g, "¦")
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('docs/cli.md "Error codes"', () => {
  it.each([...DOCUMENT_ERROR_CODES])("documents %s with what it means and what to do", (code) => {
    const row = errorCodeRows().find((cells) => cells[0] === `\`${code}\``);
    expect(row).toBeDefined();
    expect(row).toHaveLength(3);
    expect(row![1]!.length).toBeGreaterThan(20);
    expect(row![2]!.length).toBeGreaterThan(20);
  });

  it("documents no code the adapter does not have", () => {
    expect(errorCodeRows().map((cells) => cells[0]!.replace(/`/g, "")).sort()).toEqual([...DOCUMENT_ERROR_CODES].sort());
  });
});

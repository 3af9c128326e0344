/**
 * Validates a written word/document.xml against the ISO/IEC 29500 Transitional schemas in ../shared/ooxml-xsd:
 * markup-compatibility processing first (mce_strip.py, as Word's extensions need), then xmllint. CI installs xmllint
 * and python3 (.ci/run); where either or the schema folder is missing, the outcome says so instead of passing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const OOXML_XSD_DIR = join(__dirname, "..", "..", "..", "..", "shared", "ooxml-xsd");

export type WordSchemaOutcome = { kind: "valid" } | { kind: "invalid"; problems: string[] } | { kind: "unavailable"; reason: string };

export function wordSchemaAvailable(): WordSchemaOutcome | null {
  if (!existsSync(join(OOXML_XSD_DIR, "wml-with-xml-ns.xsd"))) return { kind: "unavailable", reason: `${OOXML_XSD_DIR} is absent` };
  for (const tool of ["xmllint", "python3"]) {
    if (spawnSync(tool, ["--version"], { encoding: "utf8" }).error) return { kind: "unavailable", reason: `${tool} is not installed` };
  }
  return null;
}

export function validateDocumentXml(xml: string): WordSchemaOutcome {
  const unavailable = wordSchemaAvailable();
  if (unavailable) return unavailable;
  const folder = mkdtempSync(join(tmpdir(), "wordml-schema-"));
  try {
    const input = join(folder, "document.xml");
    const stripped = join(folder, "document-mce.xml");
    writeFileSync(input, xml);
    const strip = spawnSync("python3", [join(OOXML_XSD_DIR, "mce_strip.py"), input, stripped], { encoding: "utf8" });
    if (strip.status !== 0) return { kind: "invalid", problems: [`mce_strip.py failed: ${strip.stderr.trim()}`] };
    const lint = spawnSync("xmllint", ["--nonet", "--noout", "--schema", "wml-with-xml-ns.xsd", stripped], { cwd: OOXML_XSD_DIR, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (lint.status === 0) return { kind: "valid" };
    const problems = lint.stderr.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !/validates$|fails to validate$/.test(line));
    return { kind: "invalid", problems: problems.slice(0, 20) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

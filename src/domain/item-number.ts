/**
 * Action item numbers: "01-04" = resolution 1, item 4. Opinion items use "OP-01". Numbers are normalized to two
 * digits on each side (three or four for resolutions above 99, as in generated large plans) so "1-4" and "01-04" are the same item.
 */

export interface ItemNumberCell {
  /** The cell's own number, normalized; null when the cell is empty or its first line is not a number. */
  id: string | null;
  /** Further numbers written in the cell, e.g. "44-25" from a second line "(44-25)". */
  altIds: string[];
  /** True when the cell has text but its first line is not an item number. */
  malformed: boolean;
}

const NUMBER_AT_START = /^\(?\s*(\d{1,4}|OP)\s*[-‐‑–]\s*(\d{1,2})([a-z]?)\s*\)?$/i;
const NUMBER_ANYWHERE = /\b(\d{1,4}|OP)\s*[-‐‑–]\s*(\d{1,2})([a-z]?)\b/gi;

export function parseItemNumberCell(text: string): ItemNumberCell {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return { id: null, altIds: [], malformed: false };
  const first = NUMBER_AT_START.exec(lines[0]!);
  const id = first ? normalizeItemNumber(first[1]!, first[2]!, first[3]!) : null;
  const altIds: string[] = [];
  for (const line of lines.slice(1)) {
    for (const match of line.matchAll(NUMBER_ANYWHERE)) {
      const alt = normalizeItemNumber(match[1]!, match[2]!, match[3]!);
      if (alt !== id && !altIds.includes(alt)) altIds.push(alt);
    }
  }
  return { id, altIds, malformed: id === null };
}

function normalizeItemNumber(prefix: string, serial: string, suffix: string): string {
  const head = /^op$/i.test(prefix) ? "OP" : String(Number(prefix)).padStart(2, "0");
  return `${head}-${serial.padStart(2, "0")}${suffix.toLowerCase()}`;
}

/** The number prefix items of a resolution carry: "01" for Resolution 1, "OP" for an opinion. */
export function itemPrefixFor(kind: "Resolution" | "Opinion", number: number): string {
  return kind === "Opinion" ? "OP" : String(number).padStart(2, "0");
}

export function prefixOf(itemId: string): string {
  return itemId.slice(0, itemId.lastIndexOf("-"));
}

export function serialOf(itemId: string): number {
  return Number.parseInt(itemId.slice(itemId.lastIndexOf("-") + 1), 10);
}

export function formatItemNumber(prefix: string, serial: number): string {
  return `${prefix}-${String(serial).padStart(2, "0")}`;
}

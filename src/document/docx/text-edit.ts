/**
 * Writes to word/document.xml as splices of its original text: each edit replaces one range of the source (often an
 * empty one: an insertion) and every character outside the edited ranges stays as it was, byte for byte.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function insertAt(at: number, text: string): TextEdit {
  return { start: at, end: at, text };
}

export function removeRange(start: number, end: number): TextEdit {
  return { start, end, text: "" };
}

/** The text with the edits applied; insertions at the same offset keep their order. Overlapping edits are a bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  const pieces: string[] = [];
  let at = 0;
  for (const { edit } of ordered) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) throw new Error(`Overlapping or invalid edit ${edit.start}–${edit.end} (at ${at})`);
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * Standardized status block (issue 2 §5): the contract, the text a person reads in the status cell, and the parser back.
 *
 * Rendered, one Word paragraph per line:
 *   [Status 2022-01-20 · TSAG, January 2022 · On track]
 *   Summary: SG17 agreed the new work item.
 *   A second paragraph of the summary.
 *   References: TSAG-TD1187; CL-21/3
 *   Next steps: Report to WTSA-20.
 *   [End of status]
 * Why this shape: the header reads like a dated heading; the state is last and comes from a fixed list, and the date is
 * first with a fixed shape, so the event in between may contain anything, even "·" or "]". Labels are recognized only at
 * the start of a line; a summary or next-steps line that would look structural (starts with a label, "[" or "\") is
 * written with a leading "\" that the parser removes, so any text survives. The end line lets narrative follow the block.
 */
import { isValidIsoDate as isIsoDate } from "./dates";
import { parseReference } from "./references";

export const STATUS_STATES = ["On track", "Attention", "In jeopardy", "Completed", "No input"] as const;
export type StatusState = (typeof STATUS_STATES)[number];

export const REFERENCE_KINDS = ["tsag-td", "circular-letter", "council-doc", "wtsa-contribution", "recommendation", "liaison", "url"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface StatusReference {
  kind: ReferenceKind;
  /** As written, e.g. "TSAG-TD1187", "CL-21/3", "C21/47", "WTSA-C28", "Recommendation ITU-T X.1234". */
  text: string;
}

export interface StatusBlock {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** Reporting event, e.g. "TSAG, January 2022". */
  event: string;
  state: StatusState;
  summary: string;
  references: StatusReference[];
  nextSteps: string;
}

export const STATUS_BLOCK_END = "[End of status]";
const SEPARATOR = " · ";
const REFERENCE_SEPARATOR = "; ";
const NO_REFERENCES = "none";

/** The header up to its date: "[Status " (any case, optional ":"); the rest is split by splitStatusHeader, see there. */
const HEADER_PREFIX = /^\s*\[\s*Status:?\s+/i;
const HEADER_START = /^\s*\[\s*Status\b/i;
const END = /^\s*\[\s*End\s+of\s+status\s*\]\s*$/i;
const LABEL = /^\s*(summary|references|next\s+steps)\s*:\s*(.*)$/is;
/** A content line the parser would take for structure: it is written with a leading "\". */
const NEEDS_ESCAPE = /^\s*(?:\\|\[|(?:summary|references|next\s+steps)\s*:)/i;

type TextField = "summary" | "references" | "nextSteps";

/** Trim fields, turn line breaks in the event into spaces and unify line endings: the form render and parse agree on. */
export function normalizeStatusBlock(block: StatusBlock): StatusBlock {
  return {
    date: block.date.trim(),
    event: block.event.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim(),
    state: block.state,
    summary: normalizeText(block.summary),
    references: block.references.map((reference) => ({ kind: reference.kind, text: reference.text.trim() })),
    nextSteps: normalizeText(block.nextSteps),
  };
}

function normalizeText(text: string): string {
  return text.replace(/\r\n|\r/g, "\n").trim();
}

/** The paragraphs a person reads in the status cell, in order. */
export function renderStatusBlock(block: StatusBlock): string[] {
  const b = normalizeStatusBlock(block);
  const references = b.references.length > 0 ? b.references.map((reference) => reference.text).join(REFERENCE_SEPARATOR) : NO_REFERENCES;
  return [
    `[Status ${b.date}${SEPARATOR}${b.event}${SEPARATOR}${b.state}]`,
    ...renderMultiline("Summary", b.summary),
    `References: ${references}`,
    ...renderMultiline("Next steps", b.nextSteps),
    STATUS_BLOCK_END,
  ];
}

function renderMultiline(label: string, text: string): string[] {
  const [first = "", ...rest] = text.split("\n");
  return [first === "" ? `${label}:` : `${label}: ${first}`, ...rest.map((line) => (NEEDS_ESCAPE.test(line) ? `\\${line}` : line))];
}

/** Parse exactly one block (header … end line; blank lines around it are ignored). Never throws. */
export function parseStatusBlock(lines: string[]): { block: StatusBlock } | { error: string } {
  const body = trimBlankLines(lines);
  const header = body[0];
  if (header === undefined) return { error: "A status block is empty." };
  const parsedHeader = parseHeader(header);
  if ("error" in parsedHeader) return parsedHeader;
  const last = body[body.length - 1];
  if (body.length < 2 || last === undefined || !END.test(last)) return { error: `A status block must end with the line ${STATUS_BLOCK_END}.` };

  const values: Record<TextField, string[] | undefined> = { summary: undefined, references: undefined, nextSteps: undefined };
  let current: TextField | undefined;
  for (const line of body.slice(1, -1)) {
    const label = LABEL.exec(line);
    if (label) {
      current = fieldOfLabel(label[1] ?? "");
      if (values[current] !== undefined) return { error: `A status block has two "${label[1]}:" lines.` };
      values[current] = [label[2] ?? ""];
    } else if (HEADER_START.test(line) || END.test(line)) {
      return { error: `A status block contains another block's line: "${line.trim()}".` };
    } else if (current === undefined) {
      return { error: `Text before "Summary:" in a status block: "${line.trim()}".` };
    } else {
      values[current]?.push(line.startsWith("\\") ? line.slice(1) : line);
    }
  }

  const references = parseReferenceList((values.references ?? []).join(REFERENCE_SEPARATOR));
  if ("error" in references) return references;
  return {
    block: normalizeStatusBlock({
      ...parsedHeader,
      summary: (values.summary ?? []).join("\n"),
      references: references.references,
      nextSteps: (values.nextSteps ?? []).join("\n"),
    }),
  };
}

function trimBlankLines(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) return [];
  let last = lines.length - 1;
  while ((lines[last] ?? "").trim() === "") last -= 1;
  return lines.slice(first, last + 1);
}

function parseHeader(line: string): Pick<StatusBlock, "date" | "event" | "state"> | { error: string } {
  const parts = splitStatusHeader(line);
  if (!parts) return { error: `A status block starts with a line like "[Status 2022-01-20 · TSAG, January 2022 · On track]"; found "${line.trim()}".` };
  const [date, event, stateText] = parts;
  const state = STATUS_STATES.find((known) => known.toLowerCase() === stateText.replace(/\s+/g, " ").toLowerCase());
  if (!state) return { error: `Unknown status state "${stateText}"; use one of: ${STATUS_STATES.join(", ")}.` };
  return { date, event, state };
}

const isSeparator = (char: string | undefined): boolean => char === "·" || char === "|";
const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * Date, event and state of a header line "[Status DATE · EVENT · STATE]" ("|" may stand for "·"), or null. In one pass
 * (a regex with lazy groups was quadratic on a long line full of separators): the state follows the line's last
 * separator and ends at the closing "]" (only spaces after it); the date is the shortest run of non-spaces followed
 * (after optional spaces) by a separator before that last one; the event is everything between. Parts are trimmed.
 */
export function splitStatusHeader(line: string): [date: string, event: string, state: string] | null {
  const prefix = HEADER_PREFIX.exec(line);
  if (!prefix) return null;
  const closing = line.trimEnd().length - 1;
  const last = Math.max(line.lastIndexOf("·"), line.lastIndexOf("|"));
  if (line[closing] !== "]" || last > closing) return null;
  const dateStart = prefix[0].length;
  for (let dateEnd = dateStart + 1; dateEnd < last; dateEnd += 1) {
    let next = dateEnd;
    while (isSpace(line[next])) next += 1;
    if (next < last && isSeparator(line[next])) return [line.slice(dateStart, dateEnd), line.slice(next + 1, last).trim(), line.slice(last + 1, closing).trim()];
    // Spaces after the date not followed by a separator: the date cannot run on past them.
    if (next > dateEnd) return null;
  }
  return null;
}

function fieldOfLabel(label: string): TextField {
  const lower = label.toLowerCase();
  return lower === "summary" ? "summary" : lower === "references" ? "references" : "nextSteps";
}

function parseReferenceList(text: string): { references: StatusReference[] } | { error: string } {
  const items = text.split(";").map((part) => part.trim()).filter((part) => part !== "");
  if (items.length === 1 && items[0]?.toLowerCase() === NO_REFERENCES) return { references: [] };
  const references: StatusReference[] = [];
  for (const item of items) {
    const parsed = parseReference(item);
    if ("error" in parsed) return { error: `Reference not understood: ${parsed.error}` };
    references.push(parsed);
  }
  return { references };
}

/** A line of a status narrative that looked like a status block but could not be read. */
export interface StatusBlockProblem {
  /** 0-based line of the narrative where the block starts. */
  line: number;
  error: string;
}

/**
 * Every block in a status narrative (surrounding narrative ignored), newest first, plus the blocks that could not be read.
 * Linear in the number of lines: the search for a block's end starts at its header and the scan resumes where it stopped,
 * so no line is looked at more than twice (a narrative of 40k header lines must not take seconds).
 */
export function scanStatusBlocks(statusText: string): { blocks: StatusBlock[]; problems: StatusBlockProblem[] } {
  const lines = statusText.split(/\r\n|\r|\n/);
  const found: { block: StatusBlock; order: number }[] = [];
  const problems: StatusBlockProblem[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!HEADER_START.test(lines[index] ?? "")) {
      index += 1;
      continue;
    }
    let stop = index + 1;
    while (stop < lines.length && !END.test(lines[stop] ?? "") && !HEADER_START.test(lines[stop] ?? "")) stop += 1;
    if (stop === lines.length || !END.test(lines[stop] ?? "")) {
      problems.push({ line: index, error: `A status block has no ${STATUS_BLOCK_END} line.` });
      index = stop;
      continue;
    }
    const parsed = parseStatusBlock(lines.slice(index, stop + 1));
    if ("error" in parsed) problems.push({ line: index, error: parsed.error });
    else found.push({ block: parsed.block, order: found.length });
    index = stop + 1;
  }
  return { blocks: found.sort(newestFirst).map((entry) => entry.block), problems };
}

/** Newest first by date; blocks with an unreadable date last; same date keeps document order (newest is inserted on top). */
function newestFirst(a: { block: StatusBlock; order: number }, b: { block: StatusBlock; order: number }): number {
  const aValid = isIsoDate(a.block.date);
  const bValid = isIsoDate(b.block.date);
  if (aValid !== bValid) return aValid ? -1 : 1;
  if (aValid && a.block.date !== b.block.date) return a.block.date < b.block.date ? 1 : -1;
  return a.order - b.order;
}

/** Every readable block in a status narrative, newest first. */
export function findStatusBlocks(statusText: string): StatusBlock[] {
  return scanStatusBlocks(statusText).blocks;
}

export type StatusBlockField = keyof StatusBlock;

/** A field-level error for the pane's inline messages. `index` is the reference's position for reference errors. */
export interface StatusBlockFieldError {
  field: StatusBlockField;
  index?: number;
  message: string;
}

/** Field-level errors of a block being edited; an empty list means it can be inserted. */
export function validateStatusBlock(block: StatusBlock): StatusBlockFieldError[] {
  const errors: StatusBlockFieldError[] = [];
  if (!isIsoDate(block.date.trim())) errors.push({ field: "date", message: `"${block.date}" is not a date; write it as YYYY-MM-DD, e.g. 2022-01-20.` });
  if (block.event.trim() === "") errors.push({ field: "event", message: 'Name the reporting event, e.g. "TSAG, January 2022".' });
  else if (/[\r\n]/.test(block.event.trim())) errors.push({ field: "event", message: "The reporting event must fit on one line." });
  if (!(STATUS_STATES as readonly string[]).includes(block.state)) errors.push({ field: "state", message: `Unknown state "${String(block.state)}"; use one of: ${STATUS_STATES.join(", ")}.` });
  if (block.state !== "No input" && block.summary.trim() === "") errors.push({ field: "summary", message: 'Write a summary (or choose the state "No input").' });
  block.references.forEach((reference, index) => {
    const parsed = parseReference(reference.text);
    if ("error" in parsed) errors.push({ field: "references", index, message: parsed.error });
    else if (parsed.kind !== reference.kind) errors.push({ field: "references", index, message: `"${reference.text}" is a ${parsed.kind} reference, not a ${reference.kind} one.` });
  });
  return errors;
}

/**
 * The calendar as JSON, the add-in's own format: {"format":"action-plan-calendar","version":1,"events":[…]} with
 * each event's seven fields (docs/milestones.md). Reading is strict like the document's overrides: an unknown field,
 * an invalid event or a repeated id refuses the whole file, each problem with the line of its event.
 */
import type { CalendarEvent } from "../domain/calendar";
import { importedEventProblems } from "../domain/calendar-import";
import { refused, type CalendarFileProblem, type CalendarFileRead } from "./file-problems";
import { jsonErrorOffset } from "./json-error-position";

export const CALENDAR_FILE_FORMAT = "action-plan-calendar";
export const CALENDAR_FILE_VERSION = 1;

export function writeCalendarJson(events: readonly CalendarEvent[]): string {
  const plain = events.map(({ id, series, name, start, end, precision, source }) => ({ id, series, name, start, end, precision, source }));
  return `${JSON.stringify({ format: CALENDAR_FILE_FORMAT, version: CALENDAR_FILE_VERSION, events: plain }, null, 2)}\n`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/** Offsets of the values of the root's "events" array, found by a scan that skips strings (JSON.parse gives none). */
function eventOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let lastRootKey: string | null = null;
  let eventsDepth = -1;
  let expectValue = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === " " || char === "\n" || char === "\r" || char === "\t") continue;
    if (depth === eventsDepth && expectValue && char !== "]") {
      offsets.push(index);
      expectValue = false;
    }
    if (char === '"') {
      const end = skipString(text, index);
      if (depth === 1 && /^\s*:/.test(text.slice(end + 1, end + 65))) lastRootKey = text.slice(index + 1, end);
      index = end;
    } else if (char === "{" || char === "[") {
      depth += 1;
      if (char === "[" && depth === 2 && lastRootKey === "events" && eventsDepth < 0) {
        eventsDepth = depth;
        expectValue = true;
      }
    } else if (char === "}" || char === "]") {
      if (depth === eventsDepth) eventsDepth = -2;
      depth -= 1;
    } else if (char === "," && depth === eventsDepth) {
      expectValue = true;
    }
  }
  return offsets;
}

function skipString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === '"') return index;
  }
  return text.length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Where the JSON is broken, as a line (found by jsonErrorOffset: JSON.parse's messages do not always say). */
function syntaxProblem(text: string, error: unknown): CalendarFileProblem {
  const offset = jsonErrorOffset(text);
  const near = offset === null ? "" : `, near ${JSON.stringify(text.slice(offset, offset + 20).split(/\r?\n/)[0] || "the end")}`;
  const kind = error instanceof SyntaxError ? "" : ` (${String(error)})`;
  return { ...(offset !== null ? { line: lineAt(text, offset) } : {}), message: `The file is not valid JSON${near}${kind}.` };
}

export function readCalendarJson(text: string): CalendarFileRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refused([syntaxProblem(text, error)]);
  }
  if (!isRecord(data) || data.format !== CALENDAR_FILE_FORMAT) {
    return refused([{ line: 1, message: `This JSON is not a calendar of the add-in: it needs "format": "${CALENDAR_FILE_FORMAT}" (export one from the calendar editor to see the shape).` }]);
  }
  const problems: CalendarFileProblem[] = [];
  for (const key of Object.keys(data)) if (!["format", "version", "events"].includes(key)) problems.push({ line: 1, message: `Unknown field "${key}".` });
  if (data.version !== CALENDAR_FILE_VERSION) problems.push({ line: 1, message: `Version ${JSON.stringify(data.version ?? null)} is not supported (expected ${CALENDAR_FILE_VERSION}).` });
  if (!Array.isArray(data.events)) return refused([...problems, { line: 1, message: 'The calendar needs an "events" list.' }]);
  const offsets = eventOffsets(text);
  const events = data.events.map((event: unknown, index: number) => ({ event: event as CalendarEvent, line: lineAt(text, offsets[index] ?? 0) }));
  for (const problem of importedEventProblems(events.map(({ event, line }) => ({ event, where: `line ${line}` })))) {
    const line = /^line (\d+): /.exec(problem);
    problems.push(line ? { line: Number(line[1]), message: problem.slice(line[0].length) } : { message: problem });
  }
  if (problems.length > 0) return refused(problems);
  return { ok: true, format: "json", events: events.map(({ event, line }) => ({ line, event: { ...event } })), skipped: [] };
}

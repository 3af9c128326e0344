/**
 * The structure of an iCalendar file (RFC 5545, section 3.1): content lines unfolded, each kept with the line number
 * it starts on, BEGIN/END nesting checked, and the properties of each VEVENT collected. Values are decoded later, by
 * ical.js (ics-reader.ts); this pass is what lets every error name its line, which ical.js's parser does not.
 */
import { quoteFileText, type CalendarFileProblem } from "./file-problems";

export interface ContentLine {
  /** 1-based line of the file where this content line starts (before unfolding). */
  line: number;
  /** Upper-case property name: "DTSTART", "X-ACTION-PLAN-ID". */
  name: string;
  /** The whole unfolded content line, for ical.js. */
  text: string;
}

export interface RawEvent {
  /** Line of BEGIN:VEVENT. */
  line: number;
  /** The event's own properties (not those of a VALARM inside it), in file order. */
  properties: ContentLine[];
}

export type IcsStructure = { ok: true; events: RawEvent[]; calendarProperties: ContentLine[] } | { ok: false; problem: CalendarFileProblem };

const CONTENT_LINE = /^([A-Za-z0-9-]+)[;:]/;

/** Unfolded content lines with their starting line numbers; empty lines are dropped (some writers end with one). */
export function unfoldLines(text: string): { line: number; text: string }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: { line: number; text: string }[] = [];
  physical.forEach((raw, index) => {
    const last = logical[logical.length - 1];
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && last !== undefined) last.text += raw.slice(1);
    else if (raw !== "") logical.push({ line: index + 1, text: raw });
  });
  return logical;
}

export function readIcsStructure(text: string): IcsStructure {
  const lines = unfoldLines(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const first = lines[0];
  if (first === undefined) return { ok: false, problem: { message: "The file is empty: an iCalendar file begins with BEGIN:VCALENDAR." } };
  if (first.text.trim().toUpperCase() !== "BEGIN:VCALENDAR") {
    return { ok: false, problem: { line: first.line, message: `This is not an iCalendar file: it begins with ${quoteFileText(first.text)}, not BEGIN:VCALENDAR.` } };
  }
  const stack: { name: string; line: number }[] = [];
  const events: RawEvent[] = [];
  const calendarProperties: ContentLine[] = [];
  let event: RawEvent | null = null;
  for (const { line, text: content } of lines) {
    const match = CONTENT_LINE.exec(content);
    if (!match) return { ok: false, problem: { line, message: `${quoteFileText(content)} is not an iCalendar content line (NAME:value).` } };
    const name = match[1]!.toUpperCase();
    const value = content.slice(content.indexOf(":") + 1).trim().toUpperCase();
    if (name === "BEGIN") {
      if (stack.length === 0 && value !== "VCALENDAR") return { ok: false, problem: { line, message: `BEGIN:${value} is outside any BEGIN:VCALENDAR.` } };
      if (value === "VEVENT" && stack.length === 1) event = { line, properties: [] };
      stack.push({ name: value, line });
      continue;
    }
    if (name === "END") {
      const open = stack.pop();
      if (open === undefined) return { ok: false, problem: { line, message: `END:${value} has no BEGIN:${value} before it.` } };
      if (open.name !== value) return { ok: false, problem: { line, message: `END:${value} closes BEGIN:${open.name} of line ${open.line}.` } };
      if (value === "VEVENT" && event !== null && stack.length === 1) {
        events.push(event);
        event = null;
      }
      continue;
    }
    if (stack.length === 0) return { ok: false, problem: { line, message: `${quoteFileText(content)} is outside any BEGIN:VCALENDAR.` } };
    const innermost = stack[stack.length - 1]!.name;
    if (event !== null && innermost === "VEVENT" && stack.length === 2) event.properties.push({ line, name, text: content });
    else if (innermost === "VCALENDAR" && stack.length === 1) calendarProperties.push({ line, name, text: content });
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) return { ok: false, problem: { line: open.line, message: `BEGIN:${open.name} is never closed: the file ends before END:${open.name}.` } };
  return { ok: true, events, calendarProperties };
}

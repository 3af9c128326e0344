/**
 * What reading a calendar file gives: the events to import (each with the line it starts on), the events left out
 * and why (shown in the import preview), or the problems that refuse the whole file (nothing is imported).
 */
import type { CalendarEvent } from "../domain/calendar";

export interface FileEvent {
  event: CalendarEvent;
  /** Line of the file where the event starts (BEGIN:VEVENT, or the event's "{" in JSON). */
  line: number;
}

export interface SkippedFileEvent {
  line: number;
  title: string;
  reason: string;
}

export interface CalendarFileProblem {
  /** 1-based line of the file, when the problem is at one. */
  line?: number;
  message: string;
}

export type CalendarFileRead =
  | { ok: true; format: "ics" | "json"; events: FileEvent[]; skipped: SkippedFileEvent[] }
  | { ok: false; problems: CalendarFileProblem[] };

/** Files above this size are refused before they are read: a calendar of every ITU meeting for years is far smaller. */
export const MAX_CALENDAR_FILE_BYTES = 4 * 1024 * 1024;

export function refused(problems: CalendarFileProblem[]): CalendarFileRead {
  return { ok: false, problems };
}

/** "line 12: …" for the pane and the CLI. */
export function describeProblem(problem: CalendarFileProblem): string {
  return problem.line === undefined ? problem.message : `Line ${problem.line}: ${problem.message}`;
}

/** A bit of the file's text to quote in a message: one line, printable, at most 60 characters. */
export function quoteFileText(text: string): string {
  const printable = [...text.slice(0, 80)].map((char) => (char.charCodeAt(0) < 0x20 || (char.charCodeAt(0) >= 0x7f && char.charCodeAt(0) <= 0x9f) ? "?" : char)).join("");
  return JSON.stringify(printable.length > 60 ? `${printable.slice(0, 57)}…` : printable);
}

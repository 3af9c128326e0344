/**
 * Reading and writing calendar files for the pane and the CLI: iCalendar (.ics, RFC 5545, through ical.js) or the
 * add-in's JSON. The format is told by the text itself (BEGIN:VCALENDAR or "{"), so a misnamed file still reads;
 * anything else, an empty file or one over MAX_CALENDAR_FILE_BYTES is refused with a sentence saying why.
 */
import type { CalendarEvent } from "../domain/calendar";
import { MAX_CALENDAR_FILE_BYTES, quoteFileText, refused, type CalendarFileRead } from "./file-problems";
import { readIcs } from "./ics-reader";
import { writeIcs } from "./ics-writer";
import { readCalendarJson, writeCalendarJson } from "./json-calendar-file";

export type CalendarFileFormat = "ics" | "json";

export { describeProblem, MAX_CALENDAR_FILE_BYTES, type CalendarFileProblem, type CalendarFileRead, type FileEvent, type SkippedFileEvent } from "./file-problems";

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file by its size before it is read (the pane knows File.size, the CLI the file's size). */
export function calendarFileTooLarge(bytes: number): CalendarFileRead | null {
  return bytes > MAX_CALENDAR_FILE_BYTES
    ? refused([{ message: `The file is ${megabytes(bytes)}; a calendar file can be at most ${megabytes(MAX_CALENDAR_FILE_BYTES)}. Is it the right file?` }])
    : null;
}

export function readCalendarFile(text: string, fileName: string): CalendarFileRead {
  const tooLarge = calendarFileTooLarge(text.length);
  if (tooLarge) return tooLarge;
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start === "") return refused([{ message: "The file is empty: a calendar file is an iCalendar file (.ics) or the add-in's JSON." }]);
  if (start.startsWith("{")) return readCalendarJson(text);
  if (/^BEGIN:VCALENDAR/i.test(start)) return readIcs(text, fileName);
  const firstLine = start.split(/\r\n|\n|\r/)[0] ?? "";
  return refused([{ line: 1, message: `This is neither an iCalendar file (.ics, beginning with BEGIN:VCALENDAR) nor the add-in's JSON calendar: it begins with ${quoteFileText(firstLine)}.` }]);
}

export function writeCalendarFile(events: readonly CalendarEvent[], format: CalendarFileFormat, now: Date): string {
  return format === "ics" ? writeIcs(events, now) : writeCalendarJson(events);
}

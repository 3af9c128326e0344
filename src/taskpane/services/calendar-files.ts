/**
 * Calendar files in the pane: reading the file a person chose, and downloading the calendar as .ics or JSON. The
 * reader and writer (src/calendar-file, with ical.js) load on first use, so the pane's first render does not carry them.
 */
import type { CalendarEvent } from "../../domain/calendar";
import type { CalendarFileFormat, CalendarFileRead } from "../../calendar-file/calendar-file";

function loadCalendarFiles() {
  return import(/* webpackChunkName: "calendar-files" */ "../../calendar-file/calendar-file");
}

function fileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(file);
  });
}

/** The events of the chosen file, or why it cannot be imported (too large files are refused before being read). */
export async function readChosenCalendarFile(file: File): Promise<CalendarFileRead> {
  const files = await loadCalendarFiles();
  const tooLarge = files.calendarFileTooLarge(file.size);
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    text = await fileText(file);
  } catch (error) {
    return { ok: false, problems: [{ message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` }] };
  }
  return files.readCalendarFile(text, file.name);
}

export { describeProblem } from "../../calendar-file/file-problems";

/** "action-plan-calendar-2026-01-15.ics". */
export function calendarFileName(format: CalendarFileFormat, today: string): string {
  return `action-plan-calendar-${today}.${format}`;
}

/**
 * Offers the calendar as a download; false when this webview cannot (no Blob URLs). Word on the web and the Windows
 * pane's WebView2 download it; some Mac webviews ignore downloads silently, which a page cannot detect.
 */
export async function downloadCalendar(events: readonly CalendarEvent[], format: CalendarFileFormat, fileName: string, now: Date): Promise<boolean> {
  const files = await loadCalendarFiles();
  const text = files.writeCalendarFile(events, format, now);
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob([text], { type: format === "ics" ? "text/calendar;charset=utf-8" : "application/json;charset=utf-8" }));
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return true;
}

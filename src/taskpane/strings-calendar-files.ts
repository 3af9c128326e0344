/** The pane's words for calendar files (import and export in the calendar editor). Part of strings.ts. */
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const calendarFileStrings = {
  heading: "Import or export",
  explain: "Import ITU's calendar (an .ics file) or one exported here: you see what it adds or changes before anything is stored.",
  importButton: "Import a calendar file…",
  fileLabel: "Calendar file (.ics or .json)",
  reading: (file: string): string => `Reading ${file}…`,
  previewHeading: (file: string): string => `Import from ${file}`,
  previewSummary: (added: number, changed: number, unchanged: number, skipped: number): string =>
    `${plural(added, "event", "events")} to add, ${changed} to change, ${unchanged} already in the calendar, ${skipped} left out.`,
  added: "To add",
  changed: "To change",
  skipped: "Left out",
  changedLine: (before: string, after: string): string => `${before} → ${after}`,
  changedSource: "another source",
  skippedLine: (line: number, title: string, reason: string): string => `Line ${line}: ${title || "(no title)"}: ${reason}.`,
  more: (count: number): string => `… and ${count} more.`,
  confirm: (count: number): string => `Import ${plural(count, "event", "events")}`,
  cancel: "Cancel",
  nothingToImport: "Nothing to import: the calendar already has every event of this file.",
  close: "Close",
  refusedTitle: (file: string): string => `${file} was not imported`,
  refusedText: "Nothing was changed. Correct the file, or choose another one:",
  imported: (count: number, file: string): string => `${plural(count, "event", "events")} from ${file} stored in the document.`,
  exportIcs: "Export .ics",
  exportJson: "Export .json",
  exported: (file: string): string => `${file} downloaded.`,
  exportFailed: "The file could not be downloaded here. Export from Word on the web or the desktop pane's browser.",
} as const;

/** Small phrasing helpers shared by rule messages, so every message quotes the document the same way. */
import { formatLongDate } from "../dates";

/** A cell's text quoted on one line: "Council 2021 / WTSA-20". */
export function quoted(text: string): string {
  return `"${text.trim().split(/\s*\n\s*/).join(" / ")}"`;
}

export function longDate(iso: string): string {
  return formatLongDate(iso);
}

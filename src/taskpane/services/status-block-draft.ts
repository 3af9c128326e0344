/**
 * The "Insert status block" form as data: what the person typed (references one per line of the form), the
 * StatusBlock it becomes, and the inline errors per field from the domain's validateStatusBlock.
 * Reference rows left blank are ignored (an empty row added and not filled in is not an error).
 */
import type { CalendarEvent } from "../../domain/calendar";
import { compareIsoDates, formatDateRange, isValidIsoDate } from "../../domain/dates";
import { parseReference } from "../../domain/references";
import { validateStatusBlock, type StatusBlock, type StatusReference, type StatusState } from "../../domain/status-block";

export interface StatusBlockDraft {
  date: string;
  event: string;
  state: StatusState;
  summary: string;
  /** One entry per reference row of the form, as typed. */
  references: string[];
  nextSteps: string;
}

export interface DraftErrors {
  date?: string;
  event?: string;
  state?: string;
  summary?: string;
  nextSteps?: string;
  /** By reference row of the form. */
  references: Record<number, string>;
}

export function emptyDraft(today: string): StatusBlockDraft {
  return { date: today, event: "", state: "On track", summary: "", references: [""], nextSteps: "" };
}

/** Indexes of the reference rows that hold text: the block's references, in order. */
function filledReferenceRows(draft: StatusBlockDraft): number[] {
  return draft.references.flatMap((text, index) => (text.trim() === "" ? [] : [index]));
}

export function draftToBlock(draft: StatusBlockDraft): StatusBlock {
  const references: StatusReference[] = filledReferenceRows(draft).map((index) => {
    const text = draft.references[index] ?? "";
    const parsed = parseReference(text);
    // A reference that is not understood keeps a placeholder kind: validateStatusBlock reports it by position.
    return "error" in parsed ? { kind: "url", text } : parsed;
  });
  return { date: draft.date, event: draft.event, state: draft.state, summary: draft.summary, references, nextSteps: draft.nextSteps };
}

export function draftErrors(draft: StatusBlockDraft): DraftErrors {
  const rows = filledReferenceRows(draft);
  const errors: DraftErrors = { references: {} };
  for (const error of validateStatusBlock(draftToBlock(draft))) {
    if (error.field === "references") {
      const row = rows[error.index ?? -1];
      if (row !== undefined) errors.references[row] = error.message;
    } else if (error.field === "date" || error.field === "event" || error.field === "state" || error.field === "summary" || error.field === "nextSteps") {
      errors[error.field] ??= error.message;
    }
  }
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors).some((key) => key !== "references" && errors[key as keyof DraftErrors] !== undefined) || Object.keys(errors.references).length > 0;
}

/** The error of one reference row as the person types it (blank rows have none). */
export function referenceError(text: string): string | undefined {
  if (text.trim() === "") return undefined;
  const parsed = parseReference(text);
  return "error" in parsed ? parsed.error : undefined;
}

export interface EventSuggestion {
  id: string;
  /** What goes into the block: "TSAG meeting, January 2022". */
  text: string;
  /** The event's dates, for the option's secondary line. */
  when: string;
}

/**
 * Calendar events to report at, for the reporting-event picker: events that started on or before `date`, the
 * most recent first, then the upcoming ones, earliest first. With an invalid date every event is listed by start.
 */
export function eventSuggestions(events: readonly CalendarEvent[], date: string): EventSuggestion[] {
  const toSuggestion = (event: CalendarEvent): EventSuggestion => ({ id: event.id, text: event.name, when: formatDateRange(event.start, event.end, event.precision) });
  const byStart = [...events].sort((a, b) => compareIsoDates(a.start, b.start));
  if (!isValidIsoDate(date)) return byStart.map(toSuggestion);
  const past = byStart.filter((event) => compareIsoDates(event.start, date) <= 0).reverse();
  const upcoming = byStart.filter((event) => compareIsoDates(event.start, date) > 0);
  return [...past, ...upcoming].map(toSuggestion);
}

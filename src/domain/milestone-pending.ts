/**
 * Editions the calendar does not have yet. "WTSA-28", "Council 2027" and "TSAG 2026" name a meeting of a known year
 * whose dates are not announced: it is never held before 1 January of its year (editions slip later, as WTSA-20 did
 * to 2022, never earlier), so until that date nears the milestone cannot be late. docs/milestones.md, "New study periods".
 */
import { addDays, addMonths, toIsoDate } from "./dates";
import type { EventRef, TimeUnit } from "./milestone";

/** A term waiting for its edition: checked from `notBefore` on (ISO date, the earliest it can be due). */
export interface PendingTerm {
  text: string;
  notBefore: string;
}

/**
 * ITU bodies whose editions are named by their year. A code outside this list ("RFC-9999", "ABC-21") is not given
 * the benefit of the doubt: it stays unresolved, so a person looks at it.
 */
const AWAITED_SERIES = ["WTSA", "PP", "WTDC", "WCIT", "WRC", "RA", "WTPF", "GSS", "TSAG", "Council", "SG"] as const;

/** Editions further ahead than this many years are more likely a typo ("WTSA-82") than a plan: they stay unresolved. */
const MAX_YEARS_AHEAD = 8;

export function isAwaitedEdition(ref: EventRef, asOf: string): boolean {
  const asOfYear = Number(asOf.slice(0, 4));
  return (AWAITED_SERIES as readonly string[]).includes(ref.series) && ref.year >= 1 && ref.year <= Math.min(9999, asOfYear + MAX_YEARS_AHEAD);
}

/** The earliest date `amount unit direction ref` can be: counted from 1 January of the edition's year. */
export function earliestDue(ref: EventRef, amount: number, unit: TimeUnit, direction: "before" | "after"): string | null {
  if (ref.year < 1 || ref.year > 9999) return null;
  const firstDay = toIsoDate(ref.year, 1, 1);
  const signed = direction === "before" ? -amount : amount;
  try {
    if (unit === "day") return addDays(firstDay, signed);
    if (unit === "week") return addDays(firstDay, signed * 7);
    return addMonths(firstDay, unit === "month" ? signed : signed * 12);
  } catch {
    return null;
  }
}

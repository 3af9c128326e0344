/**
 * A parsed milestone + the calendar + an as-of date → due dates and recurring checkpoints.
 * The semantics of every form are in docs/milestones.md; this file implements exactly those.
 * Never throws: whatever cannot be resolved is listed in `unresolved` and said in `interpretation`.
 */
import { findEdition, seriesEvents, type Calendar, type CalendarEvent } from "./calendar";
import { addDays, addMonths, compareIsoDates, endOfMonth, endOfYear, formatDateRange, formatLongDate, isValidIsoDate, toIsoDate } from "./dates";
import { formatEventRef, type EventRef, type Milestone, type MilestoneTerm, type TimeUnit } from "./milestone";
import { earliestDue, isAwaitedEdition, type PendingTerm } from "./milestone-pending";

export interface ResolvedMilestone {
  /** Concrete due dates (ISO), earliest first: end date of the event meant, or the computed date. */
  dueDates: string[];
  /** Recurring obligations: series, and its last occurrence on/before asOf and next after asOf, if known. */
  recurring: { series: string; label: string; lastOccurrence?: string; nextOccurrence?: string }[];
  /** "Ongoing" appears. */
  ongoing: boolean;
  /** The milestone text says the item is completed (e.g. "Completed", "Completed 2017"). */
  saysCompleted: boolean;
  /** Texts of terms that could not be parsed or resolved (e.g. an event not in the calendar). */
  unresolved: string[];
  /** Plain words for a person: "Council 2021 → due 18 June 2021", "recurring: each TSAG meeting; last on 17 January 2022". */
  interpretation: string;
  /**
   * Only with ResolveOptions.horizonEnd: terms naming an edition the calendar does not have yet that cannot be due by
   * the end of the horizon ("WTSA-28" as of 2025: not before 1 January 2028). They are checked once that date nears.
   */
  pending?: PendingTerm[];
  /**
   * Only with ResolveOptions: series whose meetings after the calendar's last one a term needs ("each TSAG meeting"
   * with no later meeting known, "WTSA-28" once it may be due): what the calendar-past-end plan rule reports.
   */
  beyondCalendar?: string[];
}

/** What validation knows beyond one milestone (docs/milestones.md, "New study periods"). */
export interface ResolveOptions {
  /** As-of + the attention horizon: an edition missing from the calendar that cannot be due by then is pending. */
  horizonEnd?: string;
  /** The assembly whose resolutions the plan implements: "First SG meeting" counts from its end (default WTSA-16). */
  planAssembly?: EventRef;
}

export type RecurringCheckpoint = ResolvedMilestone["recurring"][number];

/** The series name used in `recurring` for the yearly checkpoint of "Annual". */
export const ANNUAL_SERIES = "Annual";

/** The assembly the plan implements: "First SG meeting" counts from its end. */
const PLAN_ORIGIN: EventRef = { series: "WTSA", year: 2016 };

interface Accumulator {
  options: ResolveOptions;
  asOf: string | null;
  pending: PendingTerm[];
  beyond: Set<string>;
  dueDates: string[];
  recurring: RecurringCheckpoint[];
  ongoing: boolean;
  saysCompleted: boolean;
  unresolved: string[];
  parts: string[];
}

function describeEvent(event: CalendarEvent): string {
  const range = formatDateRange(event.start, event.end, event.precision);
  return event.name.includes(range) ? event.name : `${event.name}, ${range}`;
}

/** "Council session", "TSAG meeting". */
function meetingWord(series: string): string {
  return series === "Council" ? "Council session" : `${series} meeting`;
}

function shiftDate(iso: string, amount: number, unit: TimeUnit): string {
  switch (unit) {
    case "day":
      return addDays(iso, amount);
    case "week":
      return addDays(iso, amount * 7);
    case "month":
      return addMonths(iso, amount);
    case "year":
      return addMonths(iso, amount * 12);
  }
}

function amountWords(amount: number, unit: TimeUnit): string {
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/** Latest occurrence on/before asOf and earliest after it (occurrences sorted ascending). */
function aroundAsOf(occurrences: string[], asOf: string | null): Pick<RecurringCheckpoint, "lastOccurrence" | "nextOccurrence"> {
  if (asOf === null) return {};
  const last = occurrences.filter((date) => compareIsoDates(date, asOf) <= 0).at(-1);
  const next = occurrences.find((date) => compareIsoDates(date, asOf) > 0);
  return { ...(last !== undefined && { lastOccurrence: last }), ...(next !== undefined && { nextOccurrence: next }) };
}

function notInCalendar(acc: Accumulator, term: MilestoneTerm, what: string): void {
  acc.unresolved.push(term.text);
  acc.parts.push(`${term.text} → ${what} is not in the calendar`);
}

/** Notes that `series` would need a meeting after the calendar's last one (only for a series the calendar has). */
function needsLater(acc: Accumulator, calendar: Calendar, series: string): void {
  if (seriesEvents(calendar, series).length > 0) acc.beyond.add(series);
}

/**
 * `ref` is not in the calendar. With a horizon, an edition that cannot be due by its end waits (pending, said in the
 * interpretation); otherwise the term is unresolved, and past the calendar's last event of the series that is noted.
 */
function editionMissing(acc: Accumulator, calendar: Calendar, term: MilestoneTerm, ref: EventRef, notBefore: string | null): void {
  const { horizonEnd } = acc.options;
  if (horizonEnd !== undefined && notBefore !== null && acc.asOf !== null && isAwaitedEdition(ref, acc.asOf) && compareIsoDates(notBefore, horizonEnd) > 0) {
    acc.pending.push({ text: term.text, notBefore });
    acc.parts.push(`${term.text} → ${formatEventRef(ref)} is not in the calendar yet; it cannot be due before ${formatLongDate(notBefore)}, so it is not checked until then`);
    return;
  }
  const known = seriesEvents(calendar, ref.series);
  const last = known.at(-1);
  if (last && Number(last.start.slice(0, 4)) <= ref.year) acc.beyond.add(ref.series);
  notInCalendar(acc, term, formatEventRef(ref));
}

function addDue(acc: Accumulator, text: string, due: string, why: string): void {
  acc.dueDates.push(due);
  acc.parts.push(`${text} → due ${formatLongDate(due)} (${why})`);
}

function addRecurring(acc: Accumulator, text: string, checkpoint: RecurringCheckpoint, describe: (date: string) => string): void {
  if (!acc.recurring.some((known) => known.series === checkpoint.series && known.label === checkpoint.label)) acc.recurring.push(checkpoint);
  const last = checkpoint.lastOccurrence ? `last: ${describe(checkpoint.lastOccurrence)}` : "none yet";
  const next = checkpoint.nextOccurrence ? `next: ${describe(checkpoint.nextOccurrence)}` : "no later one in the calendar";
  acc.parts.push(`${text} → recurring: ${checkpoint.label} (${last}; ${next})`);
}

/** "the last of 2 TSAG meetings in 2021" when a year had several, so the choice is visible. */
function choiceNote(calendar: Calendar, ref: EventRef, chosen: CalendarEvent): string {
  const sameYear = seriesEvents(calendar, ref.series).filter((event) => event.start.startsWith(`${String(ref.year).padStart(4, "0")}-`));
  return sameYear.length > 1 && sameYear.includes(chosen) ? `, the last of ${sameYear.length} ${ref.series} meetings in ${ref.year}` : "";
}

function resolveTerm(term: MilestoneTerm, calendar: Calendar, asOf: string | null, acc: Accumulator): void {
  switch (term.kind) {
    case "ongoing":
      acc.ongoing = true;
      acc.parts.push("ongoing");
      return;
    case "completed":
      acc.saysCompleted = true;
      acc.parts.push(term.year ? `says completed (${term.year})` : "says completed");
      return;
    case "unparsed":
      acc.unresolved.push(term.text);
      acc.parts.push(`"${term.text}" is not understood`);
      return;
    case "date": {
      if (term.year < 1) {
        acc.unresolved.push(term.text);
        acc.parts.push(`${term.text} → not a usable year`);
        return;
      }
      if (term.day !== undefined && term.month !== undefined) return addDue(acc, term.text, toIsoDate(term.year, term.month, term.day), "that day");
      if (term.month !== undefined) return addDue(acc, term.text, endOfMonth(term.year, term.month), "end of the month");
      return addDue(acc, term.text, endOfYear(term.year), "end of the year");
    }
    case "event": {
      const event = findEdition(calendar, term.event.series, term.event.year);
      if (!event) return editionMissing(acc, calendar, term, term.event, earliestDue(term.event, 0, "day", "after"));
      return addDue(acc, term.text, event.end, `end of ${describeEvent(event)}${choiceNote(calendar, term.event, event)}`);
    }
    case "relative": {
      const { amount, unit, direction, anchor } = term;
      const offset = amount === 0 ? "" : `${amountWords(amount, unit)} `;
      if (anchor.kind === "event") {
        const event = findEdition(calendar, anchor.series, anchor.year);
        if (!event) return editionMissing(acc, calendar, term, anchor, earliestDue(anchor, amount, unit, direction));
        const due = direction === "before" ? shiftDate(event.start, -amount, unit) : shiftDate(event.end, amount, unit);
        const edge = direction === "before" ? "the start" : "the end";
        const relation = amount === 0 ? edge : `${offset}${direction} ${edge}`;
        return addDue(acc, term.text, due, `${relation} of ${describeEvent(event)}`);
      }
      const events = seriesEvents(calendar, anchor.series);
      if (events.length === 0) return notInCalendar(acc, term, `the ${anchor.series} series`);
      const occurrences = events.map((event) => (direction === "before" ? shiftDate(event.start, -amount, unit) : shiftDate(event.end, amount, unit)));
      const label = `${offset}${direction} each ${meetingWord(anchor.series)}`;
      const around = aroundAsOf(occurrences, asOf);
      if (asOf !== null && around.nextOccurrence === undefined) needsLater(acc, calendar, anchor.series);
      return addRecurring(acc, term.text, { series: anchor.series, label, ...around }, formatLongDate);
    }
    case "recurring": {
      const events = seriesEvents(calendar, term.series);
      if (events.length === 0) return notInCalendar(acc, term, `the ${term.series} series`);
      const byStart = new Map(events.map((event) => [event.start, event]));
      const around = aroundAsOf([...byStart.keys()], asOf);
      if (asOf !== null && around.nextOccurrence === undefined) needsLater(acc, calendar, term.series);
      return addRecurring(acc, term.text, { series: term.series, label: `each ${meetingWord(term.series)}`, ...around }, (date) => describeEvent(byStart.get(date)!));
    }
    case "annual": {
      const occurrences = asOf === null ? [] : [Number(asOf.slice(0, 4)) - 1, Number(asOf.slice(0, 4)), Number(asOf.slice(0, 4)) + 1].filter((year) => year >= 1 && year <= 9999).map(endOfYear);
      return addRecurring(acc, term.text, { series: ANNUAL_SERIES, label: "every year, by 31 December", ...aroundAsOf(occurrences, asOf) }, formatLongDate);
    }
    case "last-before": {
      const anchor = findEdition(calendar, term.before.series, term.before.year);
      if (!anchor) {
        // The meeting meant is the last one before an assembly the calendar does not have: it may be one it does not have either.
        needsLater(acc, calendar, term.series);
        return editionMissing(acc, calendar, term, term.before, null);
      }
      const last = seriesEvents(calendar, term.series).filter((event) => compareIsoDates(event.start, anchor.start) < 0).at(-1);
      if (!last) return notInCalendar(acc, term, `a ${term.series} meeting before ${formatEventRef(term.before)}`);
      return addDue(acc, term.text, last.end, `end of ${describeEvent(last)}, the last ${term.series} meeting before ${formatEventRef(term.before)} starts on ${formatLongDate(anchor.start)}`);
    }
    case "next": {
      if (asOf === null) return notInCalendar(acc, term, "the next meeting after an invalid as-of date");
      const next = seriesEvents(calendar, term.series).find((event) => compareIsoDates(event.end, asOf) >= 0);
      if (!next) {
        needsLater(acc, calendar, term.series);
        return notInCalendar(acc, term, `a ${term.series} meeting after ${formatLongDate(asOf)}`);
      }
      return addDue(acc, term.text, next.end, `end of ${describeEvent(next)}, the first ${term.series} meeting not over on ${formatLongDate(asOf)}`);
    }
    case "first": {
      const afterRef = term.after ?? acc.options.planAssembly ?? PLAN_ORIGIN;
      const after = findEdition(calendar, afterRef.series, afterRef.year);
      if (!after && afterRef !== PLAN_ORIGIN) return editionMissing(acc, calendar, term, afterRef, earliestDue(afterRef, 0, "day", "after"));
      const first = seriesEvents(calendar, term.series).find((event) => !after || compareIsoDates(event.start, after.end) > 0);
      if (!first) {
        needsLater(acc, calendar, term.series);
        return notInCalendar(acc, term, `a ${term.series} meeting after ${formatEventRef(afterRef)}`);
      }
      return addDue(acc, term.text, first.end, `end of ${describeEvent(first)}, the first ${term.series} meeting after ${formatEventRef(afterRef)}`);
    }
  }
}

/**
 * Resolves every term of `milestone` against `calendar` as of `asOf` (ISO date). With `options` (validation passes
 * them) the result also says which terms wait for their edition (`pending`) and which series it needs past the
 * calendar's end (`beyondCalendar`).
 */
export function resolveMilestone(milestone: Milestone, calendar: Calendar, asOf: string, options?: ResolveOptions): ResolvedMilestone {
  const validAsOf = isValidIsoDate(asOf) ? asOf : null;
  const acc: Accumulator = {
    options: options ?? {}, asOf: validAsOf, pending: [], beyond: new Set(),
    dueDates: [], recurring: [], ongoing: false, saysCompleted: false, unresolved: [], parts: [],
  };
  for (const term of milestone.terms) {
    try {
      resolveTerm(term, calendar, validAsOf, acc);
    } catch {
      // Only a malformed calendar (say, from unchecked storage) gets here: the term stays unresolved, validation goes on.
      acc.unresolved.push(term.text);
      acc.parts.push(`${term.text} → could not be resolved against the calendar`);
    }
  }
  if (validAsOf === null) acc.parts.push(`the as-of date "${asOf}" is not a date written YYYY-MM-DD, so recurring checkpoints are not placed`);
  const dueDates = [...new Set(acc.dueDates)].sort(compareIsoDates);
  const interpretation = acc.parts.length > 0 ? acc.parts.join("; ") : "no milestone";
  const resolved: ResolvedMilestone = { dueDates, recurring: acc.recurring, ongoing: acc.ongoing, saysCompleted: acc.saysCompleted, unresolved: acc.unresolved, interpretation };
  return options === undefined ? resolved : { ...resolved, pending: acc.pending, beyondCalendar: [...acc.beyond].sort() };
}

/**
 * Milestone text → structured milestone. The grammar covers every form used in the actual plan
 * (see docs/milestones.md for what each form means); anything else becomes an "unparsed" term.
 * Parsing never throws.
 */
import { daysInMonth, MONTH_NAMES } from "./dates";
import { normalizeMilestoneText } from "./milestone-normalize";

/** Canonical series names the parser produces; calendars may hold other series too. */
export const KNOWN_SERIES = ["WTSA", "TSAG", "Council", "PP", "SG", "WTDC", "GSS"] as const;

/** One edition or session of a series: WTSA-20 is { series: "WTSA", year: 2020 }. */
export interface EventRef {
  series: string;
  year: number;
}

export type TimeUnit = "day" | "week" | "month" | "year";

/** What a relative milestone is counted from: one event, or each meeting of a series. */
export type MilestoneAnchor = ({ kind: "event" } & EventRef) | { kind: "series"; series: string };

export type MilestoneTerm =
  | { kind: "ongoing"; text: string }
  | { kind: "completed"; text: string; year?: number }
  /** A specific edition or session: "WTSA-20", "WTSA 2020", "Council 2021", "TSAG 2017", "PP-18". */
  | { kind: "event"; text: string; event: EventRef }
  /** Each meeting of a series: "TSAG meetings", "Each TSAG meeting", "Council meetings", "TSAG". */
  | { kind: "recurring"; text: string; series: string }
  /** A yearly checkpoint not tied to a meeting: "Annual". */
  | { kind: "annual"; text: string }
  /** A calendar date or period: "2021", "March 2017", "15 March 2017". */
  | { kind: "date"; text: string; year: number; month?: number; day?: number }
  /** "One year before WTSA-20", "3 months before WTSA-20", "Before WTSA-20" (amount 0), "3 months before Council". */
  | { kind: "relative"; text: string; amount: number; unit: TimeUnit; direction: "before" | "after"; anchor: MilestoneAnchor }
  /** "Last TSAG before WTSA-20". */
  | { kind: "last-before"; text: string; series: string; before: EventRef }
  /** "Next TSAG". */
  | { kind: "next"; text: string; series: string }
  /** "First SG meeting" (counted after WTSA-16 unless an event is named: "First TSAG after WTSA-20"). */
  | { kind: "first"; text: string; series: string; after?: EventRef }
  | { kind: "unparsed"; text: string };

export type MilestoneTermKind = MilestoneTerm["kind"];

export interface Milestone {
  /** The milestone cell's text as written. */
  text: string;
  /** The terms in the order written; empty when the text is empty. */
  terms: MilestoneTerm[];
}

const SERIES_ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/\bstudy[ -]groups?\b|\bsgs\b/gi, "SG"],
  [/\bplenipotentiary(?: conference)?s?\b/gi, "PP"],
  [/\bcouncil\b/gi, "Council"],
];

const SERIES_WORD = "(WTSA|TSAG|Council|PP|SG|WTDC|GSS)";
const MEETING_WORD = "(?:\\s+(?:e-)?(?:meetings?|sessions?))?";
const EVENT_PATTERN = `(?:${SERIES_WORD}\\s*-?\\s*(\\d{4}|\\d{2})|C-?(\\d{2})|([A-Z]{2,10})-(\\d{4}|\\d{2}))`;
const MONTH_PATTERN = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const AMOUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20,
};
const AMOUNT_PATTERN = `(\\d{1,3}|${Object.keys(AMOUNT_WORDS).join("|")})`;

function re(source: string): RegExp {
  return new RegExp(`^${source}$`, "i");
}

const ONGOING = re("(?:on-?\\s?going|continuous(?:ly)?|continuing|permanent)");
const COMPLETED = re("(?:completed?|done|finished)(?:\\s+(?:in\\s+)?\\(?(\\d{4})\\)?)?");
const ANNUAL = re("(?:annual(?:ly)?|yearly|every year|each year|once (?:a|per) year)");
const EVENT = re(EVENT_PATTERN);
const RECURRING = re(`(?:(?:each|every|all)\\s+)?(?:(?:annual|yearly)\\s+)?${SERIES_WORD}${MEETING_WORD}`);
const NEXT = re(`next\\s+${SERIES_WORD}${MEETING_WORD}`);
const FIRST = re(`first\\s+${SERIES_WORD}${MEETING_WORD}(?:\\s+after\\s+${EVENT_PATTERN})?`);
const LAST_BEFORE = re(`last\\s+${SERIES_WORD}${MEETING_WORD}\\s+before\\s+(?:the\\s+)?${EVENT_PATTERN}`);
const RELATIVE = re(
  `(?:${AMOUNT_PATTERN}\\s+(day|week|month|year)s?\\s+)?(before|after|prior to|ahead of)\\s+(?:the\\s+)?` +
    `(?:${EVENT_PATTERN}|(?:(?:each|every|the next|next)\\s+)?${SERIES_WORD}${MEETING_WORD})`,
);
const YEAR_ONLY = re("(?:end of\\s+)?(\\d{4})");
const MONTH_YEAR = re(`(?:end of\\s+)?(?:(\\d{1,2})\\s+)?${MONTH_PATTERN}\\.?,?\\s+(\\d{4})`);
const ISO_DAY = re("(\\d{4})-(\\d{2})-(\\d{2})");
/**
 * Words that only say "by then": "by WTSA-28", "at the latest at WTSA-28", "no later than Council 2026". The event
 * that follows is the due date (docs/milestones.md); "before" is not filler, it means the event's start.
 */
const LEADING_FILLER = /^(?:(?:at the latest|latest|no later than|not later than)(?:\s+(?:by|at|in))?|by|at|until|till|due|in)\s+(?:the\s+)?/i;
/** "ITU Council 2026", "ITU-T TSAG": the Union's name before a body changes nothing. */
const ITU_PREFIX = /^ITU(?:-[TRD])?\s+/i;
/** "TSAG meeting in 2025", "Council session of 2026": the meeting of that year, like "TSAG 2025". */
const MEETING_IN_YEAR = re(`${SERIES_WORD}${MEETING_WORD}\\s+(?:in|of)\\s+(\\d{4})`);

function canonicalSeries(word: string): string {
  const known = KNOWN_SERIES.find((series) => series.toLowerCase() === word.toLowerCase());
  return known ?? word.toUpperCase();
}

function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Reads the five EVENT_PATTERN groups starting at `groups[0]`. */
function eventFromGroups(groups: Array<string | undefined>): EventRef | null {
  const [series, year, councilYear, otherSeries, otherYear] = groups;
  if (series && year) return { series: canonicalSeries(series), year: yearOf(year) };
  if (councilYear) return { series: "Council", year: yearOf(councilYear) };
  if (otherSeries && otherYear) return { series: otherSeries, year: yearOf(otherYear) };
  return null;
}

function monthNumber(word: string): number {
  const prefix = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix) + 1;
}

function amountOf(word: string | undefined): number {
  if (word === undefined) return 0;
  return AMOUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

/** One segment (already normalized, no separators) → a term, or null when the grammar does not match. */
function parseSegment(segment: string, text: string): MilestoneTerm | null {
  let m: RegExpExecArray | null;
  if (ONGOING.test(segment)) return { kind: "ongoing", text };
  if ((m = COMPLETED.exec(segment))) return m[1] ? { kind: "completed", text, year: Number(m[1]) } : { kind: "completed", text };
  if (ANNUAL.test(segment)) return { kind: "annual", text };
  if ((m = MONTH_YEAR.exec(segment))) {
    const year = Number(m[3]);
    const month = monthNumber(m[2]!);
    if (!m[1]) return { kind: "date", text, year, month };
    const day = Number(m[1]);
    return day >= 1 && day <= daysInMonth(year, month) ? { kind: "date", text, year, month, day } : null;
  }
  if ((m = ISO_DAY.exec(segment))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { kind: "date", text, year, month, day } : null;
  }
  if ((m = YEAR_ONLY.exec(segment))) return { kind: "date", text, year: Number(m[1]) };
  if ((m = MEETING_IN_YEAR.exec(segment))) return { kind: "event", text, event: { series: canonicalSeries(m[1]!), year: Number(m[2]) } };
  if ((m = EVENT.exec(segment))) {
    const event = eventFromGroups(m.slice(1, 6));
    // A generic "ABC-21" must be written in capitals to count as an event (it could be any code otherwise).
    if (event && (KNOWN_SERIES as readonly string[]).includes(event.series)) return { kind: "event", text, event };
    if (event && m[4] === m[4]?.toUpperCase()) return { kind: "event", text, event };
    return null;
  }
  if ((m = RECURRING.exec(segment))) return { kind: "recurring", text, series: canonicalSeries(m[1]!) };
  if ((m = NEXT.exec(segment))) return { kind: "next", text, series: canonicalSeries(m[1]!) };
  if ((m = FIRST.exec(segment))) {
    const after = eventFromGroups(m.slice(2, 7));
    return after ? { kind: "first", text, series: canonicalSeries(m[1]!), after } : { kind: "first", text, series: canonicalSeries(m[1]!) };
  }
  if ((m = LAST_BEFORE.exec(segment))) {
    const before = eventFromGroups(m.slice(2, 7));
    return before ? { kind: "last-before", text, series: canonicalSeries(m[1]!), before } : null;
  }
  if ((m = RELATIVE.exec(segment))) {
    const amount = amountOf(m[1]);
    const unit = (m[2]?.toLowerCase() ?? "month") as TimeUnit;
    const direction = m[3]!.toLowerCase() === "after" ? "after" : "before";
    const event = eventFromGroups(m.slice(4, 9));
    const anchor: MilestoneAnchor | null = event ? { kind: "event", ...event } : m[9] ? { kind: "series", series: canonicalSeries(m[9]) } : null;
    return anchor ? { kind: "relative", text, amount, unit, direction, anchor } : null;
  }
  return null;
}

function cleanSegment(segment: string): string {
  let cleaned = segment.trim().replace(/[.:]+$/, "").trim();
  for (const [pattern, series] of SERIES_ALIASES) cleaned = cleaned.replace(pattern, series);
  cleaned = cleaned.replace(/\s*-\s*/g, "-").replace(LEADING_FILLER, "").replace(ITU_PREFIX, "");
  // "WTSA -20" and "WTSA- 20" are read like "WTSA-20"; "on - going" like "on-going".
  return cleaned.replace(/^\((.*)\)$/, "$1").trim();
}

/** A segment the grammar does not match may be two terms written without a separator ("Ongoing TSAG 2021"). */
function parseUnseparatedPair(segment: string): MilestoneTerm[] | null {
  const words = segment.split(" ");
  if (words.length > 12) return null;
  for (let cut = 1; cut < words.length; cut++) {
    const left = parseSegment(cleanSegment(words.slice(0, cut).join(" ")), words.slice(0, cut).join(" "));
    const right = parseSegment(cleanSegment(words.slice(cut).join(" ")), words.slice(cut).join(" "));
    if (left && right) return [left, right];
  }
  return null;
}

/** Splits on line breaks, commas, semicolons, "and" and "&". */
function splitSegments(text: string): string[] {
  return text
    .split(/[\r\n;,]+|\s+(?:and|&)\s+/i)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}

export function parseMilestone(text: string): Milestone {
  const terms: MilestoneTerm[] = [];
  for (const rawSegment of splitSegments(normalizeMilestoneText(String(text ?? "")))) {
    const term = parseSegment(cleanSegment(rawSegment), rawSegment);
    if (term) {
      terms.push(term);
      continue;
    }
    terms.push(...(parseUnseparatedPair(rawSegment) ?? [{ kind: "unparsed" as const, text: rawSegment }]));
  }
  return { text, terms };
}

/** The terms the parser could not read (each becomes an "unparsed milestone" finding). */
export function unparsedTerms(milestone: Milestone): string[] {
  return milestone.terms.flatMap((term) => (term.kind === "unparsed" ? [term.text] : []));
}

export function formatEventRef(event: EventRef): string {
  const twoDigits = String(event.year % 100).padStart(2, "0");
  // Meetings are named by year ("TSAG 2021"), conferences by edition ("WTSA-20").
  return ["TSAG", "Council", "SG"].includes(event.series) ? `${event.series} ${event.year}` : `${event.series}-${twoDigits}`;
}

function formatAnchor(anchor: MilestoneAnchor): string {
  return anchor.kind === "event" ? formatEventRef(anchor) : `each ${anchor.series} meeting`;
}

/** The term in plain, canonical words ("12 months before WTSA-20", "each TSAG meeting"). */
export function describeTerm(term: MilestoneTerm): string {
  switch (term.kind) {
    case "ongoing":
      return "ongoing";
    case "completed":
      return term.year ? `completed (${term.year})` : "completed";
    case "event":
      return formatEventRef(term.event);
    case "recurring":
      return `each ${term.series} meeting`;
    case "annual":
      return "every year";
    case "date":
      if (term.month === undefined) return String(term.year);
      return `${term.day !== undefined ? `${term.day} ` : ""}${MONTH_NAMES[term.month - 1]} ${term.year}`;
    case "relative": {
      const amount = term.amount === 0 ? "" : `${term.amount} ${term.unit}${term.amount === 1 ? "" : "s"} `;
      return `${amount}${term.direction} ${formatAnchor(term.anchor)}`;
    }
    case "last-before":
      return `the last ${term.series} meeting before ${formatEventRef(term.before)}`;
    case "next":
      return `the next ${term.series} meeting`;
    case "first":
      return `the first ${term.series} meeting${term.after ? ` after ${formatEventRef(term.after)}` : ""}`;
    case "unparsed":
      return `"${term.text}" (not understood)`;
  }
}

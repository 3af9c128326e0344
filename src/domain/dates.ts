/**
 * Calendar arithmetic on ISO dates "YYYY-MM-DD", always in UTC and never through a locale:
 * milestones and the event calendar are day-granular, so times and time zones never enter.
 */

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date written "YYYY-MM-DD", or null (2022-02-30 is not one). */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** "YYYY-MM-DD" for years 0–9999 (callers keep years in range). */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function endOfMonth(year: number, month: number): string {
  return toIsoDate(year, month, daysInMonth(year, month));
}

export function endOfYear(year: number): string {
  return toIsoDate(year, 12, 31);
}

/** Negative when a is earlier than b. ISO dates with four-digit years sort as strings. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `months` months after `iso` (negative goes back); the day is clamped to the target
 * month's length, so 31 March minus one month is 28/29 February. `iso` must be a valid date.
 */
export function addMonths(iso: string, months: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${iso}`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return toIsoDate(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** The date `days` days after `iso` (negative goes back). `iso` must be a valid date. */
export function addDays(iso: string, days: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${iso}`);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day + days);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "18 June 2021". */
export function formatLongDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

/**
 * A date range as a person writes it: "8–18 June 2021", "26 February – 2 March 2018",
 * or, at month precision, "January 2022" and "January–May 2017".
 */
export function formatDateRange(start: string, end: string, precision: "day" | "month"): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return `${start} – ${end}`;
  const monthA = MONTH_NAMES[a.month - 1];
  const monthB = MONTH_NAMES[b.month - 1];
  if (precision === "month") {
    if (a.year === b.year && a.month === b.month) return `${monthA} ${a.year}`;
    if (a.year === b.year) return `${monthA}–${monthB} ${a.year}`;
    return `${monthA} ${a.year} – ${monthB} ${b.year}`;
  }
  if (start === end) return formatLongDate(start);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthA} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${monthA} – ${b.day} ${monthB} ${a.year}`;
  return `${formatLongDate(start)} – ${formatLongDate(end)}`;
}

/** The calendar date of `now` in the person's time zone, as YYYY-MM-DD (their "today"; every date field uses this form). */
export function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

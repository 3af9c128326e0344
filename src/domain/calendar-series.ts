/**
 * Which series an event of someone else's calendar belongs to, from its title or categories: ITU's public calendar
 * names its events "TSAG meeting", "ITU Council 2027", "World Telecommunication Standardization Assembly (WTSA-28)".
 * Only the bodies milestones name are recognised; an event of no known series is not imported (the preview says so).
 */
import { KNOWN_SERIES } from "./milestone";

const SERIES_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ["GSS", /\bGSS\b|Global Standards Symposium/i],
  ["WTSA", /\bWTSA\b|World Telecommunication Standardi[sz]ation Assembly/i],
  ["TSAG", /\bTSAG\b|Telecommunication Standardi[sz]ation Advisory Group/i],
  ["WTDC", /\bWTDC\b|World Telecommunication Development Conference/i],
  ["PP", /\bPP-\d{2}\b|Plenipotentiary Conference/i],
  ["WCIT", /\bWCIT\b|World Conference on International Telecommunications/i],
  ["WRC", /\bWRC\b|World Radiocommunication Conference/i],
  ["RA", /\bRA-\d{2}\b|Radiocommunication Assembly/i],
  ["WTPF", /\bWTPF\b|World Telecommunication\/ICT Policy Forum/i],
  // The Council's working groups, expert groups and briefings are not its sessions.
  ["Council", /^(?!.*\b(?:working group|expert group|CWG|briefing)s?\b).*\bCouncil\b/i],
  ["SG", /\bStudy Group \d+\b|\bSG\d+\b/i],
];

/** The canonical series named by `categories` (exactly) or else by `title`, or null when none is recognised. */
export function seriesOfEvent(title: string, categories: readonly string[] = []): string | null {
  for (const category of categories) {
    const known = KNOWN_SERIES.find((series) => series.toLowerCase() === category.trim().toLowerCase());
    if (known !== undefined) return known;
    const other = SERIES_PATTERNS.find(([series]) => series.toLowerCase() === category.trim().toLowerCase());
    if (other !== undefined) return other[0];
  }
  return SERIES_PATTERNS.find(([, pattern]) => pattern.test(title))?.[0] ?? null;
}

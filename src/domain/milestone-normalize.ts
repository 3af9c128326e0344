/**
 * Text clean-up before the milestone grammar runs: Word's dash and space variants, export markers,
 * and small typos in the few words milestones are made of ("Onging", "Councl", "meetngs").
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g;
const EXPORT_MARKERS = /\[bookmark:[^\]]*\]|\[footnoteRef:[^\]]*\]|\[\d+:[^\]]*\]/g;

/** Words the grammar knows; a word one edit away (two for long words) is read as the known word. */
const VOCABULARY = [
  "ongoing", "completed", "complete", "annual", "annually", "yearly", "meeting", "meetings", "session", "sessions",
  "before", "after", "council", "months", "month", "years", "first", "every", "continuous", "plenipotentiary",
  "january", "february", "march", "april", "august", "september", "october", "november", "december",
] as const;

/** Damerau–Levenshtein distance (optimal string alignment), cut off early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1]!;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The vocabulary word `word` is a typo of, or `word` itself when none (or several) are close. */
function correctWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 5 || (VOCABULARY as readonly string[]).includes(lower)) return word;
  const limit = lower.length >= 9 ? 2 : 1;
  let bestDistance = limit + 1;
  let candidates: string[] = [];
  for (const known of VOCABULARY) {
    const distance = editDistance(lower, known, limit);
    if (distance < bestDistance) {
      bestDistance = distance;
      candidates = [known];
    } else if (distance === bestDistance) {
      candidates.push(known);
    }
  }
  // "monts" is as close to "month" as to "months", "completd" to "complete" and "completed": the grammar
  // reads the words of one family alike, so the shortest will do. Unrelated ties stay uncorrected.
  const shortest = [...candidates].sort((a, b) => a.length - b.length)[0];
  return shortest !== undefined && candidates.every((candidate) => candidate.startsWith(shortest)) ? shortest : word;
}

/** Markers out, one kind of dash and space, single spaces, known words spelled right. Case is kept. */
export function normalizeMilestoneText(text: string): string {
  return text
    .replace(EXPORT_MARKERS, " ")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .replace(/[A-Za-z]+/g, correctWord)
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Typed references of a status block: which shapes each kind accepts, and why the others are refused.
 * Decisions (see docs/rules.md "Status block"):
 * - a TSAG TD must say TSAG ("TSAG-TD1187"): a bare "TD1187" is ambiguous, every study group numbers its own TDs;
 * - circular letters are the Secretary-General's "CL-21/3" or the Bureau's "TSB Circular 123" (a bare "Circular 62" is refused the same way);
 * - Council documents "C21/47", "C21/INF/3"; WTSA contributions "WTSA-C28", "WTSA-20 C28", with Add./Rev.;
 * - Recommendations and Supplements must name their Sector ("ITU-T X.1234", "ITU-T Y.Suppl.58");
 * - a liaison statement is "LS", "LS <another reference>" (e.g. "LS TSAG-TD55") or a group's LS number ("SG17-LS123");
 * - links are https:// only: the plan's own links all point to itu.int, which serves https, and an http link in a
 *   published ITU document is a defect; a ";" must be written %3B because ";" separates references.
 * The text is kept as written; only surrounding spaces are trimmed.
 */
import type { ReferenceKind, StatusReference } from "./status-block";

export type ParsedReference = StatusReference | { error: string };

/** Hyphens as Word writes them: ASCII, non-breaking (U+2011, used in "ITU‑T" by the plan) and en dash. */
const H = "[-\\u2011\\u2013]";
const ITU_T = `ITU${H}T`;

const SHAPES: { kind: Exclude<ReferenceKind, "liaison">; patterns: RegExp[] }[] = [
  { kind: "tsag-td", patterns: [new RegExp(`^TSAG(?:\\s*${H}\\s*|\\s+)TD\\s?\\d{1,5}(?:${H}R\\d{1,2}|\\s?\\(Rev\\.\\s?\\d{1,2}\\))?$`, "i")] },
  {
    kind: "circular-letter",
    patterns: [new RegExp(`^CL${H}\\d{2}/\\d{1,4}$`, "i"), /^TSB\s+Circular\s+\d{1,4}(?:\s+(?:Cor|Add|Rev)\.\s?\d{1,2})?$/i],
  },
  { kind: "council-doc", patterns: [/^C\d{2}\/(?:INF\/)?\d{1,4}(?:\s?\(Rev\.\s?\d{1,2}\))?$/i] },
  { kind: "wtsa-contribution", patterns: [new RegExp(`^WTSA(?:${H}?\\d{2})?(?:${H}|\\s+|/)C\\d{1,3}(?:\\s?\\(?(?:Add|Rev|Cor)\\.\\s?\\d{1,2}\\)?)?$`, "i")] },
  {
    kind: "recommendation",
    patterns: [
      new RegExp(`^(?:Recommendation\\s+)?${ITU_T}\\s+[A-Z]\\.\\d{1,5}(?:\\.\\d{1,4})*(?:\\s+(?:Amd|Cor|Add)\\.\\s?\\d{1,2})?$`, "i"),
      new RegExp(`^(?:Recommendation\\s+)?ITU${H}R\\s+[A-Z]{1,3}\\.\\d{1,5}(?:${H}\\d{1,2})?$`, "i"),
      new RegExp(`^${ITU_T}\\s+[A-Z](?:\\.\\d{1,5}(?:\\.\\d{1,4})*${H}series)?(?:\\.|\\s+)?\\s*Suppl(?:\\.|ement)\\s*\\d{1,3}$`, "i"),
      new RegExp(`^Supplement\\s+\\d{1,3}\\s+to\\s+${ITU_T}\\s+[A-Z](?:\\.\\d{1,5}(?:\\.\\d{1,4})*)?(?:${H}series)?(?:\\s+Recommendations)?$`, "i"),
    ],
  },
  { kind: "url", patterns: [/^https:\/\/[^\s/?#:;]+(?:\.[^\s/?#:;]+)+(?::\d{1,5})?(?:[/?#][^\s;]*)?$/i] },
];

const GROUP_LS = new RegExp(`^(?:TSAG|SG\\d{1,2}|(?:FG|JCA)${H}[-\\u2011\\u2013A-Z0-9]+)${H}LS\\s?\\d{1,4}$`, "i");

/** Classify a reference written by a person; never throws. */
export function parseReference(input: string): ParsedReference {
  const text = input.trim();
  if (text === "") return { error: "A reference is empty." };
  const kind = shapeKind(text) ?? liaisonKind(text);
  return kind ? { kind, text } : { error: explainRefusal(text) };
}

function shapeKind(text: string): ReferenceKind | undefined {
  return SHAPES.find((shape) => shape.patterns.some((pattern) => pattern.test(text)))?.kind;
}

function liaisonKind(text: string): "liaison" | undefined {
  if (/^LS$/i.test(text) || GROUP_LS.test(text)) return "liaison";
  const carried = /^LS\s+(.+)$/i.exec(text)?.[1];
  return carried !== undefined && shapeKind(carried) !== undefined ? "liaison" : undefined;
}

const EXAMPLES = "TSAG-TD1187, CL-21/3, TSB Circular 123, C21/47, WTSA-C28, ITU-T X.1234, LS, or an https:// link";

function explainRefusal(text: string): string {
  if (/^TD\s?\d+/i.test(text)) return `"${text}": write TSAG-${text.replace(/\s+/g, "")} — a bare TD number is ambiguous (every study group numbers its own TDs).`;
  if (/^Circular\s+\d+/i.test(text)) return `"${text}": write TSB ${text} (or CL-YY/N for a Secretary-General circular letter).`;
  if (/^[A-Z]\.\d+/i.test(text) || /^Recommendation\s+[A-Z]\.\d+/i.test(text)) return `"${text}": name the Sector, e.g. ITU-T ${text.replace(/^Recommendation\s+/i, "")}.`;
  if (/^http:\/\//i.test(text)) return `"${text}": use an https:// link (links in the plan point to itu.int, which serves https).`;
  if (/^https:\/\//i.test(text) && text.includes(";")) return `"${text}": write ";" in a link as %3B — ";" separates references.`;
  if (/^https:\/\//i.test(text)) return `"${text}" is not a valid https:// link (a host name with a dot, no spaces).`;
  return `"${text}" is not a reference this format knows; write e.g. ${EXAMPLES}.`;
}

/** Standardized status block: the contract. Rendering and parsing are added in this file (issue 2 §5). */
export const STATUS_STATES = ["On track", "Attention", "In jeopardy", "Completed", "No input"] as const;
export type StatusState = (typeof STATUS_STATES)[number];

export const REFERENCE_KINDS = ["tsag-td", "circular-letter", "council-doc", "wtsa-contribution", "recommendation", "liaison", "url"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface StatusReference {
  kind: ReferenceKind;
  /** As written, e.g. "TSAG-TD1187", "CL-21/3", "C21/47", "WTSA-C28", "Recommendation ITU-T X.1234". */
  text: string;
}

export interface StatusBlock {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** Reporting event, e.g. "TSAG, January 2022". */
  event: string;
  state: StatusState;
  summary: string;
  references: StatusReference[];
  nextSteps: string;
}

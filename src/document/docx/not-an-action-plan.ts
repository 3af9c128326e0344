/** The error for a document without any readable action item, with what the recognizer did see (e.g. rows of the wrong width). */
import type { Finding } from "../../domain/finding";
import { DocumentError } from "../document-error";

export function notAnActionPlanError(findings: readonly Finding[], purpose: string): DocumentError {
  const seen = findings.filter((finding) => finding.location !== undefined).slice(0, 3);
  const more = findings.filter((finding) => finding.location !== undefined).length - seen.length;
  const detail = seen.length === 0 ? "" : ` What the tables do contain: ${seen.map((finding) => finding.message).join(" ")}${more > 0 ? ` (and ${more} more)` : ""}`;
  return new DocumentError(
    "NotAnActionPlan",
    `No action table found: the document has no table headed "Action Item | Action | Milestone | Periodic goals met | Completed" with item rows, so there is nothing to ${purpose}.${detail}`,
  );
}

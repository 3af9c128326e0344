/**
 * A job's outcome where the pane runs it inside a write or an exclusive task: the success value, or the job's
 * document error thrown, so that the one place that puts errors into the pane's words (pane-errors.ts) shows it.
 */
import { DocumentError } from "../../document/document-error";
import type { JobFailed, NotAPlan } from "../../jobs/job-outcome";
import { strings } from "../strings";

export function unwrap<T extends { kind: string }>(outcome: T | NotAPlan | JobFailed): T {
  if (outcome.kind === "failed") throw (outcome as JobFailed).error;
  if (outcome.kind === "not-a-plan") throw new DocumentError("NotAnActionPlan", strings.errors.byCode.NotAnActionPlan);
  return outcome as T;
}

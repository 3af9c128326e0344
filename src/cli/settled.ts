/**
 * A job's outcome as the CLI presents it: success goes on; "not an action plan" and a failure become the one-line
 * error main.ts prints with exit 2 (its words: the adapter's sentence, or the not-a-plan sentence naming the purpose).
 */
import { notAnActionPlanError } from "../document/docx/not-an-action-plan";
import type { JobFailed, NotAPlan } from "../jobs/job-outcome";

export function settled<T extends { kind: string }>(outcome: T | NotAPlan | JobFailed, purpose: string): T {
  if (outcome.kind === "not-a-plan") throw notAnActionPlanError((outcome as NotAPlan).findings, purpose);
  if (outcome.kind === "failed") throw (outcome as JobFailed).error;
  return outcome as T;
}

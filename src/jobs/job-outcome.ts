/**
 * What every job returns: its own success value, "not an action plan", or a failure with the document error's code.
 * Expected outcomes are values; only a programming error escapes a job as an exception (STYLE: ProseMirror's
 * step/maybeStep). Presenters (pane, ribbon, CLI) switch on `kind` and put the code into their own words.
 */
import type { Finding } from "../domain/finding";
import { isDocumentError, type DocumentError, type DocumentErrorCode } from "../document/document-error";

export interface JobFailed {
  kind: "failed";
  code: DocumentErrorCode;
  /** The adapter's sentence, written for the person (it may name the part, the item or the character). */
  message: string;
  error: DocumentError;
}

export interface NotAPlan {
  kind: "not-a-plan";
  /** What the read found instead (e.g. which tables it saw), for the presenter to quote. */
  findings: Finding[];
}

export function failed(error: DocumentError): JobFailed {
  return { kind: "failed", code: error.code, message: error.message, error };
}

/**
 * Runs `body` and turns a DocumentError into the job's failure (NotAnActionPlan into "not a plan"); anything else is a
 * bug and is rethrown.
 */
export async function asJob<T>(body: () => Promise<T>): Promise<T | JobFailed | NotAPlan> {
  try {
    return await body();
  } catch (error) {
    if (isDocumentError(error, "NotAnActionPlan")) return { kind: "not-a-plan", findings: [] };
    if (isDocumentError(error)) return failed(error);
    throw error;
  }
}

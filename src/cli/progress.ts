/** Progress lines on stderr, only when stderr is a terminal (scripts and pipes stay quiet). */
import type { ValidationStep } from "../jobs/validate";
import type { CliIo } from "./cli-io";

export type Progress = (message: string) => void;

export function progressOn(io: CliIo): Progress {
  return io.stderrIsTTY ? (message) => io.stderr(`${message}\n`) : () => undefined;
}

const STEP_WORDS: Record<ValidationStep, (asOf: string, items: number | undefined) => string> = {
  structuring: () => "Structuring…",
  reading: () => "Recognizing the action tables…",
  validating: (asOf, items) => `Validating ${items ?? "the"} items as of ${asOf}…`,
  colouring: () => "Colouring…",
};

/** The validation job's steps as progress lines. */
export function stepProgress(progress: Progress, asOf: string): (step: ValidationStep, detail?: { items: number }) => void {
  return (step, detail) => progress(STEP_WORDS[step](asOf, detail?.items));
}

/** Errors the CLI reports with exit code 2: bad usage, and input or output it cannot use. */
export const EXIT_OK = 0;
/** `check`: something is in jeopardy. */
export const EXIT_JEOPARDY = 1;
/** Unusable input, or wrong usage. Nothing was written. */
export const EXIT_UNUSABLE = 2;

export type CliErrorCode = "Usage" | "InputUnreadable" | "OutputUnwritable";

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string): CliError {
  return new CliError("Usage", `${message}\nRun "action-plan --help" for usage.`);
}

/** Progress lines on stderr, only when stderr is a terminal (scripts and pipes stay quiet). */
import type { CliIo } from "./cli-io";

export type Progress = (message: string) => void;

export function progressOn(io: CliIo): Progress {
  return io.stderrIsTTY ? (message) => io.stderr(`${message}\n`) : () => undefined;
}

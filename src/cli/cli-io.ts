/**
 * Everything the CLI does to the outside world, behind one interface so the tests can run `main`
 * in-process: output streams, whether stderr is a terminal (progress is shown only then), files, today.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is attached to a terminal: progress lines are written only then. */
  stderrIsTTY: boolean;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole file or nothing (temp file + rename). */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  /** Same file on disk (after resolving the path)? Used to refuse writing over the input by accident. */
  samePath(a: string, b: string): boolean;
  /** Today's date as YYYY-MM-DD (local time): the default as-of date. */
  today(): string;
}

/**
 * Typed errors of the Word adapter. Expected outcomes (an item that changed since it was read, a row the
 * recognizer could not interpret) are values in the reports; these errors are for operations that cannot
 * proceed at all, each with a `code` the task pane and the ribbon command turn into a message.
 */
export type WordAdapterErrorCode =
  /** The host lacks a requirement set the operation needs (see requirements.ts). */
  | "Unsupported"
  /** The document changed since the read a write was based on; nothing was written. Read again. */
  | "DocumentChanged"
  /** The item asked for is not in the document (or not in the read the request was based on). */
  | "ItemNotFound"
  /** The operation needs the add-in's content controls and the field has none: structure the plan first. */
  | "NotStructured"
  /** The item has no status row to insert a status block into. */
  | "NoStatusCell"
  /** The item has no valid number (own or proposed), so nothing can be tagged for it. */
  | "Untaggable"
  /** A value the field cannot hold (e.g. "x" for Completed, which is "√" or empty). */
  | "InvalidValue"
  /** A write was asked for before this adapter read the document: the basis must come from read(). */
  | "NoRead"
  /** What Word returned does not fit together (tables and paragraphs disagree); nothing was written. */
  | "ReadInconsistent"
  /** The add-in's shared state in the document is unreadable or ambiguous. */
  | "SharedStateInvalid"
  /** Word itself failed (an Office.js error): `cause` holds the original. */
  | "WordFailed";

export class WordAdapterError extends Error {
  override readonly name = "WordAdapterError";
  constructor(
    readonly code: WordAdapterErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isWordAdapterError(error: unknown, code?: WordAdapterErrorCode): error is WordAdapterError {
  return error instanceof WordAdapterError && (code === undefined || error.code === code);
}

/** The `code` of an Office.js error (OfficeExtension.Error), e.g. "ItemNotFound", or undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The one error type of the document port. Both adapters (Word, .docx) throw it; the pane, the ribbon and the CLI
 * each turn its `code` into their own words (one table each: taskpane/strings.ts errors.byCode, commands'
 * outcome-message.ts, docs/cli.md for the CLI). Expected outcomes (an item changed since it was read, a row the
 * recognizer could not interpret, "not an action plan" for a job) are values, not errors; these are for operations
 * that cannot proceed at all. Thrown before anything is written: bad input changes nothing.
 * docs/cli.md lists every code with what it means and what to do (tests/document/docx/docx-error-docs.test.ts).
 */
export const DOCUMENT_ERROR_CODES = [
  // Opening a file (.docx adapter)
  "EmptyFile",
  "NotAZip",
  "Damaged",
  "Encrypted",
  "MissingDocumentXml",
  "MalformedXml",
  "UnsupportedFormat",
  "TooLarge",
  // The document's content
  "NotAnActionPlan",
  "ItemNotFound",
  "NoStatusCell",
  "FieldNotFound",
  "NotStructured",
  "MergedCell",
  "Untaggable",
  "InvalidStatusBlock",
  "InvalidValue",
  "DocumentChanged",
  "SharedStateInvalid",
  // The host (Word adapter)
  "Unsupported",
  "ReadInconsistent",
  "WordFailed",
] as const;

export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/** Codes only the Word adapter raises: the CLI, which works on files, never shows them. */
export const WORD_ONLY_CODES: readonly DocumentErrorCode[] = ["Unsupported", "ReadInconsistent", "WordFailed", "Untaggable"];

export class DocumentError extends Error {
  override readonly name = "DocumentError";
  /**
   * @param options.cause the low-level error behind this one (an Office.js error, the zip library's), kept for logs and
   * bug reports only; `message` is what the user reads.
   */
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isDocumentError(error: unknown, code?: DocumentErrorCode): error is DocumentError {
  return error instanceof DocumentError && (code === undefined || error.code === code);
}

/** The string `code` an error carries (a DocumentError's, or an Office.js error's such as "ItemNotFound"), or undefined. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

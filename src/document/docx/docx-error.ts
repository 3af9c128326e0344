/**
 * Typed errors of the .docx adapter. Every one carries a stable `code` (the CLI maps them to exit 2)
 * and a message a user can act on. Thrown before anything is written: bad input changes nothing.
 * docs/cli.md lists every code with what it means and what to do (tests/docx-error-docs.test.ts keeps it complete).
 */
export const DOCX_ERROR_CODES = [
  "EmptyFile",
  "NotAZip",
  "Damaged",
  "Encrypted",
  "MissingDocumentXml",
  "MalformedXml",
  "UnsupportedFormat",
  "TooLarge",
  "NotAnActionPlan",
  "ItemNotFound",
  "NoStatusCell",
  "FieldNotFound",
  "NotStructured",
  "MergedCell",
  "InvalidStatusBlock",
  "InvalidValue",
  "DocumentChanged",
  "SharedStateInvalid",
] as const;

export type DocxErrorCode = (typeof DOCX_ERROR_CODES)[number];

export class DocxError extends Error {
  /**
   * @param options.cause the low-level error behind this one (e.g. zip.js's "Invalid CRC32"),
   * kept for logs and bug reports only; `message` is what the user reads.
   */
  constructor(
    readonly code: DocxErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DocxError";
  }
}

export function isDocxError(error: unknown): error is DocxError {
  return error instanceof DocxError;
}

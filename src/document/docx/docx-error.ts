/**
 * Typed errors of the .docx adapter. Every one carries a stable `code` (the CLI maps them to exit 2)
 * and a message a user can act on. Thrown before anything is written: bad input changes nothing.
 */
export type DocxErrorCode =
  | "EmptyFile"
  | "NotAZip"
  | "Encrypted"
  | "MissingDocumentXml"
  | "MalformedXml"
  | "UnsupportedFormat"
  | "TooLarge"
  | "NotAnActionPlan"
  | "ItemNotFound"
  | "NoStatusCell"
  | "FieldNotFound"
  | "NotStructured"
  | "InvalidStatusBlock"
  | "InvalidValue"
  | "DocumentChanged"
  | "SharedStateInvalid";

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}

export function isDocxError(error: unknown): error is DocxError {
  return error instanceof DocxError;
}

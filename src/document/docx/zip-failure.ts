/**
 * Turns a failure of JSZip (opening the package, decompressing a part, writing the package) into a DocxError a
 * user can act on. JSZip's own messages ("Bug : uncompressed data size mismatch", "Corrupted zip: can't find end of
 * central directory", "End of data reached (…)") describe its internals, not what happened to the file, so they are
 * kept only as the error's `cause`, for logs.
 */
import { DocxError } from "./docx-error";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";

/** What JSZip's message says went wrong, in the terms a user knows. */
type Damage = "encrypted" | "method" | "content" | "cut-short" | "structure";

function classify(message: string): Damage {
  if (/encrypted/i.test(message)) return "encrypted";
  if (/compression .* unknown/i.test(message)) return "method";
  // Size and checksum checks fail after decompressing; a corrupt deflate stream surfaces as one of them too.
  if (/size mismatch|CRC32 mismatch|invalid (block|distance|code|stored)|incorrect (header|data) check/i.test(message)) return "content";
  if (/End of data reached|end of central directory|missing \d+ bytes|expected \d+ records/i.test(message)) return "cut-short";
  return "structure";
}

/**
 * The DocxError for a JSZip failure. `part` is the package part being read when it failed, when known (JSZip's
 * whole-package checks do not say which part failed).
 */
export function zipFailure(error: unknown, part?: string): DocxError {
  const original = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? error : new Error(original);
  const named = displayablePartName(part ?? /inner file : ([^)]+)\)/.exec(original)?.[1]);
  switch (classify(original)) {
    case "encrypted":
      return new DocxError(
        "Encrypted",
        "The file is an encrypted zip archive, not a Word document as Word saves it: decrypt it with the program that encrypted it, then open it in Word and save it again.",
        { cause },
      );
    case "method":
      return new DocxError("Damaged", `The file is damaged: ${named ? `its part ${named}` : "one of its parts"} is compressed in a way Word never uses. ${REPAIR}`, { cause });
    case "content":
      return new DocxError(
        "Damaged",
        `The file is damaged: ${named ? `the content of its part ${named}` : "part of its content"} does not match the size or checksum recorded for it. ${REPAIR}`,
        { cause },
      );
    case "cut-short":
      return new DocxError("Damaged", `The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy. ${REPAIR}`, { cause });
    case "structure":
      return new DocxError("Damaged", `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`, { cause });
  }
}

/**
 * A part name as the user may read it: the name comes from the file, and a damaged central directory gives garbage
 * (binary bytes, line breaks, the next record's bytes). A package part name is an ASCII URI path (OPC percent-encodes
 * anything else), so anything else is not named.
 */
export function displayablePartName(name: string | undefined): string | undefined {
  return name !== undefined && /^[\x21-\x7e]{1,200}$/.test(name) ? name : undefined;
}

/**
 * Turns a failure of the zip layer (@zip.js/zip.js: opening the package, inflating a part, writing the package) into a
 * DocumentError a user can act on. zip.js reports its failures as errors whose message is one of its exported ERR_*
 * constants (its documented way to tell them apart); its wording describes the format, not what happened to the
 * file, so it is kept only as the error's `cause`, for logs.
 */
import {
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_ENCRYPTED,
  ERR_ENCRYPTED_CENTRAL_DIRECTORY,
  ERR_ENTRY_DATA_OUT_OF_BOUNDS,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_CRC32,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_RESERVED_COMPRESSION_METHOD,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
} from "@zip.js/zip.js";
import { DocumentError } from "../document-error";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";

/** What went wrong, in the terms a user knows. */
type Damage = "encrypted" | "method" | "content" | "cut-short" | "structure";

const DAMAGE_OF = new Map<string, Damage>([
  [ERR_ENCRYPTED, "encrypted"],
  [ERR_UNSUPPORTED_ENCRYPTION, "encrypted"],
  [ERR_ENCRYPTED_CENTRAL_DIRECTORY, "encrypted"],
  [ERR_UNSUPPORTED_COMPRESSION, "method"],
  [ERR_RESERVED_COMPRESSION_METHOD, "method"],
  // Inflating yielded more (or fewer) bytes than recorded, a checksum differs, or the deflate data is broken.
  [ERR_INVALID_UNCOMPRESSED_SIZE, "content"],
  [ERR_INVALID_CRC32, "content"],
  [ERR_INVALID_COMPRESSED_DATA, "content"],
  // The end of the file (where a zip keeps its table of contents) is missing or points past the end.
  [ERR_EOCDR_NOT_FOUND, "cut-short"],
  [ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND, "cut-short"],
  [ERR_CENTRAL_DIRECTORY_NOT_FOUND, "cut-short"],
  [ERR_ENTRY_DATA_OUT_OF_BOUNDS, "cut-short"],
]);

/** The DocumentError for a zip failure. `part` is the package part being read when it failed, when known. */
export function zipFailure(error: unknown, part?: string): DocumentError {
  const original = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? error : new Error(original);
  const named = displayablePartName(part);
  switch (DAMAGE_OF.get(original) ?? "structure") {
    case "encrypted":
      return new DocumentError(
        "Encrypted",
        "The file is an encrypted zip archive, not a Word document as Word saves it: decrypt it with the program that encrypted it, then open it in Word and save it again.",
        { cause },
      );
    case "method":
      return new DocumentError("Damaged", `The file is damaged: ${named ? `its part ${named}` : "one of its parts"} is compressed in a way Word never uses. ${REPAIR}`, { cause });
    case "content":
      return new DocumentError(
        "Damaged",
        `The file is damaged: ${named ? `the content of its part ${named}` : "part of its content"} does not match the size or checksum recorded for it. ${REPAIR}`,
        { cause },
      );
    case "cut-short":
      return new DocumentError("Damaged", `The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy. ${REPAIR}`, { cause });
    case "structure":
      return new DocumentError("Damaged", `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`, { cause });
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

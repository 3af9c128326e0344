/**
 * The .docx adapter on damaged copies of the actual plan: every failure of the zip layer (@zip.js/zip.js), when the
 * package is opened and when a part is read later, becomes a DocumentError with a code and a sentence a user can act on
 * ("The file is damaged: … Open it in Word … and save it again"); zip.js's own error (one of its exported ERR_*
 * constants as its message) is kept only as the error's cause, for logs.
 */
import {
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_ENCRYPTED,
  ERR_ENTRY_DATA_OUT_OF_BOUNDS,
  ERR_EOCDR_NOT_FOUND,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_CRC32,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  ERR_SPLIT_ZIP_FILE,
  ERR_UNSUPPORTED_COMPRESSION,
} from "@zip.js/zip.js";
import { openDocx } from "../../../src/document/docx/docx-document";
import { DocumentError } from "../../../src/document/document-error";
import { zipFailure } from "../../../src/document/docx/zip-failure";
import { planDocx } from "../../support/docx/actual-plan";
import {
  brokenLocalSignature,
  corruptCompressedData,
  cutEnd,
  encryptedFlag,
  entryLayout,
  flippedCrc,
  unknownCompression,
  wrongSizeInDirectory,
  wrongSizeInLocalHeader,
} from "../../support/malformed/zip-damage";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";
const CONTENT = `The file is damaged: part of its content does not match the size or checksum recorded for it. ${REPAIR}`;
/** Parts are checked one by one when the package is opened, so the message names the damaged one. */
const contentOf = (part: string): string => `The file is damaged: the content of its part ${part} does not match the size or checksum recorded for it. ${REPAIR}`;
const CUT = `The file is damaged: it ends too early or its table of contents is missing, as after an incomplete download or copy. ${REPAIR}`;

let plan: Uint8Array;
beforeAll(async () => {
  plan = await planDocx();
});

async function failureOf(bytes: Uint8Array): Promise<DocumentError> {
  const failure = await openDocx(bytes).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof DocumentError)) throw new Error(`Expected a DocumentError, got ${String(failure)}`);
  return failure;
}

describe("opening a damaged package", () => {
  it.each([
    ["bytes inverted in word/document.xml's compressed data", () => corruptCompressedData(plan, "word/document.xml"), contentOf("word/document.xml"), ERR_INVALID_UNCOMPRESSED_SIZE],
    // zip.js stops inflating as soon as a part yields more than its recorded size.
    ["word/document.xml's size in the central directory 7 bytes too small", () => wrongSizeInDirectory(plan, "word/document.xml", -7), contentOf("word/document.xml"), ERR_INVALID_UNCOMPRESSED_SIZE],
    // 7 bytes short: zip.js's inflate (through a gzip stream) finds the length check wrong and says CRC.
    ["word/document.xml's size in the central directory 7 bytes too large", () => wrongSizeInDirectory(plan, "word/document.xml", 7), contentOf("word/document.xml"), ERR_INVALID_CRC32],
    ["a bit of word/styles.xml's CRC-32 flipped", () => flippedCrc(plan, "word/styles.xml"), contentOf("word/styles.xml"), ERR_INVALID_CRC32],
    ["a bit of word/document.xml's CRC-32 flipped", () => flippedCrc(plan, "word/document.xml"), contentOf("word/document.xml"), ERR_INVALID_CRC32],
    ["the file cut in half", () => plan.slice(0, plan.length >> 1), CUT, ERR_EOCDR_NOT_FOUND],
    ["the last 10 bytes cut off", () => cutEnd(plan, 10), CUT, ERR_EOCDR_NOT_FOUND],
    [
      "word/document.xml's compression method set to LZMA",
      () => unknownCompression(plan, "word/document.xml"),
      `The file is damaged: its part word/document.xml is compressed in a way Word never uses. ${REPAIR}`,
      ERR_UNSUPPORTED_COMPRESSION,
    ],
    [
      "the signature of word/document.xml's local header overwritten",
      () => brokenLocalSignature(plan, "word/document.xml"),
      `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`,
      ERR_LOCAL_FILE_HEADER_NOT_FOUND,
    ],
  ])("%s: DocumentError Damaged with the readable message; zip.js's error only as the cause", async (_name, damage, message, cause) => {
    const error = await failureOf(damage());
    expect({ code: error.code, message: error.message }).toEqual({ code: "Damaged", message });
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe(cause);
  });

  it("word/document.xml flagged as zip-encrypted: DocumentError Encrypted, saying what to do", async () => {
    const error = await failureOf(encryptedFlag(plan, "word/document.xml"));
    expect(error.code).toBe("Encrypted");
    expect(error.message).toBe(
      "The file is an encrypted zip archive, not a Word document as Word saves it: decrypt it with the program that encrypted it, then open it in Word and save it again.",
    );
    expect((error.cause as Error).message).toBe(ERR_ENCRYPTED);
  });

  it("a wrong size in a local header only is no damage to a reader: the central directory is what counts", async () => {
    const read = await (await openDocx(wrongSizeInLocalHeader(plan, "word/document.xml", 7))).read();
    expect(read.plan.resolutions.length).toBeGreaterThan(50);
  });

  it("the damage helpers change only the entry they name, in a copy (word/document.xml is deflated, its data inside the file)", () => {
    const original = Uint8Array.from(plan);
    const entry = entryLayout(plan, "word/document.xml");
    expect(entry.data + entry.compressedSize).toBeLessThan(entry.central);
    expect(new DataView(plan.buffer, plan.byteOffset).getUint16(entry.central + 10, true)).toBe(8);
    const damaged = corruptCompressedData(plan, "word/document.xml");
    const changed = [...damaged.keys()].filter((index) => damaged[index] !== plan[index]);
    expect(changed).toHaveLength(16);
    expect(changed.every((index) => index >= entry.data && index < entry.data + entry.compressedSize)).toBe(true);
    expect(plan).toEqual(original);
  });
});

describe("zipFailure on zip.js's other errors", () => {
  it.each([
    [ERR_CENTRAL_DIRECTORY_NOT_FOUND, CUT],
    [ERR_ENTRY_DATA_OUT_OF_BOUNDS, CUT],
    [ERR_SPLIT_ZIP_FILE, `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`],
    [ERR_INVALID_CRC32, CONTENT],
    [ERR_INVALID_COMPRESSED_DATA, CONTENT],
    ["an error zip.js never names", `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`],
  ])("%s → %s", (original, message) => {
    const error = zipFailure(new Error(original));
    expect({ code: error.code, message: error.message, cause: (error.cause as Error).message }).toEqual({ code: "Damaged", message, cause: original });
  });

  it("a thrown non-Error is kept as the cause's message", () => {
    expect((zipFailure(ERR_EOCDR_NOT_FOUND).cause as Error).message).toBe(ERR_EOCDR_NOT_FOUND);
  });
});

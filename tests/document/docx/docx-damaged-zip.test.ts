/**
 * The .docx adapter on damaged copies of the actual plan: every JSZip failure, when the package is opened and when a
 * part is read later, becomes a DocxError with a code and a sentence a user can act on ("The file is damaged: … Open it
 * in Word … and save it again"); JSZip's own message ("Bug : uncompressed data size mismatch", "Corrupted zip …") is
 * kept only as the error's cause, for logs.
 */
import { openDocx } from "../../../src/document/docx/docx-document";
import { DocxError } from "../../../src/document/docx/docx-error";
import { DocxPackage } from "../../../src/document/docx/docx-package";
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

async function failureOf(bytes: Uint8Array): Promise<DocxError> {
  const failure = await openDocx(bytes).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof DocxError)) throw new Error(`Expected a DocxError, got ${String(failure)}`);
  return failure;
}

describe("opening a damaged package", () => {
  it.each([
    ["bytes inverted in word/document.xml's compressed data", () => corruptCompressedData(plan, "word/document.xml"), contentOf("word/document.xml"), /size mismatch/],
    // Inflating stops one chunk past the recorded size (bounded-inflate.ts): the cause is ours, not JSZip's.
    ["word/document.xml's size in the central directory 7 bytes too small", () => wrongSizeInDirectory(plan, "word/document.xml", -7), contentOf("word/document.xml"), /^Uncompressed data size mismatch in word\/document\.xml: more than/],
    ["word/document.xml's size in the central directory 7 bytes too large", () => wrongSizeInDirectory(plan, "word/document.xml", 7), contentOf("word/document.xml"), /^Bug : uncompressed data size mismatch$/],
    ["a bit of word/styles.xml's CRC-32 flipped", () => flippedCrc(plan, "word/styles.xml"), contentOf("word/styles.xml"), /CRC32 mismatch in word\/styles\.xml/],
    ["a bit of word/document.xml's CRC-32 flipped", () => flippedCrc(plan, "word/document.xml"), contentOf("word/document.xml"), /CRC32 mismatch in word\/document\.xml/],
    ["the file cut in half", () => plan.slice(0, plan.length >> 1), CUT, /can't find end of central directory/],
    ["the last 10 bytes cut off", () => cutEnd(plan, 10), CUT, /^End of data reached/],
    [
      "word/document.xml's compression method set to LZMA",
      () => unknownCompression(plan, "word/document.xml"),
      `The file is damaged: its part word/document.xml is compressed in a way Word never uses. ${REPAIR}`,
      /compression .* unknown/,
    ],
    [
      "the signature of word/document.xml's local header overwritten",
      () => brokenLocalSignature(plan, "word/document.xml"),
      `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`,
      /unexpected signature/,
    ],
  ])("%s: DocxError Damaged with the readable message; JSZip's message only as the cause", async (_name, damage, message, cause) => {
    const error = await failureOf(damage());
    expect({ code: error.code, message: error.message }).toEqual({ code: "Damaged", message });
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toMatch(cause);
  });

  it("word/document.xml flagged as zip-encrypted: DocxError Encrypted, saying what to do", async () => {
    const error = await failureOf(encryptedFlag(plan, "word/document.xml"));
    expect(error.code).toBe("Encrypted");
    expect(error.message).toBe(
      "The file is an encrypted zip archive, not a Word document as Word saves it: decrypt it with the program that encrypted it, then open it in Word and save it again.",
    );
    expect((error.cause as Error).message).toBe("Encrypted zip are not supported");
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

describe("reading a part after the package was opened", () => {
  // JSZip reads parts from the bytes it was given; bytes that change after opening (a file overwritten while it is
  // read) surface only when the part is decompressed, in DocxPackage.text().
  it("a part that no longer inflates: DocxError Damaged naming the part, JSZip's message as the cause", async () => {
    const bytes = Uint8Array.from(plan);
    const pkg = await DocxPackage.load(bytes);
    bytes.set(corruptCompressedData(plan, "word/document.xml"));
    const failure = await pkg.text("word/document.xml").then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DocxError);
    expect((failure as DocxError).code).toBe("Damaged");
    expect((failure as DocxError).message).toBe(`The file is damaged: the content of its part word/document.xml does not match the size or checksum recorded for it. ${REPAIR}`);
    // The inverted bytes inflate to more than recorded: the read stops there instead of inflating all of it.
    expect(((failure as DocxError).cause as Error).message).toMatch(/size mismatch/);
  });
});

describe("zipFailure on JSZip's other messages", () => {
  it.each([
    ["Corrupted zip: missing 12 bytes.", CUT],
    ["Corrupted zip or bug: expected 14 records in central dir, got 13", CUT],
    ["Multi-volumes zip are not supported", `The file is damaged: the zip package a .docx is made of is broken. ${REPAIR}`],
    ["Corrupted zip : CRC32 mismatch", CONTENT],
  ])("%s → %s", (original, message) => {
    const error = zipFailure(new Error(original));
    expect({ code: error.code, message: error.message, cause: (error.cause as Error).message }).toEqual({ code: "Damaged", message, cause: original });
  });

  it("a thrown non-Error is kept as the cause's message", () => {
    expect((zipFailure("End of data reached").cause as Error).message).toBe("End of data reached");
  });
});

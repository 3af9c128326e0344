/**
 * Opening a .docx never trusts the sizes the zip records: every recorded size is checked against the limits before
 * anything is inflated (TooLarge), and every part is then inflated by zip.js, which stops as soon as a part yields
 * more than its recorded size (Damaged, naming the part; zip.js's ERR_INVALID_UNCOMPRESSED_SIZE as the cause).
 * A crafted part recorded as 1 KB whose deflate data inflates to 32 MB is refused (measured by hand with 1 GiB of
 * zeros: refused in about 0.1 s, the process's peak memory 19 MiB above what it was before the part was read).
 */
import { openDocx } from "../../../src/document/docx/docx-document";
import { ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_CRC32, ERR_INVALID_UNCOMPRESSED_SIZE } from "@zip.js/zip.js";
import { DocumentError } from "../../../src/document/document-error";
import { DocxPackage, MAX_PART_BYTES, PACKAGE_LIMITS } from "../../../src/document/docx/docx-package";
import { planDocx } from "../../support/docx/actual-plan";
import { corruptCompressedData, entryLayout, withZipBomb, wrongSizeInDirectory } from "../../support/malformed/zip-damage";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";
const MB = 1024 * 1024;

let plan: Uint8Array;
beforeAll(async () => {
  plan = await planDocx();
});

async function failureOf(opening: Promise<unknown>): Promise<DocumentError> {
  const failure = await opening.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof DocumentError)) throw new Error(`Expected a DocumentError, got ${String(failure)}`);
  return failure;
}

describe("a part whose deflate data inflates to far more than its recorded size", () => {
  it.each([
    ["word/bomb.bin", 32 * MB],
    ["word/document.xml", 32 * MB],
  ])("%s recorded as 1 KB, inflating to %d bytes: Damaged naming the part, the size check of zip.js as the cause", async (part, inflated) => {
    const bomb = await withZipBomb(plan, part, inflated, 1024);
    expect(entryLayout(bomb, part).compressedSize).toBeLessThan(inflated / 500);

    const error = await failureOf(openDocx(bomb));
    expect({ code: error.code, message: error.message }).toEqual({
      code: "Damaged",
      message: `The file is damaged: the content of its part ${part} does not match the size or checksum recorded for it. ${REPAIR}`,
    });
    expect((error.cause as Error).message).toBe(ERR_INVALID_UNCOMPRESSED_SIZE);
  });
});

describe("recorded sizes are checked before anything is inflated", () => {
  it("word/document.xml recorded as 300 MB: TooLarge, even though its deflate data is also corrupt (never inflated)", async () => {
    const claimsHuge = wrongSizeInDirectory(corruptCompressedData(plan, "word/document.xml"), "word/document.xml", 300 * MB);
    const error = await failureOf(openDocx(claimsHuge));
    expect(error.code).toBe("TooLarge");
    expect(error.message).toMatch(/^The file is too large to read: its part word\/document\.xml would be 301\.4 MB uncompressed, more than the 256 MB allowed for one part\.$/);
    expect(MAX_PART_BYTES).toBe(256 * MB);
  });

  it("any part, not only word/document.xml, is held to the part limit (a smaller limit passed in)", async () => {
    const styles = entryLayout(plan, "word/styles.xml");
    expect(styles.compressedSize).toBeGreaterThan(0);
    const limits = { maxPartBytes: 1000, maxPackageBytes: PACKAGE_LIMITS.maxPackageBytes };
    const error = await failureOf(DocxPackage.load(plan, limits));
    expect(error.code).toBe("TooLarge");
    expect(error.message).toMatch(/^The file is too large to read: its part \S+ would be [\d,]+ bytes uncompressed, more than the 1,000 bytes allowed for one part\.$/);
  });

  it("the parts together are held to the package limit", async () => {
    const document = await DocxPackage.load(plan);
    const total = (await Promise.all(document.partNames().map(async (name) => new TextEncoder().encode((await document.text(name)) ?? "").length))).reduce((sum, size) => sum + size, 0);
    const error = await failureOf(DocxPackage.load(plan, { maxPartBytes: MAX_PART_BYTES, maxPackageBytes: total - 1 }));
    expect(error.code).toBe("TooLarge");
    expect(error.message).toMatch(/^The file is too large to read: its parts would be [\d,]+ bytes uncompressed together, more than the [\d,]+ bytes allowed\.$/);
    await expect(DocxPackage.load(plan, { maxPartBytes: MAX_PART_BYTES, maxPackageBytes: total + 16 })).resolves.toBeInstanceOf(DocxPackage);
  });

  it("a package at the limits opens and reads as before", async () => {
    const document = await openDocx(plan);
    expect((await document.detect()).items).toBe(375);
  });
});

describe("reading a part after opening is bounded too", () => {
  it("bytes that changed after opening, in a part not kept inflated (an image): Damaged when it is read", async () => {
    // XML parts are kept inflated (and checked) when the package is opened; any other part is inflated again when read.
    const withMedia = await withZipBomb(plan, "word/media/image1.bin", 64 * 1024, 64 * 1024);
    const bytes = Uint8Array.from(withMedia);
    const pkg = await DocxPackage.load(bytes);
    bytes.set(corruptCompressedData(withMedia, "word/media/image1.bin"));
    const error = await failureOf(pkg.text("word/media/image1.bin"));
    expect(error.code).toBe("Damaged");
    expect([ERR_INVALID_UNCOMPRESSED_SIZE, ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_CRC32]).toContain((error.cause as Error).message);
  });
});

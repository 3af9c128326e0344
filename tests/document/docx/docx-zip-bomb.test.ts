/**
 * Opening a .docx never trusts the sizes the zip records: every recorded size is checked against the limits before
 * anything is inflated (TooLarge), and every part is then inflated as a stream that is stopped as soon as it yields
 * more than its recorded size (Damaged, naming the part). A crafted part recorded as 1 KB whose deflate data
 * inflates to 32 MB is refused after about 1 KB of inflating; the error's cause says how far inflating went.
 */
import { openDocx } from "../../../src/document/docx/docx-document";
import { InflatedPastRecordedSize } from "../../../src/document/docx/bounded-inflate";
import { crc32Start, crc32Update, crc32Value } from "../../../src/document/docx/crc32";
import { DocxError } from "../../../src/document/docx/docx-error";
import { DocxPackage, MAX_PART_BYTES, PACKAGE_LIMITS } from "../../../src/document/docx/docx-package";
import { planDocx } from "../../support/docx/actual-plan";
import { corruptCompressedData, entryLayout, withZipBomb, wrongSizeInDirectory } from "../../support/malformed/zip-damage";

const REPAIR = "Open it in Word, which offers to repair it, and save it again (or get a fresh copy of the file).";
const MB = 1024 * 1024;
/** More than any one chunk JSZip hands on while inflating (pako's output chunks are 16 KB). */
const ONE_CHUNK = 64 * 1024;

let plan: Uint8Array;
beforeAll(async () => {
  plan = await planDocx();
});

async function failureOf(opening: Promise<unknown>): Promise<DocxError> {
  const failure = await opening.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof DocxError)) throw new Error(`Expected a DocxError, got ${String(failure)}`);
  return failure;
}

describe("a part whose deflate data inflates to far more than its recorded size", () => {
  it.each(["word/bomb.bin", "word/document.xml"])("%s recorded as 1 KB, inflating to 32 MB: Damaged naming the part, inflating stopped after about 1 KB", async (part) => {
    const bomb = await withZipBomb(plan, part, 32 * MB, 1024);
    expect(entryLayout(bomb, part).compressedSize).toBeLessThan(64 * 1024);

    const error = await failureOf(openDocx(bomb));
    expect({ code: error.code, message: error.message }).toEqual({
      code: "Damaged",
      message: `The file is damaged: the content of its part ${part} does not match the size or checksum recorded for it. ${REPAIR}`,
    });
    expect(error.cause).toBeInstanceOf(InflatedPastRecordedSize);
    const cause = error.cause as InflatedPastRecordedSize;
    expect({ part: cause.part, recorded: cause.recorded }).toEqual({ part, recorded: 1024 });
    expect(cause.inflated).toBeGreaterThan(1024);
    expect(cause.inflated).toBeLessThanOrEqual(1024 + ONE_CHUNK);
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
  it("bytes that changed after opening into a part that inflates past its size: Damaged, inflating stopped one chunk past it", async () => {
    const bytes = Uint8Array.from(plan);
    const pkg = await DocxPackage.load(bytes);
    bytes.set(corruptCompressedData(plan, "word/document.xml"));
    const error = await failureOf(pkg.text("word/document.xml"));
    expect(error.code).toBe("Damaged");
    expect(error.cause).toBeInstanceOf(InflatedPastRecordedSize);
    const cause = error.cause as InflatedPastRecordedSize;
    expect(cause.inflated).toBeLessThanOrEqual(cause.recorded + ONE_CHUNK);
  });
});

describe("the CRC-32 checked while inflating", () => {
  it("is the zip format's (the standard check value of \"123456789\"), the same whatever the chunks", () => {
    const bytes = new TextEncoder().encode("123456789");
    expect(crc32Value(crc32Update(crc32Start(), bytes))).toBe(0xcbf43926);
    const chunked = [bytes.subarray(0, 2), bytes.subarray(2, 2), bytes.subarray(2, 7), bytes.subarray(7)].reduce(crc32Update, crc32Start());
    expect(crc32Value(chunked)).toBe(0xcbf43926);
    expect(crc32Value(crc32Start())).toBe(0);
  });
});

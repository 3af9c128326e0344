/**
 * The .docx as a zip package: checks that the bytes are a usable Word document before anything else
 * reads them, gives the parts as text, and writes a new package in which only the parts the adapter
 * replaced differ (every other entry keeps its exact bytes). The sizes the zip records are checked against
 * limits before anything is inflated, and no part is ever inflated past its recorded size (bounded-inflate.ts).
 */
import JSZip from "jszip";
import { inflateBounded, recordedPart, type RecordedPart } from "./bounded-inflate";
import { DocxError } from "./docx-error";
import { displayablePartName, zipFailure } from "./zip-failure";

export const DOCUMENT_PART = "word/document.xml";
/** Refuses packages with a part that would not fit comfortably in memory (zip bombs, wrong files). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** … and packages whose parts together would not. */
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

/** Uncompressed sizes the package may record; tests pass smaller ones. */
export interface PackageLimits {
  maxPartBytes: number;
  maxPackageBytes: number;
}

export const PACKAGE_LIMITS: PackageLimits = { maxPartBytes: MAX_PART_BYTES, maxPackageBytes: MAX_PACKAGE_BYTES };

const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

export class DocxPackage {
  private readonly replaced = new Map<string, string>();
  private readonly removed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Promise<DocxPackage> {
    if (bytes.length === 0) throw new DocxError("EmptyFile", "The file is empty (0 bytes): it is not a Word document.");
    if (startsWith(bytes, OLE_COMPOUND_FILE)) {
      throw new DocxError(
        "Encrypted",
        "The file is a password-protected (encrypted) Word document or an old binary .doc; remove the password (or save it as .docx) in Word first.",
      );
    }
    if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
      throw new DocxError("NotAZip", "The file is not a .docx (a .docx is a zip package, and this file is not one).");
    }
    let zip: JSZip;
    try {
      // Without checkCRC32 JSZip reads the zip's directories only and inflates nothing: sizes are checked first.
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw zipFailure(error);
    }
    const pkg = new DocxPackage(zip);
    pkg.checkRecordedSizes(limits);
    if (!zip.file(DOCUMENT_PART)) {
      throw new DocxError("MissingDocumentXml", `The zip package has no ${DOCUMENT_PART}: it is not a Word document.`);
    }
    // Every part inflated once (streamed, not kept), bounded by its recorded size, its CRC-32 checked: damage anywhere
    // is found before any read. One part after the other, so the first damaged part in package order is the one named.
    for (const entry of pkg.entries()) {
      const recorded = pkg.recorded(entry);
      try {
        await inflateBounded(entry, recorded);
      } catch (error) {
        throw zipFailure(error, entry.name);
      }
    }
    return pkg;
  }

  /** Refuses, before inflating anything, a part or a package recorded as larger than the limits. */
  private checkRecordedSizes(limits: PackageLimits): void {
    let total = 0;
    for (const entry of this.entries()) {
      const size = this.recorded(entry).uncompressedSize;
      if (size > limits.maxPartBytes) {
        const part = displayablePartName(entry.name);
        throw new DocxError("TooLarge", `The file is too large to read: ${part ? `its part ${part}` : "one of its parts"} would be ${describeBytes(size)} uncompressed, more than the ${describeBytes(limits.maxPartBytes)} allowed for one part.`);
      }
      total += size;
    }
    if (total > limits.maxPackageBytes) {
      throw new DocxError("TooLarge", `The file is too large to read: its parts would be ${describeBytes(total)} uncompressed together, more than the ${describeBytes(limits.maxPackageBytes)} allowed.`);
    }
  }

  /** The package's file entries as loaded (folders left out). */
  private entries(): JSZip.JSZipObject[] {
    return Object.values(this.zip.files).filter((entry) => !entry.dir);
  }

  private recorded(entry: JSZip.JSZipObject): RecordedPart {
    const recorded = recordedPart(entry);
    // Every entry JSZip loads from a file keeps its directory record; without one nothing bounds the part's size.
    if (!recorded) throw zipFailure(new Error(`No uncompressed size recorded for ${entry.name}`));
    return recorded;
  }

  /** Names of all entries (files, not folders) in package order. */
  partNames(): string[] {
    return Object.values(this.zip.files)
      .filter((entry) => !entry.dir && !this.removed.has(entry.name))
      .map((entry) => entry.name)
      .concat([...this.replaced.keys()].filter((name) => !this.zip.file(name)));
  }

  has(name: string): boolean {
    return this.replaced.has(name) || (!this.removed.has(name) && this.zip.file(name) !== null);
  }

  async text(name: string): Promise<string | null> {
    if (this.replaced.has(name)) return this.replaced.get(name)!;
    if (this.removed.has(name)) return null;
    const entry = this.zip.file(name);
    if (!entry) return null;
    const recorded = this.recorded(entry);
    const chunks: Uint8Array[] = [];
    try {
      // Bounded again: the bytes may have changed since they were checked (a file overwritten while it is read).
      await inflateBounded(entry, recorded, (chunk) => chunks.push(chunk));
    } catch (error) {
      throw zipFailure(error, name);
    }
    return stripBom(utf8.decode(concat(chunks)));
  }

  /** Replaces (or adds) a part; written by save(). */
  put(name: string, text: string): void {
    this.removed.delete(name);
    this.replaced.set(name, text);
  }

  remove(name: string): void {
    this.replaced.delete(name);
    this.removed.add(name);
  }

  /**
   * A new package: replaced parts re-encoded, every other entry kept as loaded (JSZip reuses its
   * compressed bytes), in the original entry order.
   */
  async save(): Promise<Uint8Array> {
    for (const name of this.removed) this.zip.remove(name);
    for (const [name, text] of this.replaced) this.zip.file(name, text, { compression: "DEFLATE" });
    try {
      // Kept entries not already deflated are decompressed again here (JSZip re-checks their size), so a failure can surface this late.
      return await this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
    } catch (error) {
      throw zipFailure(error);
    }
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Lenient, as JSZip's own decoding was: a byte sequence that is not UTF-8 becomes U+FFFD (then the XML parser judges). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/** "1,438,969 bytes" below 10 MB, else MB rounded up to a tenth, so a size over a limit never reads as equal to it. */
function describeBytes(bytes: number): string {
  if (bytes < 10 * 1024 * 1024) return `${bytes.toLocaleString("en-US")} bytes`;
  const megabytes = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

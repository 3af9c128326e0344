/**
 * The .docx as a zip package, read and written with @zip.js/zip.js through its public API only: checks that the bytes
 * are a usable Word document before anything else reads them, gives the parts as text, and writes a new package in
 * which only the parts the adapter replaced differ — every other entry is copied with its exact compressed bytes.
 * The sizes the zip records are checked against limits before anything is inflated; zip.js then stops inflating a
 * part as soon as it yields more than its recorded size, and checks its CRC-32 (zip-failure.ts names what failed).
 */
import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, type FileEntry } from "@zip.js/zip.js";
import { DocumentError } from "../document-error";
import { displayablePartName, zipFailure } from "./zip-failure";

// The CLI runs on Node: no web workers (zip.js would otherwise try to start them), inflating in this thread.
configure({ useWebWorkers: false });

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
/** Parts kept inflated after the opening check (they are read anyway); others (images…) are inflated again when read. */
const KEPT_INFLATED = /\.(xml|rels)$/i;

export class DocxPackage {
  private readonly replaced = new Map<string, string>();
  private readonly removed = new Set<string>();

  private constructor(
    private readonly entries: readonly FileEntry[],
    private readonly inflated: Map<string, Uint8Array>,
  ) {}

  static async load(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Promise<DocxPackage> {
    if (bytes.length === 0) throw new DocumentError("EmptyFile", "The file is empty (0 bytes): it is not a Word document.");
    if (startsWith(bytes, OLE_COMPOUND_FILE)) {
      throw new DocumentError(
        "Encrypted",
        "The file is a password-protected (encrypted) Word document or an old binary .doc; remove the password (or save it as .docx) in Word first.",
      );
    }
    if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
      throw new DocumentError("NotAZip", "The file is not a .docx (a .docx is a zip package, and this file is not one).");
    }
    let entries: FileEntry[];
    try {
      // The central directory is what counts (as for Word): a local header that disagrees with it is not damage,
      // so "tolerant"; the data itself is still checked against the directory's sizes and CRC-32 below.
      const reader = new ZipReader(new Uint8ArrayReader(bytes), { strictness: "tolerant" });
      entries = (await reader.getEntries()).filter((entry): entry is FileEntry => !entry.directory);
    } catch (error) {
      throw zipFailure(error);
    }
    checkRecordedSizes(entries, limits);
    // Every part inflated once, bounded by its recorded size, its CRC-32 checked: damage anywhere is found before any
    // read. One part after the other, so the first damaged part in package order is the one named.
    const inflated = new Map<string, Uint8Array>();
    for (const entry of entries) {
      const data = await inflate(entry);
      if (KEPT_INFLATED.test(entry.filename)) inflated.set(entry.filename, data);
    }
    return new DocxPackage(entries, inflated);
  }

  /** Names of all entries (files, not folders) in package order, then the parts added since. */
  partNames(): string[] {
    const names = this.entries.map((entry) => entry.filename).filter((name) => !this.removed.has(name));
    return names.concat([...this.replaced.keys()].filter((name) => !this.entry(name)));
  }

  has(name: string): boolean {
    return this.replaced.has(name) || (!this.removed.has(name) && this.entry(name) !== undefined);
  }

  async text(name: string): Promise<string | null> {
    if (this.replaced.has(name)) return this.replaced.get(name)!;
    if (this.removed.has(name)) return null;
    const entry = this.entry(name);
    if (!entry) return null;
    return stripBom(utf8.decode(this.inflated.get(name) ?? (await inflate(entry))));
  }

  /**
   * Replaces (or adds) a part; written by save(). Text equal to the part as it is in the file is no change: the entry
   * keeps its bytes (so undoing a write, e.g. uncolour after colour, gives the file's parts back byte for byte).
   */
  put(name: string, text: string): void {
    this.removed.delete(name);
    const original = this.inflated.get(name);
    if (original && stripBom(utf8.decode(original)) === text) this.replaced.delete(name);
    else this.replaced.set(name, text);
  }

  remove(name: string): void {
    this.replaced.delete(name);
    this.removed.add(name);
  }

  /**
   * A new package in the original entry order: replaced parts deflated anew, every other entry copied as it is in the
   * file (its compressed bytes, CRC-32 and sizes passed through, never inflated), added parts at the end.
   */
  async save(): Promise<Uint8Array> {
    const writer = new ZipWriter(new Uint8ArrayWriter(), { level: 6, dataDescriptor: false, extendedTimestamp: false });
    try {
      for (const entry of this.entries) {
        const name = entry.filename;
        if (this.removed.has(name)) continue;
        const text = this.replaced.get(name);
        if (text !== undefined) await writer.add(name, new Uint8ArrayReader(this.encoded(name, text)), { lastModDate: entry.lastModDate });
        else {
          const compressed = await entry.getData(new Uint8ArrayWriter(), { passThrough: true });
          await writer.add(name, new Uint8ArrayReader(compressed), {
            passThrough: true,
            compressionMethod: entry.compressionMethod,
            crc32: entry.signature,
            uncompressedSize: entry.uncompressedSize,
            lastModDate: entry.lastModDate,
          });
        }
      }
      for (const [name, text] of this.replaced) if (!this.entry(name)) await writer.add(name, new Uint8ArrayReader(encoder.encode(text)));
      return await writer.close();
    } catch (error) {
      throw zipFailure(error);
    }
  }

  /** The part's new bytes: UTF-8, with the byte order mark the part had in the file, if it had one. */
  private encoded(name: string, text: string): Uint8Array {
    const original = this.inflated.get(name);
    const bom = original !== undefined && original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
    return encoder.encode(bom ? `\ufeff${text}` : text);
  }

  private entry(name: string): FileEntry | undefined {
    return this.entries.find((entry) => entry.filename === name);
  }
}

/** Refuses, before inflating anything, a part or a package recorded as larger than the limits. */
function checkRecordedSizes(entries: readonly FileEntry[], limits: PackageLimits): void {
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    if (size > limits.maxPartBytes) {
      const part = displayablePartName(entry.filename);
      throw new DocumentError("TooLarge", `The file is too large to read: ${part ? `its part ${part}` : "one of its parts"} would be ${describeBytes(size)} uncompressed, more than the ${describeBytes(limits.maxPartBytes)} allowed for one part.`);
    }
    total += size;
  }
  if (total > limits.maxPackageBytes) {
    throw new DocumentError("TooLarge", `The file is too large to read: its parts would be ${describeBytes(total)} uncompressed together, more than the ${describeBytes(limits.maxPackageBytes)} allowed.`);
  }
}

/** The part's bytes, inflated by zip.js: never past its recorded size, its CRC-32 checked; a failure names the part. */
async function inflate(entry: FileEntry): Promise<Uint8Array> {
  try {
    return await entry.getData(new Uint8ArrayWriter(), { checkSignature: true });
  } catch (error) {
    throw zipFailure(error, entry.filename);
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Lenient: a byte sequence that is not UTF-8 becomes U+FFFD (then the XML parser judges). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** "1,438,969 bytes" below 10 MB, else MB rounded up to a tenth, so a size over a limit never reads as equal to it. */
function describeBytes(bytes: number): string {
  if (bytes < 10 * 1024 * 1024) return `${bytes.toLocaleString("en-US")} bytes`;
  const megabytes = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

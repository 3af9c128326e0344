/**
 * The .docx as a zip package: checks that the bytes are a usable Word document before anything else
 * reads them, gives the parts as text, and writes a new package in which only the parts the adapter
 * replaced differ (every other entry keeps its exact bytes).
 */
import JSZip from "jszip";
import { DocxError } from "./docx-error";
import { zipFailure } from "./zip-failure";

export const DOCUMENT_PART = "word/document.xml";
/** Refuses packages whose main part would not fit comfortably in memory (zip bombs, wrong files). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

export class DocxPackage {
  private readonly replaced = new Map<string, string>();
  private readonly removed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<DocxPackage> {
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
      // checkCRC32 decompresses every part once (streamed, not kept), so damage anywhere is found before any read.
      zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch (error) {
      throw zipFailure(error);
    }
    const main = zip.file(DOCUMENT_PART);
    if (!main) {
      throw new DocxError("MissingDocumentXml", `The zip package has no ${DOCUMENT_PART}: it is not a Word document.`);
    }
    const pkg = new DocxPackage(zip);
    if (pkg.uncompressedSize(DOCUMENT_PART) > MAX_PART_BYTES) {
      throw new DocxError("TooLarge", `${DOCUMENT_PART} is larger than ${MAX_PART_BYTES / 1024 / 1024} MB uncompressed; refusing to read it.`);
    }
    return pkg;
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
    try {
      return stripBom(await entry.async("string"));
    } catch (error) {
      throw zipFailure(error, name);
    }
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

  private uncompressedSize(name: string): number {
    const entry = this.zip.file(name) as unknown as { _data?: { uncompressedSize?: number } } | null;
    return entry?._data?.uncompressedSize ?? 0;
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

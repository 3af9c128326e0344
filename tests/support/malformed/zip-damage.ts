/**
 * Byte-level damage to a real .docx package, as disks, cut-short downloads and broken tools produce it. Each
 * function takes the bytes of a good package and returns a damaged copy (the original is never changed). Offsets
 * come from the package's own central directory, so the damage lands exactly where its name says.
 */
import JSZip from "jszip";

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Where one entry lives in the package: its central-directory record, its local header and its compressed data. */
export interface EntryLayout {
  name: string;
  central: number;
  local: number;
  data: number;
  compressedSize: number;
}

export function entryLayout(bytes: Uint8Array, name: string): EntryLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength !== wanted.length || !wanted.every((byte, index) => bytes[at + 46 + index] === byte)) continue;
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`${name}: no local header at ${local}`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    return { name, central: at, local, data, compressedSize: view.getUint32(at + 20, true) };
  }
  throw new Error(`No ${name} in the package`);
}

function copyWith(bytes: Uint8Array, change: (copy: Uint8Array, view: DataView) => void): Uint8Array {
  const copy = Uint8Array.from(bytes);
  change(copy, new DataView(copy.buffer));
  return copy;
}

/** 16 bytes in the middle of the part's compressed (deflate) data inverted: the part no longer inflates to what it was. */
export function corruptCompressedData(bytes: Uint8Array, part: string): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (copy) => {
    const middle = entry.data + Math.floor(entry.compressedSize / 2);
    for (let index = 0; index < 16; index++) copy[middle + index] = copy[middle + index]! ^ 0xff;
  });
}

/** The part's uncompressed size in the central directory (what readers trust) changed by `delta` bytes. */
export function wrongSizeInDirectory(bytes: Uint8Array, part: string, delta: number): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint32(entry.central + 24, view.getUint32(entry.central + 24, true) + delta, true));
}

/** The part's uncompressed size in its local header changed by `delta` bytes (the central directory still right). */
export function wrongSizeInLocalHeader(bytes: Uint8Array, part: string, delta: number): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint32(entry.local + 22, view.getUint32(entry.local + 22, true) + delta, true));
}

/** One bit of the part's CRC-32 in the central directory flipped. */
export function flippedCrc(bytes: Uint8Array, part: string): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint32(entry.central + 16, view.getUint32(entry.central + 16, true) ^ 1, true));
}

/** The part's "encrypted" flag (general purpose bit 0) set in the central directory. */
export function encryptedFlag(bytes: Uint8Array, part: string): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint16(entry.central + 8, view.getUint16(entry.central + 8, true) | 1, true));
}

/** The part's compression method set to 14 (LZMA), which Word never writes. */
export function unknownCompression(bytes: Uint8Array, part: string): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint16(entry.central + 10, 14, true));
}

/** The signature of the part's local header overwritten. */
export function brokenLocalSignature(bytes: Uint8Array, part: string): Uint8Array {
  const entry = entryLayout(bytes, part);
  return copyWith(bytes, (_copy, view) => view.setUint32(entry.local, 0x12345678, true));
}

/** The last `count` bytes cut off (the end of the central directory record goes first). */
export function cutEnd(bytes: Uint8Array, count: number): Uint8Array {
  return bytes.slice(0, bytes.length - count);
}

/**
 * A zip bomb in a real package: `part` added with `inflated` zero bytes (deflate makes them about a thousand times
 * smaller), its uncompressed size then recorded as `recorded` in the central directory and the local header, as a
 * crafted file would claim. A reader that trusts the recorded size allocates little and inflates a lot.
 */
export async function withZipBomb(bytes: Uint8Array, part: string, inflated: number, recorded: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, new Uint8Array(inflated), { compression: "DEFLATE" });
  const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const entry = entryLayout(bomb, part);
  return copyWith(bomb, (_copy, view) => {
    view.setUint32(entry.central + 24, recorded, true);
    view.setUint32(entry.local + 22, recorded, true);
  });
}

/**
 * Inflating a package part without trusting it: the part is streamed (JSZip inflates 16 KB of compressed data at a
 * time) and the stream is stopped as soon as it yields more bytes than the size the zip records for the part, so a
 * small recorded size over a deflate stream that inflates to gigabytes (a zip bomb) costs at most one chunk more than
 * the recorded size — it is never inflated in full, let alone held. The CRC-32 is checked in the same pass.
 * JSZip's own reading (`async`, `checkCRC32`) inflates everything first and compares sizes only at the end.
 */
import type JSZip from "jszip";
import { crc32Start, crc32Update, crc32Value } from "./crc32";

/** What the zip's central directory records for a part (the sizes every reader trusts). */
export interface RecordedPart {
  uncompressedSize: number;
  /** Unsigned CRC-32 of the uncompressed bytes. */
  crc32: number;
}

/** The part inflated to more bytes than recorded; inflating stopped there. A cause for logs, never shown as is. */
export class InflatedPastRecordedSize extends Error {
  override readonly name = "InflatedPastRecordedSize";
  constructor(
    readonly part: string,
    readonly recorded: number,
    /** How many bytes had been inflated when the stream was stopped. */
    readonly inflated: number,
  ) {
    // "size mismatch", as JSZip words a part shorter than recorded, so zip-failure.ts reads both the same way.
    super(`Uncompressed data size mismatch in ${part}: more than the ${recorded} bytes recorded (stopped after ${inflated})`);
  }
}

/** The recorded size and CRC-32 of a part as loaded by JSZip (its loaded entries keep them in `_data`). */
export function recordedPart(entry: JSZip.JSZipObject): RecordedPart | null {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown; crc32?: unknown } })._data;
  if (typeof data?.uncompressedSize !== "number" || typeof data.crc32 !== "number") return null;
  return { uncompressedSize: data.uncompressedSize, crc32: data.crc32 >>> 0 };
}

/** JSZip's ZipObject.internalStream (documented, missing from its typings). */
type InternalStream = (type: "uint8array") => JSZip.JSZipStreamHelper<Uint8Array>;

/**
 * Streams the part's inflated bytes to `sink` (when given) and resolves when all of them came, matching the recorded
 * size and CRC-32. Rejects with JSZip's error (a broken deflate stream, fewer bytes than recorded), with
 * InflatedPastRecordedSize, or with a CRC32 mismatch.
 */
export function inflateBounded(entry: JSZip.JSZipObject, recorded: RecordedPart, sink?: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = (entry as unknown as { internalStream: InternalStream }).internalStream("uint8array");
    let inflated = 0;
    let crc = crc32Start();
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    stream
      .on("data", (chunk) => {
        if (settled) return; // the rest of the chunk JSZip was inflating when it was paused
        inflated += chunk.length;
        if (inflated > recorded.uncompressedSize) {
          stream.pause();
          settle(new InflatedPastRecordedSize(entry.name, recorded.uncompressedSize, inflated));
          return;
        }
        crc = crc32Update(crc, chunk);
        sink?.(chunk);
      })
      .on("error", (error) => settle(error))
      .on("end", () => {
        // JSZip has already refused a part shorter than recorded (its "size mismatch" error) before this.
        settle(crc32Value(crc) === recorded.crc32 ? null : new Error(`Corrupted zip : CRC32 mismatch in ${entry.name}`));
      })
      .resume();
  });
}

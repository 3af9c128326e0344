/**
 * CRC-32 (IEEE 802.3, the zip format's checksum), computed over chunks as a part is inflated, so a part's checksum
 * is checked without holding the part. JSZip has its own but does not export it.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let value = byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[byte] = value >>> 0;
  }
  return table;
})();

/** The running state of a CRC-32: start with `crc32Start()`, feed chunks, read the value with `crc32Value`. */
export type Crc32State = number;

export function crc32Start(): Crc32State {
  return 0xffffffff;
}

export function crc32Update(state: Crc32State, chunk: Uint8Array): Crc32State {
  let crc = state;
  for (let index = 0; index < chunk.length; index++) crc = TABLE[(crc ^ chunk[index]!) & 0xff]! ^ (crc >>> 8);
  return crc >>> 0;
}

/** The checksum, unsigned, as the zip format records it. */
export function crc32Value(state: Crc32State): number {
  return (state ^ 0xffffffff) >>> 0;
}

/**
 * The document key: a random GUID (version 4) the add-in stores in the document itself, so the same
 * document is recognized on any machine and two documents never share local history or drafts.
 * Pure: the random source is injected (the pane passes a crypto-backed one).
 */

const DOCUMENT_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A new key "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" (lower-case hex, y one of 8, 9, a, b).
 * `random` returns numbers in [0, 1), like Math.random; anything else is a programming error (RangeError).
 */
export function newDocumentKey(random: () => number): string {
  const bytes: number[] = [];
  for (let index = 0; index < 16; index += 1) {
    const value = random();
    if (!Number.isFinite(value) || value < 0 || value >= 1) {
      throw new RangeError(`The random source returned ${String(value)}; it must return numbers from 0 up to (not including) 1.`);
    }
    bytes.push(Math.floor(value * 256));
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True for exactly the form newDocumentKey produces (a lower-case version 4 GUID). */
export function isDocumentKey(text: unknown): text is string {
  return typeof text === "string" && DOCUMENT_KEY.test(text);
}

/** A random number in [0, 1) from the platform's cryptographic generator (Math.random where there is none). */
export function secureRandom(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint32Array) => Uint32Array } }).crypto;
  if (!crypto?.getRandomValues) return Math.random();
  const values = crypto.getRandomValues(new Uint32Array(1));
  return (values[0] ?? 0) / 2 ** 32;
}

/**
 * Deep copies of stored records for the in-memory store. Not `structuredClone`: older Office webviews (EdgeHTML,
 * Safari before 15.4) lack it, and those are the hosts where IndexedDB may be missing too, i.e. where the memory store
 * is what keeps the pane working. Records are JSON-like data (strings, numbers, booleans, null, arrays, plain objects);
 * a Date is copied as a Date, another object by its own enumerable properties (as structuredClone does); a Map, Set,
 * typed array or function is refused rather than copied wrongly.
 */
export function copyRecord<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (typeof value === "function" || typeof value === "symbol") throw new TypeError(`A ${typeof value} cannot be stored.`);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyValue);
  // By tag, not instanceof or prototype: records read from IndexedDB (or a test's fake) may come from another realm.
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  if (kind === "Date") return new Date((value as Date).getTime());
  if (kind !== "Object") throw new TypeError(`A ${kind} cannot be stored; records hold plain data only.`);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A "__proto__" key (e.g. from JSON.parse) must stay an own property, not become the copy's prototype.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: copyValue(item), enumerable: true, writable: true, configurable: true });
    else copy[key] = copyValue(item);
  }
  return copy;
}

/**
 * Requirement sets of the simulated host. `Office.context.requirements.isSetSupported(name, minVersion)`:
 * "Check if the specified requirement set is supported by the Office application."
 * An API of a set the host lacks fails at sync with `ApiNotFound`, as a host without that set does: the proxy
 * method exists in office.js but the host cannot execute the request.
 */

/** Highest version supported per requirement set, e.g. `{ WordApi: "1.3" }`. */
export type RequirementSets = Readonly<Record<string, string>>;

/** What the simulator implements; a test narrows it to simulate an older host. */
export const DEFAULT_REQUIREMENT_SETS: RequirementSets = { WordApi: "1.5" };

export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export class Requirements {
  constructor(private readonly sets: RequirementSets) {}

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const supported = this.sets[name];
    if (supported === undefined) return false;
    if (minVersion === undefined || minVersion === "") return true;
    const wanted = typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion;
    return compareVersions(supported, wanted) >= 0;
  }

  /** Shorthand for the WordApi set every simulated member belongs to. */
  hasWordApi(version: string): boolean {
    return this.isSetSupported("WordApi", version);
  }
}

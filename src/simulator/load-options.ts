/**
 * Parses the arguments of `load()` the ways Office.js accepts them (OfficeExtension.LoadOption):
 *   "text, font/size" · ["text", "tag"] · { select: "text", expand: "font", top: 50, skip: 0 } ·
 *   Word.Interfaces.*LoadOptions: { $all: true, tag: true, parentTableCell: { rowIndex: true }, $top: 5 }.
 * Result: property paths ("items/text" → ["items", "text"]); an empty list means "all scalar properties".
 */
export interface LoadSpec {
  paths: string[][];
  top?: number;
  skip?: number;
}

export type LoadArgument = string | string[] | Record<string, unknown> | undefined;

export function parseLoad(option: LoadArgument): LoadSpec {
  if (option === undefined || option === null) return { paths: [] };
  if (typeof option === "string" || Array.isArray(option)) return { paths: toPaths(option) };
  if ("select" in option || "expand" in option || "top" in option || "skip" in option) {
    const paths = [...toPaths(option.select as string | string[] | undefined), ...toPaths(option.expand as string | string[] | undefined)];
    return { paths, ...number("top", option.top), ...number("skip", option.skip) };
  }
  const paths: string[][] = [];
  collectInterfacePaths(option, [], paths);
  return { paths, ...number("top", option.$top), ...number("skip", option.$skip) };
}

function toPaths(value: string | string[] | undefined): string[][] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split(",");
  return list
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => entry.split("/").map((segment) => segment.trim()));
}

function collectInterfacePaths(option: Record<string, unknown>, prefix: string[], into: string[][]): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "$top" || key === "$skip") continue;
    if (value === true) into.push([...prefix, key]);
    else if (value && typeof value === "object") {
      const before = into.length;
      collectInterfacePaths(value as Record<string, unknown>, [...prefix, key], into);
      if (into.length === before) into.push([...prefix, key]);
    }
  }
}

function number(name: "top" | "skip", value: unknown): Partial<LoadSpec> {
  return typeof value === "number" ? { [name]: value } : {};
}

/** Groups paths by their first segment: "a/b", "a/c", "d" → a → [["b"], ["c"]], d → [[]]. */
export function groupByHead(paths: readonly string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    if (head === undefined) continue;
    const list = groups.get(head) ?? [];
    list.push(rest);
    groups.set(head, list);
  }
  return groups;
}

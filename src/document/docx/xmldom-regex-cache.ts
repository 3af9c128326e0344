/**
 * Why: @xmldom/xmldom 0.9.x builds a new RegExp (from a ~1 KB Unicode name pattern) for every end tag it reads
 * (`g.reg("^", g.QName_group, g.S_OPT, "$")` in lib/sax.js), which was about a third of the time the CLI took to
 * parse a large word/document.xml, plus the garbage. `reg` only ever combines the grammar's fixed patterns and
 * string literals into a regex without the g or y flag, which keeps no state between matches, so giving back the
 * same RegExp for the same parts changes no result. Applied once, before any parse; a version without `reg`
 * is left alone.
 */
import grammar from "@xmldom/xmldom/lib/grammar";

type RegexPart = RegExp | string;
type Reg = (this: unknown, ...parts: RegexPart[]) => RegExp;

const CACHED = Symbol("regex cache");

interface Node {
  next: Map<RegexPart, Node>;
  regex?: RegExp;
}

export function cacheXmldomRegexes(): void {
  const target = grammar as { reg?: Reg & { [CACHED]?: true } };
  const original = target.reg;
  if (typeof original !== "function" || original[CACHED]) return;
  // Keyed by the parts themselves (the grammar's RegExp objects and literals): no 1 KB key string per call.
  const root: Node = { next: new Map() };
  const cached = function (this: unknown, ...parts: RegexPart[]): RegExp {
    let node = root;
    for (const part of parts) {
      let next = node.next.get(part);
      if (!next) {
        next = { next: new Map() };
        node.next.set(part, next);
      }
      node = next;
    }
    node.regex ??= original.apply(this, parts);
    return node.regex;
  } as Reg & { [CACHED]?: true };
  cached[CACHED] = true;
  target.reg = cached;
}

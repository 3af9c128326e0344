/** Paragraph styles of a .docx (word/styles.xml): the readable name and outline level of each style id. */
import { childElements, childVal, firstW, isW, W_NS, wAttr } from "./ooxml";
import type { XmlDocument } from "./xml-tree";

export interface StyleInfo {
  name: string;
  /** 1-based outline level (heading level), when the style or a style it is based on has one. */
  outlineLevel?: number;
}

export type StyleTable = Map<string, StyleInfo>;

export function readStyles(stylesDocument: XmlDocument | null): StyleTable {
  const raw = new Map<string, { name: string; basedOn: string | null; outlineLvl: number | null }>();
  const root = stylesDocument?.documentElement;
  if (root && root.namespaceURI === W_NS) {
    for (const style of childElements(root)) {
      if (!isW(style, "style") || wAttr(style, "type") !== "paragraph") continue;
      const id = wAttr(style, "styleId");
      if (!id) continue;
      const pPr = firstW(style, "pPr");
      const outline = pPr ? childVal(pPr, "outlineLvl") : null;
      raw.set(id, { name: childVal(style, "name") ?? id, basedOn: childVal(style, "basedOn"), outlineLvl: outline === null ? null : Number(outline) });
    }
  }
  const table: StyleTable = new Map();
  for (const [id, style] of raw) {
    const name = displayName(style.name);
    const level = inheritedOutlineLevel(id, raw) ?? headingLevelFromName(name);
    table.set(id, level === undefined ? { name } : { name, outlineLevel: level });
  }
  return table;
}

/** Word stores built-in heading names in lower case ("heading 1") and shows them capitalized. */
function displayName(name: string): string {
  const heading = /^heading (\d)$/i.exec(name);
  return heading ? `Heading ${heading[1]}` : name;
}

function headingLevelFromName(name: string): number | undefined {
  const heading = /^Heading (\d)$/.exec(name);
  return heading ? Number(heading[1]) : undefined;
}

function inheritedOutlineLevel(id: string, raw: Map<string, { basedOn: string | null; outlineLvl: number | null }>): number | undefined {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const style = raw.get(current);
    if (!style) return undefined;
    if (style.outlineLvl !== null && Number.isInteger(style.outlineLvl)) return style.outlineLvl < 9 ? style.outlineLvl + 1 : undefined;
    current = style.basedOn;
  }
  return undefined;
}

/** Cell shading (w:tcPr/w:shd) as a "#RRGGBB" colour (what counts as red is src/domain/shading.ts). */
import { firstW, wAttr } from "./ooxml";

const HEX = /^[0-9A-Fa-f]{6}$/;

/** The colour a person sees in the cell, or null when the cell has no shading. */
export function cellShading(cell: Element): string | null {
  const properties = firstW(cell, "tcPr");
  const shd = properties ? firstW(properties, "shd") : null;
  if (!shd) return null;
  const pattern = wAttr(shd, "val");
  if (pattern === "nil") return null;
  const colour = wAttr(shd, "color");
  if (pattern === "solid" && colour && HEX.test(colour)) return `#${colour.toUpperCase()}`;
  const fill = wAttr(shd, "fill");
  return fill && HEX.test(fill) ? `#${fill.toUpperCase()}` : null;
}

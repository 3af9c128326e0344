/** Writing a cell's shading (w:tcPr/w:shd) as edits of the source text, in the position the schema requires. */
import { childElements, firstW, W_NS } from "./ooxml";
import { insertAt, removeRange, type TextEdit } from "./text-edit";
import { WmlMarkup } from "./wml-markup";
import type { XmlElement } from "./xml-tree";

/** Order of w:tcPr children (ECMA-376 CT_TcPr). */
const TC_PR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"];
const SHD_POSITION = TC_PR_ORDER.indexOf("shd");

/** Shades the cell with a solid fill ("#RRGGBB"), replacing any shading it had. */
export function setCellFill(cell: XmlElement, colour: string): TextEdit[] {
  const markup = WmlMarkup.at(cell);
  const shd = markup.empty("shd", { val: "clear", color: "auto", fill: colour.replace(/^#/, "").toUpperCase() });
  const properties = firstW(cell, "tcPr");
  if (!properties) return [insertAt(cell.openEnd, markup.element("tcPr", shd))];
  const existing = firstW(properties, "shd");
  if (existing) return [{ start: existing.start, end: existing.end, text: shd }];
  if (properties.selfClosing) return [{ start: properties.start, end: properties.end, text: markup.element("tcPr", shd) }];
  const after = childElements(properties).find((child) => child.namespaceURI === W_NS && TC_PR_ORDER.indexOf(child.localName) > SHD_POSITION);
  return [insertAt(after ? after.start : properties.closeStart, shd)];
}

/** Removes the cell's shading (w:shd), and w:tcPr when that leaves it empty. */
export function removeCellFill(cell: XmlElement): TextEdit[] {
  const properties = firstW(cell, "tcPr");
  const shd = properties ? firstW(properties, "shd") : null;
  if (!properties || !shd) return [];
  const others = properties.firstChild !== shd || shd.nextSibling !== null;
  return others ? [removeRange(shd.start, shd.end)] : [removeRange(properties.start, properties.end)];
}

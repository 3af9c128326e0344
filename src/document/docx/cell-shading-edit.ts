/** Writing a cell's shading (w:tcPr/w:shd) in the position the schema requires. */
import { childElements, createW, firstW, insertInSchemaOrder } from "./ooxml";

/** Order of w:tcPr children (ECMA-376 CT_TcPr). */
const TC_PR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"];

/** Shades the cell with a solid fill ("#RRGGBB"), replacing any shading it had. */
export function setCellFill(cell: Element, colour: string): void {
  const document = cell.ownerDocument!;
  let properties = firstW(cell, "tcPr");
  if (!properties) {
    properties = createW(document, "tcPr");
    cell.insertBefore(properties, cell.firstChild);
  }
  const existing = firstW(properties, "shd");
  if (existing) properties.removeChild(existing);
  insertInSchemaOrder(properties, createW(document, "shd", { val: "clear", color: "auto", fill: colour.replace(/^#/, "").toUpperCase() }), TC_PR_ORDER);
}

/** Removes the cell's shading (w:shd), and w:tcPr when that leaves it empty. */
export function removeCellFill(cell: Element): void {
  const properties = firstW(cell, "tcPr");
  const shd = properties ? firstW(properties, "shd") : null;
  if (!properties || !shd) return;
  properties.removeChild(shd);
  if (childElements(properties).length === 0 && !properties.firstChild) cell.removeChild(properties);
}

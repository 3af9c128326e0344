/**
 * Shared by Table, TableRow and TableCell: cell text ("value": "Specifies the text of the cell.") and shading
 * ("shadingColor": "Specifies the shading color. Color is specified in "#RRGGBB" format or by using the color name.").
 */
import { normalizeColour } from "../colours";
import { invalidArgument } from "../errors";
import type { HostDocument } from "../host-document";
import { blocksText, type CellNode } from "../tree";

export function cellValue(cell: CellNode, host: HostDocument): string {
  return blocksText(cell.children, host.options.paragraphSeparator);
}

/** Setting a cell's text replaces the cell's whole content (any content control in it goes with it). */
export function setCellValue(host: HostDocument, cell: CellNode, value: unknown, location: string): void {
  if (typeof value !== "string") throw invalidArgument(location, "A cell value must be a string.");
  host.replaceContent(cell, value, location);
}

/** "" or null removes the shading; anything else must be a '#RRGGBB' colour or a colour name. */
export function parseShading(value: unknown, location: string): string | null {
  if (value === null || value === "") return null;
  const colour = normalizeColour(value);
  if (!colour) throw invalidArgument(location, `"${String(value)}" is not a '#RRGGBB' colour or a colour name.`);
  return colour;
}

export function setValues(host: HostDocument, cells: CellNode[][], values: unknown, location: string): void {
  if (!Array.isArray(values) || values.length !== cells.length || values.some((row, r) => !Array.isArray(row) || row.length !== cells[r]!.length)) {
    throw invalidArgument(location, "The values must be a 2D array with exactly one string per cell.");
  }
  cells.forEach((row, r) => row.forEach((cell, c) => setCellValue(host, cell, (values as unknown[][])[r]![c], location)));
}

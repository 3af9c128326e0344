/**
 * Replaces the text of a field cell (milestone, periodic goals met, completed) with a new value,
 * inside the add-in's control when the cell has one. The first paragraph's and first run's formatting
 * are kept; each line of the value becomes one paragraph.
 */
import { controlContent, fieldControlOfCell } from "./content-control";
import { childElements, firstW, isW } from "./ooxml";
import { createParagraph } from "./text-nodes";

export function setCellText(cell: Element, value: string): void {
  const field = fieldControlOfCell(cell);
  const host = field && field.parentNode === cell ? (controlContent(field) ?? cell) : cell;
  const blocks = childElements(host).filter((child) => !isW(child, "tcPr"));
  const firstParagraph = blocks.find((child) => isW(child, "p")) ?? null;
  const paragraphProperties = firstParagraph ? firstW(firstParagraph, "pPr") : null;
  const firstRun = firstParagraph ? firstW(firstParagraph, "r") : null;
  const runProperties = firstRun ? firstW(firstRun, "rPr") : null;
  const lines = value.replace(/\r\n?/g, "\n").split("\n");
  const anchor = blocks[0] ?? null;
  for (const line of lines) host.insertBefore(createParagraph(host.ownerDocument!, line, paragraphProperties, runProperties), anchor);
  for (const block of blocks) host.removeChild(block);
}

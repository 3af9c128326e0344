/**
 * Replaces the text of a field cell (milestone, periodic goals met, completed) with a new value,
 * inside the add-in's control when the cell has one. The first paragraph's and first run's formatting
 * are kept (their w:pPr and w:rPr copied as they are written); each line of the value becomes one paragraph.
 */
import { controlContent, fieldControlOfCell } from "./content-control";
import { childElements, firstW, isW } from "./ooxml";
import type { TextEdit } from "./text-edit";
import { WmlMarkup } from "./wml-markup";
import type { XmlElement } from "./xml-tree";

export function setCellText(text: string, cell: XmlElement, value: string): TextEdit[] {
  const field = fieldControlOfCell(cell);
  const host = field && field.parentNode === cell ? (controlContent(field) ?? cell) : cell;
  const blocks = childElements(host).filter((child) => !isW(child, "tcPr"));
  const firstParagraph = blocks.find((child) => isW(child, "p")) ?? null;
  const paragraphProperties = firstParagraph ? firstW(firstParagraph, "pPr") : null;
  const firstRun = firstParagraph ? firstW(firstParagraph, "r") : null;
  const runProperties = firstRun ? firstW(firstRun, "rPr") : null;
  const source = (element: XmlElement | null): string => (element ? text.slice(element.start, element.end) : "");
  const markup = WmlMarkup.at(host);
  const paragraphs = value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => markup.paragraph(line, source(paragraphProperties), source(runProperties), true))
    .join("");
  if (blocks.length === 0) return [{ start: host.closeStart, end: host.closeStart, text: paragraphs }];
  return [{ start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end, text: paragraphs }];
}

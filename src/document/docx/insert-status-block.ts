/**
 * Inserts a standardized status block at the top of an item's status cell, as nested content controls:
 * one container control (status tag) holding the rendered paragraphs, a run-level control each for the
 * date, event and state in the header line, and a block-level control each for the summary, references
 * and next-steps paragraphs. The narrative already in the cell is not touched.
 */
import { normalizeStatusBlock, renderStatusBlock, type StatusBlock } from "../../domain/status-block";
import { newStatusBlockId, statusBlockTag, statusPartTag, statusPartTitle, type StatusPart } from "../tags";
import { controlContent, fieldControlOfCell } from "./content-control";
import { ControlIds, createControl } from "./control-edit";
import { childElements, createW, isW } from "./ooxml";
import { createParagraph, createRun } from "./text-nodes";

export function insertStatusBlockIntoCell(cell: Element, itemId: string, block: StatusBlock, random: () => number = Math.random): string {
  const document = cell.ownerDocument!;
  const ids = new ControlIds(document);
  const normal = normalizeStatusBlock(block);
  const lines = renderStatusBlock(normal);
  const blockId = newStatusBlockId(normal.date, random);
  const container = createControl(document, statusBlockTag(itemId, blockId), `Status ${itemId} — ${normal.date}`, ids);

  const summaryCount = normal.summary.split("\n").length;
  const nextCount = normal.nextSteps.split("\n").length;
  const header = lines[0]!;
  const summary = lines.slice(1, 1 + summaryCount);
  const references = lines.slice(1 + summaryCount, 2 + summaryCount);
  const next = lines.slice(2 + summaryCount, 2 + summaryCount + nextCount);
  const end = lines.slice(2 + summaryCount + nextCount);

  container.content.appendChild(headerParagraph(document, header, normal, itemId, blockId, ids));
  const part = (name: StatusPart, partLines: string[]): void => {
    const control = createControl(document, statusPartTag(itemId, blockId, name), statusPartTitle(itemId, name), ids);
    for (const line of partLines) control.content.appendChild(createParagraph(document, line));
    container.content.appendChild(control.sdt);
  };
  part("summary", summary);
  part("references", references);
  part("next", next);
  for (const line of end) container.content.appendChild(createParagraph(document, line));

  const field = fieldControlOfCell(cell);
  const host = field && field.parentNode === cell ? (controlContent(field) ?? cell) : cell;
  const first = childElements(host).find((child) => !isW(child, "tcPr")) ?? null;
  host.insertBefore(container.sdt, first);
  return blockId;
}

/** "[Status <date> · <event> · <state>]" with the three values in run-level controls. */
function headerParagraph(document: Document, header: string, block: StatusBlock, itemId: string, blockId: string, ids: ControlIds): Element {
  const paragraph = createW(document, "p");
  const values: [StatusPart, string][] = [
    ["date", block.date],
    ["event", block.event],
    ["state", block.state],
  ];
  let position = 0;
  for (const [name, value] of values) {
    const at = name === "state" ? header.lastIndexOf(value) : header.indexOf(value, position);
    if (value === "" || at < position) continue;
    if (at > position) paragraph.appendChild(createRun(document, header.slice(position, at)));
    const control = createControl(document, statusPartTag(itemId, blockId, name), statusPartTitle(itemId, name), ids);
    control.content.appendChild(createRun(document, value));
    paragraph.appendChild(control.sdt);
    position = at + value.length;
  }
  if (position < header.length) paragraph.appendChild(createRun(document, header.slice(position)));
  return paragraph;
}

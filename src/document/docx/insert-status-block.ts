/**
 * Inserts a standardized status block at the top of an item's status cell, as nested content controls:
 * one container control (status tag) holding the rendered paragraphs, a run-level control each for the
 * date, event and state in the header line, and a block-level control each for the summary, references
 * and next-steps paragraphs. The narrative already in the cell is not touched: the block is one insertion.
 */
import { normalizeStatusBlock, renderStatusBlock, type StatusBlock } from "../../domain/status-block";
import { newStatusBlockId, statusBlockTag, statusPartTag, statusPartTitle, type StatusPart } from "../tags";
import { controlContent, fieldControlOfCell } from "./content-control";
import type { ControlIds } from "./control-edit";
import { childElements, isW } from "./ooxml";
import { insertAt, type TextEdit } from "./text-edit";
import { WmlMarkup } from "./wml-markup";
import type { XmlElement } from "./xml-tree";

export function insertStatusBlockIntoCell(cell: XmlElement, itemId: string, block: StatusBlock, ids: ControlIds, random: () => number = Math.random): { blockId: string; edit: TextEdit } {
  const field = fieldControlOfCell(cell);
  const host = field && field.parentNode === cell ? (controlContent(field) ?? cell) : cell;
  const markup = WmlMarkup.at(host);
  const normal = normalizeStatusBlock(block);
  const lines = renderStatusBlock(normal);
  const blockId = newStatusBlockId(normal.date, random);
  const control = (tag: string, title: string, content: string, outermost = false): string => markup.controlStart(tag, title, ids.take(), outermost) + content + markup.controlEnd();

  const summaryCount = normal.summary.split("\n").length;
  const nextCount = normal.nextSteps.split("\n").length;
  const header = lines[0]!;
  const summary = lines.slice(1, 1 + summaryCount);
  const references = lines.slice(1 + summaryCount, 2 + summaryCount);
  const next = lines.slice(2 + summaryCount, 2 + summaryCount + nextCount);
  const end = lines.slice(2 + summaryCount + nextCount);

  const containerId = ids.take();
  let content = headerParagraph(markup, header, normal, itemId, blockId, ids);
  const part = (name: StatusPart, partLines: string[]): void => {
    content += control(statusPartTag(itemId, blockId, name), statusPartTitle(itemId, name), partLines.map((line) => markup.paragraph(line)).join(""));
  };
  part("summary", summary);
  part("references", references);
  part("next", next);
  for (const line of end) content += markup.paragraph(line);
  const container = markup.controlStart(statusBlockTag(itemId, blockId), `Status ${itemId} — ${normal.date}`, containerId, true) + content + markup.controlEnd();

  const first = childElements(host).find((child) => !isW(child, "tcPr")) ?? null;
  return { blockId, edit: insertAt(first ? first.start : host.closeStart, container) };
}

/** "[Status <date> · <event> · <state>]" with the three values in run-level controls. */
function headerParagraph(markup: WmlMarkup, header: string, block: StatusBlock, itemId: string, blockId: string, ids: ControlIds): string {
  const values: [StatusPart, string][] = [
    ["date", block.date],
    ["event", block.event],
    ["state", block.state],
  ];
  let content = "";
  let position = 0;
  for (const [name, value] of values) {
    const at = name === "state" ? header.lastIndexOf(value) : header.indexOf(value, position);
    if (value === "" || at < position) continue;
    if (at > position) content += markup.run(header.slice(position, at));
    content += markup.controlStart(statusPartTag(itemId, blockId, name), statusPartTitle(itemId, name), ids.take()) + markup.run(value) + markup.controlEnd();
    position = at + value.length;
  }
  if (position < header.length) content += markup.run(header.slice(position));
  return markup.element("p", content);
}

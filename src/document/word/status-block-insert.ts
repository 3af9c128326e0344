/**
 * Insert a status block at the top of an item's status cell (inside its status control when structured),
 * as paragraphs in the domain's format (renderStatusBlock), wrapped in nested content controls:
 *
 *   container  ap/1/status/<id>/<blockId>             all the block's paragraphs
 *     date ⊃ event ⊃ state   …/date, …/event, …/state   the header line "[Status <date> · <event> · <state>]"
 *     summary                …/summary                  the "Summary:" paragraph(s)
 *     references             …/references               the "References:" paragraph
 *     next steps             …/next                     the "Next steps:" paragraph(s)
 *
 * Content controls are block-level here (they wrap whole paragraphs), so the header's three parts are three
 * nested controls around the one header paragraph; the part controls are Hidden, the container shows.
 * The existing narrative is not touched: new paragraphs go before it. Two round trips.
 */
import { normalizeStatusBlock, renderStatusBlock, type StatusBlock } from "../../domain/status-block";
import type { ItemFingerprint, StatusBlockInsert } from "../port";
import { newStatusBlockId, statusBlockTag, statusPartTag, statusPartTitle, type StatusPart } from "../tags";
import { DocumentError } from "../document-error";
import { handleAt } from "./read-tables";
import { controlMatches, tagIdentity } from "../field-cell-status";
import { loadCheckedItem } from "./write-target";

/** Which rendered lines belong to which part: [first, last] line indexes. */
export interface StatusBlockLayout {
  lines: string[];
  header: number;
  summary: [number, number];
  references: number;
  next: [number, number];
  end: number;
}

export function layoutStatusBlock(block: StatusBlock): StatusBlockLayout {
  const lines = renderStatusBlock(block);
  const normalized = normalizeStatusBlock(block);
  const summaryLines = normalized.summary.split("\n").length;
  const nextLines = normalized.nextSteps.split("\n").length;
  const layout: StatusBlockLayout = {
    lines,
    header: 0,
    summary: [1, summaryLines],
    references: summaryLines + 1,
    next: [summaryLines + 2, summaryLines + 1 + nextLines],
    end: summaryLines + nextLines + 2,
  };
  if (layout.end !== lines.length - 1) throw new DocumentError("InvalidValue", "The status block's rendered lines do not have the expected shape.");
  return layout;
}

export async function insertStatusBlockInDocument(
  context: Word.RequestContext,
  request: StatusBlockInsert,
  basis: readonly ItemFingerprint[],
  random: () => number = Math.random,
): Promise<{ blockTag: string }> {
  const layout = layoutStatusBlock(request.block);
  const { snapshot, item } = await loadCheckedItem(context, request.itemKey, basis);
  const identity = tagIdentity(item);
  if (!identity) throw new DocumentError("Untaggable", `Item ${item.key} has no valid number to tag its status block with.`);
  const address = item.cells.status;
  const handle = address ? handleAt(snapshot, address) : undefined;
  if (!handle) throw new DocumentError("NoStatusCell", `Item ${identity.itemId} has no status row to put a status block in.`);
  const statusControl = handle.fieldControl && controlMatches(item, "status", handle.fieldControl.tag) ? handle.fieldControl : null;

  const [firstLine, ...otherLines] = layout.lines;
  const first = statusControl ? statusControl.insertParagraph(firstLine ?? "", "Start") : handle.cell.body.insertParagraph(firstLine ?? "", "Start");
  const paragraphs: Word.Paragraph[] = [first];
  for (const line of otherLines) paragraphs.push(paragraphs[paragraphs.length - 1]!.insertParagraph(line, "After"));

  const blockId = newStatusBlockId(request.block.date, random);
  const tagPart = (control: Word.ContentControl, part: StatusPart): Word.ContentControl => {
    control.tag = statusPartTag(identity.itemId, blockId, part);
    control.title = statusPartTitle(identity.itemId, part);
    control.appearance = "Hidden";
    return control;
  };
  const span = ([from, to]: [number, number]): Word.Range => paragraphs[from]!.getRange("Whole").expandTo(paragraphs[to]!.getRange("Whole"));

  const state = tagPart(paragraphs[layout.header]!.insertContentControl(), "state");
  const event = tagPart(state.getRange("Whole").insertContentControl(), "event");
  const date = tagPart(event.getRange("Whole").insertContentControl(), "date");
  tagPart(span(layout.summary).insertContentControl(), "summary");
  tagPart(paragraphs[layout.references]!.insertContentControl(), "references");
  tagPart(span(layout.next).insertContentControl(), "next");
  const blockTag = statusBlockTag(identity.itemId, blockId);
  const container = date.getRange("Whole").expandTo(paragraphs[layout.end]!.getRange("Whole")).insertContentControl();
  container.tag = blockTag;
  container.title = `Status ${identity.itemId} — ${normalizeStatusBlock(request.block).date}`;
  await context.sync();
  return { blockTag };
}

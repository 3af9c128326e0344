/**
 * Text and paragraph insertion shared by Body, ContentControl, Paragraph and Range, in the block-granular model.
 *   insertParagraph(text, location): "Inserts a paragraph at the specified location." (WordApi 1.1)
 *   insertText(text, location): "Inserts text into the … at the specified location." (WordApi 1.1)
 * Line breaks in inserted text start new paragraphs.
 */
import { invalidArgument, notSimulated } from "../errors";
import type { HostDocument } from "../host-document";
import type { RangeTarget } from "../ranges";
import { newParagraph, type BlockNode, type ContainerNode, type ControlNode, type ParagraphNode } from "../tree";

export type InsertWhere = "Replace" | "Start" | "End" | "Before" | "After";

export function checkText(text: unknown, location: string): string {
  if (typeof text !== "string") throw invalidArgument(location, "The text must be a string.");
  return text;
}

export function checkLocation<W extends string>(where: unknown, allowed: readonly W[], location: string): W {
  if (!allowed.includes(where as W)) throw invalidArgument(location, `"${String(where)}" is not one of ${allowed.join(", ")}.`);
  return where as W;
}

/** The simulator models rich text controls only (the kind `insertContentControl()` creates by default). */
export function checkRichText(type: unknown, location: string): void {
  if (type !== undefined && type !== "RichText") throw notSimulated(location, `${String(type)} content controls`);
}

/** Inside a body/cell/control, at its start or end. Returns the first inserted paragraph. */
export function insertParagraphInto(host: HostDocument, container: ContainerNode, text: string, where: "Start" | "End", location: string): ParagraphNode {
  const paragraphs = host.newParagraphs(text);
  host.insertBlocks(container, where === "Start" ? 0 : container.children.length, paragraphs, location);
  return paragraphs[0]!;
}

/** Next to a block, outside it. */
export function insertParagraphBeside(host: HostDocument, block: BlockNode, text: string, where: "Before" | "After", location: string): ParagraphNode {
  const container = block.parent;
  if (!container) throw invalidArgument(location, "The object is not in the document.");
  const paragraphs = host.newParagraphs(text);
  const index = container.children.indexOf(block) + (where === "After" ? 1 : 0);
  host.insertBlocks(container, index, paragraphs, location);
  return paragraphs[0]!;
}

/** insertText on a body/cell/control: Replace its content, or add to its first/last paragraph. */
export function insertTextInto(host: HostDocument, container: ContainerNode, text: string, where: "Replace" | "Start" | "End", location: string): ParagraphNode[] {
  if (where === "Replace") return host.replaceContent(container, text, location);
  const edge = where === "Start" ? container.children[0] : container.children[container.children.length - 1];
  if (edge?.kind === "paragraph") return host.insertTextInParagraph(edge, text, where, location);
  const paragraphs = host.newParagraphs(text);
  host.insertBlocks(container, where === "Start" ? 0 : container.children.length, paragraphs, location);
  return paragraphs;
}

/** insertText on a block (paragraph, table, control seen from outside). */
function insertTextAtBlock(host: HostDocument, block: BlockNode, text: string, where: "Start" | "End", location: string): ParagraphNode[] {
  if (block.kind === "paragraph") return host.insertTextInParagraph(block, text, where, location);
  if (block.kind === "control") return insertTextInto(host, block, text, where, location);
  const paragraphs = host.newParagraphs(text);
  const container = block.parent!;
  host.insertBlocks(container, container.children.indexOf(block) + (where === "End" ? 1 : 0), paragraphs, location);
  return paragraphs;
}

/** Range.insertText(text, location) with location Replace, Start, End, Before or After. */
export function insertTextAtRange(host: HostDocument, range: RangeTarget, text: string, where: InsertWhere, location: string): ParagraphNode[] {
  const start = where === "Start" || where === "Before";
  if (range.kind === "content") return insertTextInto(host, range.container, text, where === "Replace" ? "Replace" : start ? "Start" : "End", location);
  if (range.kind === "blocks") {
    if (where === "Replace") return replaceBlocks(host, range.first, range.last, text, location);
    return start ? insertTextAtBlock(host, range.first, text, "Start", location) : insertTextAtBlock(host, range.last, text, "End", location);
  }
  const { anchor, edge } = range;
  if (edge === "start" || edge === "end") {
    const at = edge === "start" ? "Start" : "End";
    return anchor.kind === "paragraph" ? host.insertTextInParagraph(anchor, text, at, location) : insertTextInto(host, anchor as ContainerNode, text, at, location);
  }
  if (anchor.kind === "body" || anchor.kind === "cell") throw invalidArgument(location, "A body has no position before or after it.");
  const paragraphs = host.newParagraphs(text);
  const container = anchor.parent!;
  host.insertBlocks(container, container.children.indexOf(anchor) + (edge === "after" ? 1 : 0), paragraphs, location);
  return paragraphs;
}

/** Range.insertParagraph(text, "Before" | "After"). */
export function insertParagraphAtRange(host: HostDocument, range: RangeTarget, text: string, where: "Before" | "After", location: string): ParagraphNode {
  if (range.kind === "content") return insertParagraphInto(host, range.container, text, where === "Before" ? "Start" : "End", location);
  if (range.kind === "blocks") return insertParagraphBeside(host, where === "Before" ? range.first : range.last, text, where, location);
  const { anchor, edge } = range;
  if (anchor.kind === "body" || anchor.kind === "cell" || (anchor.kind === "control" && (edge === "start" || edge === "end"))) {
    return insertParagraphInto(host, anchor, text, edge === "start" ? "Start" : "End", location);
  }
  if (edge === "before" || edge === "after") return insertParagraphBeside(host, anchor, text, edge === "before" ? "Before" : "After", location);
  return insertParagraphBeside(host, anchor, text, where, location);
}

/** Range/Paragraph/Table.insertContentControl: wraps exactly the range's blocks. */
export function wrapRange(host: HostDocument, range: RangeTarget, location: string): ControlNode {
  if (range.kind === "blocks") return host.wrap(range.first, range.last, location);
  if (range.kind === "content") return host.wrapContent(range.container, location);
  throw notSimulated(location, "an inline content control at a collapsed range");
}

/** Range.delete(): "Deletes the range and its content from the document." */
export function deleteRange(host: HostDocument, range: RangeTarget, location: string): void {
  if (range.kind === "point") return;
  if (range.kind === "content") {
    host.clear(range.container, location);
    return;
  }
  host.removeBlocks(blocksBetween(range.first, range.last), location);
}

function replaceBlocks(host: HostDocument, first: BlockNode, last: BlockNode, text: string, location: string): ParagraphNode[] {
  const container = first.parent;
  if (!container) throw invalidArgument(location, "The range is not in the document.");
  host.checkEditable(container, location);
  host.checkDeletable(blocksBetween(first, last), location);
  const paragraphs = host.newParagraphs(text);
  host.insertBlocks(container, container.children.indexOf(first), paragraphs, location);
  host.removeBlocks(blocksBetween(first, last), location);
  return paragraphs;
}

export function blocksBetween(first: BlockNode, last: BlockNode): BlockNode[] {
  const siblings = first.parent?.children ?? [];
  const start = siblings.indexOf(first);
  const end = siblings.indexOf(last);
  return start < 0 || end < start ? [] : siblings.slice(start, end + 1);
}

/** The range covering inserted paragraphs (what insertText returns). */
export function paragraphsRange(paragraphs: ParagraphNode[]): RangeTarget {
  const first = paragraphs[0] ?? newParagraph("");
  const last = paragraphs[paragraphs.length - 1] ?? first;
  return first.parent && first.parent === last.parent ? { kind: "blocks", first, last } : { kind: "blocks", first, last: first };
}

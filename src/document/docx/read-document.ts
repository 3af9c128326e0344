/**
 * word/document.xml → the DocModel the recognizer reads, in one pass of the streaming reader (xml-stream.ts): each
 * top-level block of the body is read from its own small tree, then dropped. Kept besides the model: where each
 * top-level table cell is (CellIndex, offsets for the writes), where each of the add-in's content controls is (what
 * unstructure removes) and the control ids in use (new controls get others). What each construct of Word's markup
 * reads as is docs/docx-reading.md.
 */
import type { ControlRef, DocBlock, DocCell, DocParagraph, DocTable, DocModel } from "../../domain/document-model";
import { isOurTag } from "../tags";
import { cellSpanOf, type CellSpan } from "./cell-span";
import { controlContent, controlTag, isFieldControl, isForeignOurControl, ourControlRef, ownControlInCell } from "./content-control";
import { DocumentError } from "../document-error";
import { alternateContentChoice } from "./markup-compatibility";
import { childElements, childVal, firstW, isW, MC_NS, STRICT_W_NS, W_NS, wAttr } from "./ooxml";
import { isShowingPlaceholder, paragraphText, type FieldStack, type FootnoteTexts } from "./paragraph-text";
import { cellShading } from "./shading";
import type { StyleTable } from "./styles";
import { readTableRows } from "./table-rows";
import type { ThemeColours } from "./theme";
import { streamXml, type OuterElement } from "./xml-stream";
import type { XmlElement } from "./xml-tree";

/** Where the cells of the top-level tables are: `cells[table][row][cell]`, the same addressing as CellAddress. */
export interface CellIndex {
  cells: CellSpan[][][];
  /** Cells (by their start offset) whose content as read goes on in other w:tc (docs/docx-reading.md, Tables): not written through alone. */
  continued: Set<number>;
}

/** One of the add-in's content controls (any level) in the source text. */
export interface ControlSpan {
  start: number;
  end: number;
  /** The w:sdtContent's inside (after its start tag, before its end tag); null when the control has no content. */
  content: { start: number; end: number } | null;
}

export interface ReadDocument {
  model: DocModel;
  index: CellIndex;
  /** The add-in's controls in document order (outer before inner). */
  ourControls: ControlSpan[];
  /** w:id values of every content control in the document. */
  controlIds: Set<number>;
  /** The root element (w:document): its namespaces and attributes (mc:Ignorable). */
  root: OuterElement;
}

/** The parts besides the main document that reading it needs. */
export interface ReadingParts {
  styles: StyleTable;
  footnotes: FootnoteTexts;
  theme: ThemeColours;
}

interface Context {
  parts: ReadingParts;
  /** Complex fields open at the current position (they can span paragraphs). */
  fields: FieldStack;
  /** The add-in's controls around the current position, innermost first. */
  controls: ControlRef[];
  /** Bookmarks that start between paragraphs: anchored at the start of the next paragraph. */
  pendingBookmarks: string[];
  /** Set while reading the top-level body; nested tables are not indexed. */
  index: CellIndex | null;
}

const TRANSPARENT_BLOCKS = new Set(["customXml", "ins", "moveTo"]);

export function readDocument(text: string, partName: string, parts: ReadingParts): ReadDocument {
  const index: CellIndex = { cells: [], continued: new Set() };
  const context: Context = { parts, fields: [], controls: [], pendingBookmarks: [], index };
  const body = new BlockSink();
  const ourControls: ControlSpan[] = [];
  const controlIds = new Set<number>();
  let root: OuterElement | null = null;
  let hasBody = false;
  streamXml(text, partName, 2, {
    onOuterOpen: (element, path) => {
      if (path.length === 0) root = checkedRoot(element, partName);
      else if (path.length === 1 && element.namespaceURI === W_NS && element.localName === "body") hasBody = true;
    },
    wantTree: (path) => path.length === 2 && path[1]!.namespaceURI === W_NS && path[1]!.localName === "body",
    onTree: (tree) => {
      body.add(tree, context, null);
      collectControls(tree, ourControls, controlIds);
    },
  });
  if (!root || !hasBody) throw new DocumentError("MalformedXml", `${partName} has no w:document/w:body: it is not a WordprocessingML document.`);
  return { model: { blocks: body.finish() }, index, ourControls, controlIds, root };
}

function checkedRoot(root: OuterElement, partName: string): OuterElement {
  if (root.namespaceURI === STRICT_W_NS) {
    throw new DocumentError("UnsupportedFormat", "The document is saved as Strict Open XML; save it from Word as a regular Word Document (.docx).");
  }
  if (root.namespaceURI !== W_NS || root.localName !== "document") {
    throw new DocumentError("MalformedXml", `${partName} is not a WordprocessingML document (its root element is not w:document).`);
  }
  return root;
}

/** Every w:sdt of the block: the ids in use, and where the add-in's controls are. */
function collectControls(block: XmlElement, ours: ControlSpan[], ids: Set<number>): void {
  const visit = (element: XmlElement): void => {
    if (isW(element, "sdt")) {
      const properties = firstW(element, "sdtPr");
      const id = properties ? childVal(properties, "id") : null;
      if (id !== null) ids.add(Number(id));
      if (isOurTag(controlTag(element))) {
        const content = firstW(element, "sdtContent");
        ours.push({ start: element.start, end: element.end, content: content && !content.selfClosing ? { start: content.openEnd, end: content.closeStart } : null });
      }
    }
    for (const child of childElements(element)) visit(child);
  };
  visit(block);
}

/** The block-level content of a cell or content control. `skip` is a control read as the cell's own. */
function readBlocks(container: XmlElement, context: Context, skip: XmlElement | null): DocBlock[] {
  const sink = new BlockSink();
  for (const child of childElements(container)) sink.add(child, context, skip);
  return sink.finish();
}

/** Block-level elements read one after the other (the body's come one at a time from the stream). */
class BlockSink {
  private readonly blocks: DocBlock[] = [];
  // A paragraph whose mark is deleted (a tracked change) runs on into the next one: "Council " ¶ "2021" is one line.
  private joining: DocParagraph | null = null;

  add(child: XmlElement, context: Context, skip: XmlElement | null): void {
    if (child.namespaceURI === MC_NS && child.localName === "AlternateContent") {
      const choice = alternateContentChoice(child);
      if (choice) for (const block of readBlocks(choice, context, skip)) this.push(block);
      return;
    }
    if (child.namespaceURI !== W_NS) return;
    const name = child.localName;
    if (name === "p") {
      const paragraph = readParagraph(child, context);
      const joined: DocParagraph = this.joining ? joinParagraphs(this.joining, paragraph) : paragraph;
      this.joining = null;
      if (paragraphMarkDeleted(child)) this.joining = joined;
      else this.blocks.push(joined);
    } else if (name === "tbl") this.push(readTable(child, context));
    else if (name === "sdt") for (const block of readControlBlocks(child, context, child === skip)) this.push(block);
    else if (TRANSPARENT_BLOCKS.has(name)) for (const block of readBlocks(child, context, skip)) this.push(block);
    else if (name === "bookmarkStart") {
      const bookmark = wAttr(child, "name");
      if (bookmark !== null) context.pendingBookmarks.push(bookmark);
    }
  }

  finish(): DocBlock[] {
    if (this.joining) this.blocks.push(this.joining);
    this.joining = null;
    return this.blocks;
  }

  private push(block: DocBlock): void {
    if (this.joining) this.blocks.push(this.joining);
    this.joining = null;
    this.blocks.push(block);
  }
}

/** w:pPr/w:rPr/w:del (or w:moveFrom): the paragraph mark itself was deleted, or moved away, as a tracked change. */
function paragraphMarkDeleted(paragraph: XmlElement): boolean {
  const properties = firstW(paragraph, "pPr");
  const mark = properties ? firstW(properties, "rPr") : null;
  return mark !== null && (firstW(mark, "del") !== null || firstW(mark, "moveFrom") !== null);
}

/** The two paragraphs as one: the text runs on; the style is the second's, whose mark ends the joined paragraph. */
function joinParagraphs(first: DocParagraph, second: DocParagraph): DocParagraph {
  const shift = first.text.length;
  const marks = [...(first.marks ?? []), ...(second.marks ?? []).map((mark) => ({ ...mark, offset: mark.offset + shift }))];
  const joined: DocParagraph = { ...second, text: first.text + second.text };
  if (marks.length > 0) joined.marks = marks;
  return joined;
}

function readControlBlocks(sdt: XmlElement, context: Context, isCellControl: boolean): DocBlock[] {
  const content = controlContent(sdt);
  if (!content) return [];
  const properties = firstW(sdt, "sdtPr");
  // Placeholder text ("Click or tap here to enter text.") is the control's prompt, not a person's text.
  if (properties && isShowingPlaceholder(properties)) return readBlocks(content, context, null).map(() => ({ kind: "paragraph", text: "" }));
  const ref = isCellControl ? null : ourControlRef(sdt);
  if (!ref) return readBlocks(content, context, null);
  const saved = context.controls;
  context.controls = [ref, ...saved];
  try {
    return readBlocks(content, context, null);
  } finally {
    context.controls = saved;
  }
}

function readParagraph(element: XmlElement, context: Context): DocParagraph {
  const { text, marks } = paragraphText(element, context.parts.footnotes, context.fields);
  const leading = context.pendingBookmarks.map((name) => ({ kind: "bookmark" as const, name, offset: 0 }));
  context.pendingBookmarks = [];
  const paragraph: DocParagraph = { kind: "paragraph", text };
  const properties = firstW(element, "pPr");
  const styleId = properties ? childVal(properties, "pStyle") : null;
  const style = styleId ? context.parts.styles.get(styleId) : undefined;
  if (styleId) paragraph.style = style?.name ?? styleId;
  const directLevel = properties ? childVal(properties, "outlineLvl") : null;
  const level = directLevel !== null ? Number(directLevel) + 1 : style?.outlineLevel;
  if (level !== undefined && Number.isInteger(level) && level >= 1 && level <= 9) paragraph.outlineLevel = level;
  const allMarks = [...leading, ...marks];
  if (allMarks.length > 0) paragraph.marks = allMarks;
  if (context.controls.length > 0) paragraph.controls = context.controls;
  return paragraph;
}

function readTable(element: XmlElement, context: Context): DocTable {
  const topLevel = context.index;
  context.index = null;
  try {
    const { rows, elements, continued } = readTableRows(element, ({ cell, wrapper }, continuation) => readCell(cell, wrapper, context, continuation));
    if (topLevel) {
      topLevel.cells.push(elements.map((row) => row.map(({ cell, wrapper }) => cellSpanOf(cell, wrapper))));
      for (const { cell } of continued) topLevel.continued.add(cell.start);
    }
    return { kind: "table", rows };
  } finally {
    context.index = topLevel;
  }
}

/** `continuation`: the cell continues a vertical merge; Word shows the merged cell's content above, none of its own. */
function readCell(cell: XmlElement, wrapper: XmlElement | null, context: Context, continuation: boolean): DocCell {
  const properties = firstW(cell, "tcPr");
  const span = Number(properties ? (childVal(properties, "gridSpan") ?? "1") : "1");
  // A newer add-in's control (tag "ap/2/…") is read as the cell's own too, so the shared field-cell rules report it
  // as a conflict instead of structure wrapping the cell a second time (docs/content-controls.md).
  const inner = ownControlInCell(cell);
  const own = wrapper && (isFieldControl(wrapper) || isForeignOurControl(wrapper)) ? wrapper : inner;
  const result: DocCell = {
    blocks: continuation ? [{ kind: "paragraph", text: "" }] : readBlocks(cell, context, inner),
    shading: cellShading(cell, context.parts.theme),
    gridSpan: Number.isInteger(span) && span > 0 ? span : 1,
  };
  const ref = own ? ourControlRef(own) : null;
  if (ref) result.control = ref;
  return result;
}

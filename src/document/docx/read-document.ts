/**
 * word/document.xml → the DocModel the recognizer reads, plus an index from each top-level table cell
 * address to its w:tc element so the write operations can find the cells the recognizer named. What each
 * construct of Word's markup reads as is docs/docx-reading.md.
 */
import type { ControlRef, DocBlock, DocCell, DocParagraph, DocTable, DocModel } from "../../domain/document-model";
import { controlContent, isFieldControl, isForeignOurControl, ourControlRef, ownControlInCell } from "./content-control";
import { DocxError } from "./docx-error";
import { alternateContentChoice } from "./markup-compatibility";
import { childElements, childVal, firstW, MC_NS, W_NS, wAttr } from "./ooxml";
import { isShowingPlaceholder, paragraphText, type FieldStack, type FootnoteTexts } from "./paragraph-text";
import { cellShading } from "./shading";
import type { StyleTable } from "./styles";
import { readTableRows } from "./table-rows";
import type { ThemeColours } from "./theme";

/** w:tc elements of the top-level tables: `cells[table][row][cell]`, the same addressing as CellAddress. */
export interface CellIndex {
  cells: Element[][][];
  /** Cells whose content as read goes on in other w:tc (docs/docx-reading.md, Tables): not written through alone. */
  continued: Set<Element>;
}

export interface ReadDocument {
  model: DocModel;
  index: CellIndex;
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

export function readDocument(document: Document, parts: ReadingParts): ReadDocument {
  const root = document.documentElement;
  const body = root && root.namespaceURI === W_NS ? firstW(root, "body") : null;
  if (!body) throw new DocxError("MalformedXml", "word/document.xml has no w:document/w:body: it is not a WordprocessingML document.");
  const index: CellIndex = { cells: [], continued: new Set() };
  const context: Context = { parts, fields: [], controls: [], pendingBookmarks: [], index };
  return { model: { blocks: readBlocks(body, context, null) }, index };
}

/** The block-level content of a body, cell or content control. `skip` is a control read as the cell's own. */
function readBlocks(container: Element, context: Context, skip: Element | null): DocBlock[] {
  const blocks: DocBlock[] = [];
  // A paragraph whose mark is deleted (a tracked change) runs on into the next one: "Council " ¶ "2021" is one line.
  let joining: DocParagraph | null = null;
  const push = (block: DocBlock): void => {
    if (joining) blocks.push(joining);
    joining = null;
    blocks.push(block);
  };
  for (const child of childElements(container)) {
    if (child.namespaceURI === MC_NS && child.localName === "AlternateContent") {
      const choice = alternateContentChoice(child);
      if (choice) for (const block of readBlocks(choice, context, skip)) push(block);
      continue;
    }
    if (child.namespaceURI !== W_NS) continue;
    const name = child.localName;
    if (name === "p") {
      const paragraph = readParagraph(child, context);
      const joined: DocParagraph = joining ? joinParagraphs(joining, paragraph) : paragraph;
      joining = null;
      if (paragraphMarkDeleted(child)) joining = joined;
      else blocks.push(joined);
    } else if (name === "tbl") push(readTable(child, context));
    else if (name === "sdt") for (const block of readControlBlocks(child, context, child === skip)) push(block);
    else if (TRANSPARENT_BLOCKS.has(name)) for (const block of readBlocks(child, context, skip)) push(block);
    else if (name === "bookmarkStart") {
      const bookmark = wAttr(child, "name");
      if (bookmark !== null) context.pendingBookmarks.push(bookmark);
    }
  }
  if (joining) blocks.push(joining);
  return blocks;
}

/** w:pPr/w:rPr/w:del (or w:moveFrom): the paragraph mark itself was deleted, or moved away, as a tracked change. */
function paragraphMarkDeleted(paragraph: Element): boolean {
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

function readControlBlocks(sdt: Element, context: Context, isCellControl: boolean): DocBlock[] {
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

function readParagraph(element: Element, context: Context): DocParagraph {
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

function readTable(element: Element, context: Context): DocTable {
  const topLevel = context.index;
  context.index = null;
  try {
    const { rows, elements, continued } = readTableRows(element, ({ cell, wrapper }, continuation) => readCell(cell, wrapper, context, continuation));
    if (topLevel) {
      topLevel.cells.push(elements);
      for (const cell of continued) topLevel.continued.add(cell);
    }
    return { kind: "table", rows };
  } finally {
    context.index = topLevel;
  }
}

/** `continuation`: the cell continues a vertical merge; Word shows the merged cell's content above, none of its own. */
function readCell(cell: Element, wrapper: Element | null, context: Context, continuation: boolean): DocCell {
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

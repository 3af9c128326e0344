/**
 * Where a top-level table cell is in word/document.xml, as the reader records it (offsets, not the tree: the reader
 * drops each block's tree once read), and the cell's tree parsed again from those offsets when a write needs it.
 */
import { isW } from "./ooxml";
import { parseElementAt } from "./xml-stream";
import type { XmlElement } from "./xml-tree";

/** For messages only: these spans were read from the main document part already, so parsing one again cannot fail. */
const MAIN_PART = "the main document part";

export interface CellSpan {
  /** The w:tc element. */
  start: number;
  end: number;
  /** The cell-level content control around the w:tc, when there is one (its tree holds the cell). */
  wrapper: { start: number; end: number } | null;
  /** Namespaces in scope at the cell. */
  namespaces: Readonly<Record<string, string>>;
}

export function cellSpanOf(cell: XmlElement, wrapper: XmlElement | null): CellSpan {
  return { start: cell.start, end: cell.end, wrapper: wrapper ? { start: wrapper.start, end: wrapper.end } : null, namespaces: cell.namespaces };
}

/** The cell's w:tc as a tree (inside its wrapper's tree when it has one, so the wrapper is its ancestor). */
export function cellTree(text: string, span: CellSpan): XmlElement {
  if (!span.wrapper) return parseElementAt(text, span.start, span.end, span.namespaces, MAIN_PART);
  const wrapper = parseElementAt(text, span.wrapper.start, span.wrapper.end, span.namespaces, MAIN_PART);
  const cell = wrapper.getElementsByTagNameNS(wrapper.namespaceURI, "tc").find((candidate) => isW(candidate, "tc") && candidate.start === span.start);
  if (!cell) throw new Error(`No w:tc at ${span.start} inside its control`);
  return cell;
}

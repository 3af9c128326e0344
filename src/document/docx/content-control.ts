/** Word content controls (w:sdt) as the add-in sees them: tag, title, content, and which are ours. */
import type { ControlRef } from "../../domain/document-model";
import { isOurTag, parseTag } from "../tags";
import { childVal, firstW, isW } from "./ooxml";
import type { XmlElement, XmlNode } from "./xml-tree";

export function controlTag(sdt: XmlElement): string | null {
  const properties = firstW(sdt, "sdtPr");
  return properties ? childVal(properties, "tag") : null;
}

export function controlTitle(sdt: XmlElement): string | null {
  const properties = firstW(sdt, "sdtPr");
  return properties ? childVal(properties, "alias") : null;
}

/** The add-in's reference for a control, or null when the control is not the add-in's. */
export function ourControlRef(sdt: XmlElement): ControlRef | null {
  const tag = controlTag(sdt);
  return isOurTag(tag) ? { tag: tag!, title: controlTitle(sdt) ?? "" } : null;
}

export function isFieldControl(node: XmlNode | null | undefined): node is XmlElement {
  return isW(node, "sdt") && parseTag(controlTag(node))?.kind === "field";
}

/**
 * A control with the add-in's prefix whose tag this version cannot parse (e.g. "ap/2/…", written by a newer
 * add-in). docs/content-controls.md: such a control is reported as conflicting and left alone, never wrapped again.
 */
export function isForeignOurControl(node: XmlNode | null | undefined): node is XmlElement {
  if (!isW(node, "sdt")) return false;
  const tag = controlTag(node);
  return isOurTag(tag) && parseTag(tag) === null;
}

/**
 * The control that is a cell's own, around its content: the add-in's field control inside the cell, else a
 * newer add-in's control (isForeignOurControl) that holds the whole cell content (the cell's only block).
 */
export function ownControlInCell(cell: XmlElement): XmlElement | null {
  const blocks: XmlElement[] = [];
  for (let child = cell.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    if (isFieldControl(child)) return child;
    if (!isW(child, "tcPr")) blocks.push(child);
  }
  return blocks.length === 1 && isForeignOurControl(blocks[0]) ? blocks[0] : null;
}

export function controlContent(sdt: XmlElement): XmlElement | null {
  return firstW(sdt, "sdtContent");
}

/** The add-in's field control of a w:tc: a block control inside it, or a cell-level control around it. */
export function fieldControlOfCell(cell: XmlElement): XmlElement | null {
  for (let child = cell.firstChild; child; child = child.nextSibling) if (isFieldControl(child)) return child;
  const content = cell.parentNode;
  const wrapper = content && isW(content, "sdtContent") ? content.parentNode : null;
  return isFieldControl(wrapper) ? wrapper : null;
}

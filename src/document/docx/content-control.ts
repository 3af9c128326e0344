/** Word content controls (w:sdt) as the add-in sees them: tag, title, content, and which are ours. */
import type { ControlRef } from "../../domain/document-model";
import { isOurTag, parseTag } from "../tags";
import { childVal, firstW, isW } from "./ooxml";

export function controlTag(sdt: Element): string | null {
  const properties = firstW(sdt, "sdtPr");
  return properties ? childVal(properties, "tag") : null;
}

export function controlTitle(sdt: Element): string | null {
  const properties = firstW(sdt, "sdtPr");
  return properties ? childVal(properties, "alias") : null;
}

/** The add-in's reference for a control, or null when the control is not the add-in's. */
export function ourControlRef(sdt: Element): ControlRef | null {
  const tag = controlTag(sdt);
  return isOurTag(tag) ? { tag: tag!, title: controlTitle(sdt) ?? "" } : null;
}

export function isFieldControl(node: Node | null | undefined): node is Element {
  return isW(node, "sdt") && parseTag(controlTag(node))?.kind === "field";
}

export function controlContent(sdt: Element): Element | null {
  return firstW(sdt, "sdtContent");
}

/** The add-in's field control of a w:tc: a block control inside it, or a cell-level control around it. */
export function fieldControlOfCell(cell: Element): Element | null {
  for (let child = cell.firstChild; child; child = child.nextSibling) if (isFieldControl(child)) return child;
  const content = cell.parentNode;
  const wrapper = content && isW(content, "sdtContent") ? content.parentNode : null;
  return isFieldControl(wrapper) ? wrapper : null;
}

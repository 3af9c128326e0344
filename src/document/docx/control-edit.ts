/**
 * Adding and removing the add-in's content controls as edits of the source text. Wrapping inserts the control's
 * start before the cell's content and its end after it, so the content (runs, formatting, bookmarks, footnote
 * references) stays as it is, byte for byte; unwrapping removes exactly those two pieces again. Neither creates,
 * copies or drops a character of text.
 */
import type { ControlSpan } from "./read-document";
import { childElements, firstW, isW, MC_NS, W15_NS, W_NS } from "./ooxml";
import { insertAt, removeRange, type TextEdit } from "./text-edit";
import { WmlMarkup, escapeAttribute } from "./wml-markup";
import type { OuterElement } from "./xml-stream";
import type { XmlElement } from "./xml-tree";

/** Source of w:id values for new controls: positive 32-bit integers no control in the document uses. */
export class ControlIds {
  private readonly used: Set<number>;
  private next = 1;

  constructor(used: ReadonlySet<number>) {
    this.used = new Set(used);
  }

  take(): string {
    while (this.used.has(this.next)) this.next += 1;
    const id = this.next;
    this.used.add(id);
    return String(id);
  }
}

/** Wraps everything in a w:tc except its w:tcPr in one block-level control. */
export function wrapCellContent(cell: XmlElement, tag: string, title: string, ids: ControlIds): TextEdit[] {
  const markup = WmlMarkup.at(cell);
  const first = childElements(cell).find((child) => !isW(child, "tcPr"));
  const start = markup.controlStart(tag, title, ids.take(), true);
  if (cell.selfClosing) return [{ start: cell.start, end: cell.end, text: `<${cell.tagName}${attributesText(cell)}>${start}${markup.controlEnd()}</${cell.tagName}>` }];
  // Text between elements (insignificant white space) after the first content element moves in with the content.
  return [insertAt(first ? first.start : cell.closeStart, start), insertAt(cell.closeStart, markup.controlEnd())];
}

/** Removes every content control of the add-in (any level), keeping its content in its place: exactly what wrapping added. */
export function unwrapControls(controls: readonly ControlSpan[]): TextEdit[] {
  return controls.flatMap((control) => (control.content ? [removeRange(control.start, control.content.start), removeRange(control.content.end, control.end)] : [removeRange(control.start, control.end)]));
}

/** Order of w:sdtPr children the schema requires before the control-type choice. */
const SDT_PR_ORDER = ["rPr", "alias", "tag", "id", "lock", "placeholder", "temporary", "showingPlcHdr", "dataBinding", "label", "tabIndex"];

/**
 * Sets (colour) or removes (null) the control colour Word shows (w15:color), only when the document declares the
 * Word 2012 namespace as ignorable, so older readers are not handed an unknown element.
 */
export function setControlColour(sdt: XmlElement, colour: string | null, root: OuterElement): TextEdit[] {
  const properties = firstW(sdt, "sdtPr");
  if (!properties) return [];
  const existing = childElements(properties).find((child) => child.namespaceURI === W15_NS && child.localName === "color");
  const prefix = sdt.lookupPrefix(W15_NS);
  const ignorable = root.attributes.find((attribute) => attribute.uri === MC_NS && attribute.local === "Ignorable")?.value ?? "";
  const writable = colour !== null && !!prefix && ignorable.split(/\s+/).includes(prefix);
  const wPrefix = sdt.lookupPrefix(W_NS);
  const element = writable && wPrefix ? `<${prefix}:color ${wPrefix}:val="${escapeAttribute(colour!.replace(/^#/, "").toUpperCase())}"/>` : null;
  if (existing) return [{ start: existing.start, end: existing.end, text: element ?? "" }];
  if (!element) return [];
  if (properties.selfClosing) return [{ start: properties.start, end: properties.end, text: `${WmlMarkup.at(sdt).open("sdtPr")}${element}${WmlMarkup.at(sdt).close("sdtPr")}` }];
  const id = firstW(properties, "id");
  const after = id ?? childElements(properties).filter((child) => SDT_PR_ORDER.includes(child.localName) && child.namespaceURI === W_NS).pop();
  return [insertAt(after ? after.end : properties.openEnd, element)];
}

function attributesText(element: XmlElement): string {
  return element.attributes.map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`).join("");
}

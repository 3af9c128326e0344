/**
 * Adding and removing the add-in's content controls in the XML tree. Wrapping moves the cell's existing
 * nodes into the control untouched (runs, formatting, bookmarks, footnote references); unwrapping puts
 * them back where the control was. Neither creates, copies or drops a character of text.
 */
import { isOurTag } from "../tags";
import { controlContent, controlTag } from "./content-control";
import { childElements, createW, firstW, isW, MC_NS, W15_NS, W_NS } from "./ooxml";

/** Source of w:id values for new controls: positive 32-bit integers no control in the document uses. */
export class ControlIds {
  private readonly used = new Set<number>();
  private next = 1;

  constructor(document: Document) {
    const ids = document.getElementsByTagNameNS(W_NS, "id");
    for (let index = 0; index < ids.length; index++) {
      const id = ids.item(index);
      if (id && isW(id.parentNode, "sdtPr")) this.used.add(Number(id.getAttributeNS(W_NS, "val")));
    }
  }

  take(): string {
    while (this.used.has(this.next)) this.next += 1;
    const id = this.next;
    this.used.add(id);
    return String(id);
  }
}

/** A w:sdt (block- or run-level, by where it is put) with the given tag and title (alias) and an empty w:sdtContent. */
export function createControl(document: Document, tag: string, title: string, ids: ControlIds): { sdt: Element; content: Element } {
  const sdt = createW(document, "sdt");
  const properties = createW(document, "sdtPr");
  properties.appendChild(createW(document, "alias", { val: title }));
  properties.appendChild(createW(document, "tag", { val: tag }));
  properties.appendChild(createW(document, "id", { val: ids.take() }));
  sdt.appendChild(properties);
  const content = createW(document, "sdtContent");
  sdt.appendChild(content);
  return { sdt, content };
}

/** Wraps everything in a w:tc except its w:tcPr in one block-level control. */
export function wrapCellContent(cell: Element, tag: string, title: string, ids: ControlIds): void {
  const { sdt, content } = createControl(cell.ownerDocument!, tag, title, ids);
  const movable = childElements(cell).filter((child) => !isW(child, "tcPr"));
  // Text nodes between elements are insignificant whitespace; they stay where they are.
  for (const node of movable) content.appendChild(node);
  cell.appendChild(sdt);
}

/** Every content control of the add-in (any level, any kind), in document order: what unwrapOurControls removes. */
export function ourControls(document: Document): Element[] {
  return Array.from(document.getElementsByTagNameNS(W_NS, "sdt")).filter((sdt) => isOurTag(controlTag(sdt as unknown as Element))) as unknown as Element[];
}

/** Removes every content control of the add-in (any level), keeping its content in its place. */
export function unwrapOurControls(document: Document): number {
  const controls = ourControls(document);
  // Innermost first is not needed: unwrapping an outer control moves the inner one intact.
  let removed = 0;
  for (const node of controls) {
    const sdt = node as unknown as Element;
    const parent = sdt.parentNode;
    if (!parent) continue;
    const content = controlContent(sdt);
    if (content) while (content.firstChild) parent.insertBefore(content.firstChild, sdt);
    parent.removeChild(sdt);
    removed += 1;
  }
  return removed;
}

/** Order of w:sdtPr children the schema requires before the control-type choice. */
const SDT_PR_ORDER = ["rPr", "alias", "tag", "id", "lock", "placeholder", "temporary", "showingPlcHdr", "dataBinding", "label", "tabIndex"];

/**
 * Sets (colour) or removes (null) the control colour Word shows (w15:color), only when the document
 * declares the Word 2012 namespace as ignorable, so older readers are not handed an unknown element.
 */
export function setControlColour(sdt: Element, colour: string | null): boolean {
  const properties = firstW(sdt, "sdtPr");
  if (!properties) return false;
  const existing = childElements(properties).find((child) => child.namespaceURI === W15_NS && child.localName === "color");
  if (existing) properties.removeChild(existing);
  if (colour === null) return existing !== undefined;
  const document = sdt.ownerDocument!;
  const root = document.documentElement!;
  const prefix = root.lookupPrefix(W15_NS);
  const ignorable = root.getAttributeNS(MC_NS, "Ignorable") ?? "";
  if (!prefix || !ignorable.split(/\s+/).includes(prefix)) return false;
  const element = document.createElementNS(W15_NS, `${prefix}:color`);
  element.setAttributeNS(W_NS, "w:val", colour.replace(/^#/, "").toUpperCase());
  const id = firstW(properties, "id");
  const after = id ?? childElements(properties).filter((child) => SDT_PR_ORDER.includes(child.localName) && child.namespaceURI === W_NS).pop();
  if (after && after.nextSibling) properties.insertBefore(element, after.nextSibling);
  else if (after) properties.appendChild(element);
  else properties.insertBefore(element, properties.firstChild);
  return true;
}

/**
 * WordprocessingML namespaces and the few DOM helpers every .docx module uses.
 * All lookups are namespace-aware: a prefix is never trusted, only the namespace URI.
 */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CUSTOM_XML_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
export const CUSTOM_XML_PROPS_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
export const CUSTOM_XML_PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
export const DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

const ELEMENT_NODE = 1;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True when `node` is the WordprocessingML element `w:<localName>`. */
export function isW(node: Node | null | undefined, localName: string): node is Element {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function childElements(parent: Node): Element[] {
  const result: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isElement(child)) result.push(child);
  return result;
}

export function firstW(parent: Node, localName: string): Element | null {
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isW(child, localName)) return child;
  return null;
}

/** The value of a `w:`-namespaced attribute, e.g. w:val. */
export function wAttr(element: Element, localName: string): string | null {
  return element.hasAttributeNS(W_NS, localName) ? element.getAttributeNS(W_NS, localName) : null;
}

/** `w:val` of the child `w:<localName>`, or null when there is no such child. */
export function childVal(parent: Element, localName: string): string | null {
  const child = firstW(parent, localName);
  return child ? wAttr(child, "val") : null;
}

export function createW(document: Document, localName: string, attributes: Record<string, string> = {}): Element {
  const element = document.createElementNS(W_NS, `w:${localName}`);
  for (const [name, value] of Object.entries(attributes)) element.setAttributeNS(W_NS, `w:${name}`, value);
  return element;
}

/** Inserts `child` into `parent` before the first existing child whose local name comes later in `order`. */
export function insertInSchemaOrder(parent: Element, child: Element, order: readonly string[]): void {
  const position = order.indexOf(child.localName);
  for (const sibling of childElements(parent)) {
    const siblingPosition = order.indexOf(sibling.localName);
    if (sibling.namespaceURI === W_NS && siblingPosition > position) {
      parent.insertBefore(child, sibling);
      return;
    }
  }
  parent.appendChild(child);
}

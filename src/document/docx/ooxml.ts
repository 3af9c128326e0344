/**
 * WordprocessingML namespaces and the few tree helpers every .docx module uses (on xml-tree.ts's elements).
 * All lookups are namespace-aware: a prefix is never trusted, only the namespace URI.
 */
import type { XmlElement, XmlNode } from "./xml-tree";

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

/** True when `node` is an element (not text). */
export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return !!node && node.nodeType === 1;
}

/** True when `node` is the WordprocessingML element `w:<localName>`. */
export function isW(node: XmlElement, localName: string): boolean;
export function isW(node: XmlNode | null | undefined, localName: string): node is XmlElement;
export function isW(node: XmlNode | null | undefined, localName: string): boolean {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function childElements(parent: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isElement(child)) result.push(child);
  return result;
}

export function firstW(parent: XmlElement, localName: string): XmlElement | null {
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isW(child, localName)) return child;
  return null;
}

/** The value of a `w:`-namespaced attribute, e.g. w:val. */
export function wAttr(element: XmlElement, localName: string): string | null {
  return element.getAttributeNS(W_NS, localName);
}

/** `w:val` of the child `w:<localName>`, or null when there is no such child. */
export function childVal(parent: XmlElement, localName: string): string | null {
  const child = firstW(parent, localName);
  return child ? wAttr(child, "val") : null;
}

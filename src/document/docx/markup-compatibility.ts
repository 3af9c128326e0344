/**
 * mc:AlternateContent (ISO/IEC 29500-3) as a consumer that understands WordprocessingML but none of Word's later
 * extensions: the first mc:Choice whose Requires namespaces are all understood, else mc:Fallback, else nothing.
 * Word writes text boxes, shapes and some effects this way; the choice it picks for readers like us is the fallback.
 */
import { childElements, MC_NS, W_NS } from "./ooxml";
import type { XmlElement } from "./xml-tree";

const UNDERSTOOD = new Set([
  W_NS,
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://schemas.openxmlformats.org/officeDocument/2006/math",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "urn:schemas-microsoft-com:vml",
  "urn:schemas-microsoft-com:office:office",
  "urn:schemas-microsoft-com:office:word",
]);

/** The element whose children stand for the AlternateContent (a Choice or the Fallback), or null. */
export function alternateContentChoice(alternate: XmlElement): XmlElement | null {
  let fallback: XmlElement | null = null;
  for (const child of childElements(alternate)) {
    if (child.namespaceURI !== MC_NS) continue;
    if (child.localName === "Choice" && requiresUnderstood(child)) return child;
    if (child.localName === "Fallback" && !fallback) fallback = child;
  }
  return fallback;
}

function requiresUnderstood(choice: XmlElement): boolean {
  const prefixes = (choice.getAttribute("Requires") ?? "").split(/\s+/).filter((prefix) => prefix !== "");
  return prefixes.length > 0 && prefixes.every((prefix) => UNDERSTOOD.has(choice.namespaces[prefix] ?? ""));
}

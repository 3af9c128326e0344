/** Footnote texts from word/footnotes.xml (id → paragraphs joined by "\n"); separators are not footnotes. */
import { childElements, isW, W_NS, wAttr } from "./ooxml";
import { paragraphText, type FootnoteTexts } from "./paragraph-text";
import type { XmlDocument } from "./xml-tree";

export function readFootnotes(footnotesDocument: XmlDocument | null): FootnoteTexts {
  const texts = new Map<string, string>();
  const root = footnotesDocument?.documentElement;
  if (!root || root.namespaceURI !== W_NS) return texts;
  const none: FootnoteTexts = new Map();
  for (const footnote of childElements(root)) {
    if (!isW(footnote, "footnote")) continue;
    const type = wAttr(footnote, "type");
    if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") continue;
    const id = wAttr(footnote, "id");
    if (id === null) continue;
    const paragraphs = childElements(footnote).filter((child) => isW(child, "p"));
    texts.set(id, paragraphs.map((paragraph) => paragraphText(paragraph, none).text).join("\n"));
  }
  return texts;
}

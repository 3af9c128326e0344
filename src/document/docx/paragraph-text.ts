/**
 * The visible text of one w:p as a person reads it, plus its bookmarks and footnote references
 * anchored at character offsets. Deleted revisions, field codes and drawings are not text.
 */
import type { InlineMark } from "../../domain/document-model";
import { firstW, isElement, W_NS, wAttr } from "./ooxml";

export interface ParagraphText {
  text: string;
  marks: InlineMark[];
}

/** Footnote id → its text, from word/footnotes.xml. */
export type FootnoteTexts = ReadonlyMap<string, string>;

/** Containers whose children are read as part of the paragraph. */
const TRANSPARENT = new Set(["hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo", "sdtContent"]);
/** Run children that are not visible text. */
const NOT_TEXT = new Set(["delText", "instrText", "delInstrText", "drawing", "pict", "object", "rPr", "fldChar", "lastRenderedPageBreak", "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "annotationRef", "commentReference", "endnoteReference"]);

export function paragraphText(paragraph: Element, footnotes: FootnoteTexts): ParagraphText {
  const state = { text: "", marks: [] as InlineMark[] };
  readChildren(paragraph, state, footnotes);
  return state;
}

function readChildren(parent: Element, state: ParagraphText, footnotes: FootnoteTexts): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (!isElement(node) || node.namespaceURI !== W_NS) continue;
    const name = node.localName;
    if (name === "r") readRun(node, state, footnotes);
    else if (name === "bookmarkStart") {
      const bookmark = wAttr(node, "name");
      if (bookmark !== null) state.marks.push({ kind: "bookmark", name: bookmark, offset: state.text.length });
    } else if (name === "sdt") {
      const content = firstW(node, "sdtContent");
      if (content) readChildren(content, state, footnotes);
    } else if (TRANSPARENT.has(name)) readChildren(node, state, footnotes);
  }
}

function readRun(run: Element, state: ParagraphText, footnotes: FootnoteTexts): void {
  for (let node = run.firstChild; node; node = node.nextSibling) {
    if (!isElement(node) || node.namespaceURI !== W_NS || NOT_TEXT.has(node.localName)) continue;
    switch (node.localName) {
      case "t":
        state.text += node.textContent ?? "";
        break;
      case "tab":
      case "ptab":
        state.text += "\t";
        break;
      case "br": {
        const type = wAttr(node, "type");
        if (type !== "page" && type !== "column") state.text += "\n";
        break;
      }
      case "cr":
        state.text += "\n";
        break;
      case "noBreakHyphen":
        state.text += "\u2011";
        break;
      case "softHyphen":
        state.text += "\u00AD";
        break;
      case "sym":
        state.text += symbolCharacter(node);
        break;
      case "footnoteReference": {
        const id = wAttr(node, "id") ?? "";
        state.marks.push({ kind: "footnote", id, offset: state.text.length, text: footnotes.get(id) ?? "" });
        break;
      }
      default:
        break;
    }
  }
}

/** w:sym w:char="F0D6" (Symbol font, private-use code) → the character Word stores. */
function symbolCharacter(symbol: Element): string {
  const code = parseInt(wAttr(symbol, "char") ?? "", 16);
  return Number.isFinite(code) && code > 0 ? String.fromCodePoint(code) : "";
}

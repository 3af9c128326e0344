/**
 * The visible text of one w:p as a person reads it, plus its bookmarks and footnote references anchored at
 * character offsets. What is and is not text is one table, docs/docx-reading.md: deleted and moved-away revisions,
 * field instructions, hidden runs, drawings, soft hyphens and placeholder text are not text; a field's result, a
 * symbol (w:sym) and the content of hyperlinks, smart tags, custom XML and content controls are.
 */
import type { InlineMark } from "../../domain/document-model";
import { childElements, firstW, isElement, MC_NS, W_NS, wAttr } from "./ooxml";
import { alternateContentChoice } from "./markup-compatibility";
import { isSymbolFont, symbolCharacter, symbolFontText } from "./symbol-fonts";
import type { XmlElement } from "./xml-tree";

export interface ParagraphText {
  text: string;
  marks: InlineMark[];
}

/** Footnote id → its text, from the footnotes part. */
export type FootnoteTexts = ReadonlyMap<string, string>;

/**
 * Complex fields open around the current position (w:fldChar begin … separate … end), outermost first; `code` is
 * true until the field's separator. Fields span runs and paragraphs, so one stack serves a whole story.
 */
export type FieldStack = { code: boolean }[];

const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

/** Containers whose children are read as part of the paragraph. */
const TRANSPARENT = new Set(["hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"]);
/** Run children that are not visible text. */
const NOT_TEXT = new Set(["delText", "instrText", "delInstrText", "drawing", "pict", "object", "rPr", "lastRenderedPageBreak", "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "annotationRef", "commentReference", "endnoteReference", "softHyphen"]);
const SOFT_HYPHEN = /\u00AD/g;
const OFF = new Set(["false", "0", "off"]);

interface State extends ParagraphText {
  footnotes: FootnoteTexts;
  fields: FieldStack;
}

export function paragraphText(paragraph: XmlElement, footnotes: FootnoteTexts, fields: FieldStack = []): ParagraphText {
  const state: State = { text: "", marks: [], footnotes, fields };
  readChildren(paragraph, state);
  return { text: state.text, marks: state.marks };
}

function readChildren(parent: XmlElement, state: State): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (!isElement(node)) continue;
    if (node.namespaceURI === MC_NS && node.localName === "AlternateContent") {
      const choice = alternateContentChoice(node);
      if (choice) readChildren(choice, state);
      continue;
    }
    if (node.namespaceURI !== W_NS) continue;
    const name = node.localName;
    if (name === "r") readRun(node, state);
    else if (name === "bookmarkStart") {
      const bookmark = wAttr(node, "name");
      if (bookmark !== null) state.marks.push({ kind: "bookmark", name: bookmark, offset: state.text.length });
    } else if (name === "sdt") readInlineControl(node, state);
    else if (TRANSPARENT.has(name)) readChildren(node, state);
  }
}

/** Another tool's (or Word's) inline content control: its content, except placeholder text; a checkbox is its state. */
function readInlineControl(sdt: XmlElement, state: State): void {
  const properties = firstW(sdt, "sdtPr");
  const checkbox = properties ? checkboxState(properties) : null;
  if (checkbox !== null) {
    if (checkbox && !hiddenByField(state)) state.text += "☑";
    return;
  }
  if (properties && isShowingPlaceholder(properties)) return;
  const content = firstW(sdt, "sdtContent");
  if (content) readChildren(content, state);
}

/** w14:checkbox of a control's properties: true when ticked, false when not, null when the control is no checkbox. */
export function checkboxState(properties: XmlElement): boolean | null {
  const checkbox = childElements(properties).find((child) => child.namespaceURI === W14_NS && child.localName === "checkbox");
  if (!checkbox) return null;
  const checked = childElements(checkbox).find((child) => child.namespaceURI === W14_NS && child.localName === "checked");
  const value = checked?.getAttributeNS(W14_NS, "val") ?? "0";
  return value === "1" || value === "true" || value === "on";
}

/** w:showingPlcHdr: the control shows its placeholder ("Click or tap here to enter text."), not a person's text. */
export function isShowingPlaceholder(properties: XmlElement): boolean {
  const flag = firstW(properties, "showingPlcHdr");
  return flag !== null && !OFF.has(wAttr(flag, "val") ?? "true");
}

function hiddenByField(state: State): boolean {
  return state.fields.some((field) => field.code);
}

function readRun(run: XmlElement, state: State): void {
  const properties = firstW(run, "rPr");
  const vanish = properties ? firstW(properties, "vanish") : null;
  const hidden = vanish !== null && !OFF.has(wAttr(vanish, "val") ?? "true");
  const fonts = properties ? firstW(properties, "rFonts") : null;
  const font = fonts ? (wAttr(fonts, "ascii") ?? wAttr(fonts, "hAnsi")) : null;
  for (let node = run.firstChild; node; node = node.nextSibling) {
    if (!isElement(node)) continue;
    if (node.namespaceURI === MC_NS && node.localName === "AlternateContent") {
      const choice = alternateContentChoice(node);
      // Run content inside a choice (e.g. a symbol with a fallback): read as if it were the run's own.
      if (choice && !hidden) readRunContent(choice, state, font);
      continue;
    }
    if (node.namespaceURI !== W_NS) continue;
    if (node.localName === "fldChar") {
      fieldCharacter(node, state.fields);
      continue;
    }
    if (hidden || NOT_TEXT.has(node.localName) || hiddenByField(state)) continue;
    readRunChild(node, state, font);
  }
}

function readRunContent(container: XmlElement, state: State, font: string | null): void {
  for (const child of childElements(container)) {
    if (child.namespaceURI === W_NS && !NOT_TEXT.has(child.localName) && !hiddenByField(state)) readRunChild(child, state, font);
  }
}

function fieldCharacter(node: XmlElement, fields: FieldStack): void {
  const type = wAttr(node, "fldCharType");
  if (type === "begin") fields.push({ code: true });
  else if (type === "separate") {
    const open = fields[fields.length - 1];
    if (open) open.code = false;
  } else if (type === "end") fields.pop();
}

function readRunChild(node: XmlElement, state: State, font: string | null): void {
  switch (node.localName) {
    case "t": {
      const text = (node.textContent ?? "").replace(SOFT_HYPHEN, "");
      state.text += isSymbolFont(font) ? symbolFontText(font!, text) : text;
      break;
    }
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
    case "sym":
      state.text += symbolText(node);
      break;
    case "footnoteReference": {
      const id = wAttr(node, "id") ?? "";
      state.marks.push({ kind: "footnote", id, offset: state.text.length, text: state.footnotes.get(id) ?? "" });
      break;
    }
    default:
      break;
  }
}

/** w:sym: a mapped symbol font's character (Symbol F0D6 is √), else a real Unicode character, else nothing. */
function symbolText(symbol: XmlElement): string {
  const code = parseInt(wAttr(symbol, "char") ?? "", 16);
  if (!Number.isFinite(code) || code <= 0) return "";
  const font = wAttr(symbol, "font");
  if (isSymbolFont(font)) return symbolCharacter(font, code);
  const notACharacter = (code >= 0xd800 && code <= 0xdfff) || (code >= 0xe000 && code <= 0xf8ff) || code > 0x10ffff;
  return notACharacter ? "" : String.fromCodePoint(code);
}

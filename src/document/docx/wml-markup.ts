/**
 * WordprocessingML the adapter writes, as text ready to splice into word/document.xml: elements with the prefix the
 * document binds to the WordprocessingML namespace where they go (declared on the inserted element when the document
 * binds none), text and attribute values escaped so that a reader gets exactly the characters back.
 */
import { W_NS } from "./ooxml";
import { assertXmlText } from "./text-nodes";
import type { XmlElement } from "./xml-tree";

export type Attributes = Record<string, string>;

export class WmlMarkup {
  private constructor(
    /** "w:" (or the document's prefix, with its colon). */
    private readonly qualifier: string,
    /** ` xmlns:w="…"` when the place has no prefix for the namespace (put on each outermost inserted element). */
    readonly declaration: string,
  ) {}

  /** Markup for text inserted inside `element` (namespaces as in scope there). */
  static at(element: XmlElement): WmlMarkup {
    const prefix = element.lookupPrefix(W_NS);
    if (prefix) return new WmlMarkup(`${prefix}:`, "");
    return new WmlMarkup("w:", ` xmlns:w="${W_NS}"`);
  }

  name(local: string): string {
    return `${this.qualifier}${local}`;
  }

  open(local: string, attributes: Attributes = {}, outermost = false): string {
    return `<${this.name(local)}${this.attributes(attributes)}${outermost ? this.declaration : ""}>`;
  }

  close(local: string): string {
    return `</${this.name(local)}>`;
  }

  empty(local: string, attributes: Attributes = {}, outermost = false): string {
    return `<${this.name(local)}${this.attributes(attributes)}${outermost ? this.declaration : ""}/>`;
  }

  element(local: string, content: string, attributes: Attributes = {}, outermost = false): string {
    return `${this.open(local, attributes, outermost)}${content}${this.close(local)}`;
  }

  /** One run of text: tabs become w:tab, the rest w:t with xml:space="preserve"; `properties` is a w:rPr as text. */
  run(text: string, properties = "", outermost = false): string {
    assertXmlText(text, "text to write"); // last line of defence: every text the adapter writes is built here
    let content = properties;
    for (const piece of text.split(/(\t)/)) {
      if (piece === "") continue;
      content += piece === "\t" ? this.empty("tab") : `<${this.name("t")} xml:space="preserve">${escapeText(piece)}${this.close("t")}`;
    }
    return this.element("r", content, {}, outermost);
  }

  /** A paragraph of one line of text with the given w:pPr and w:rPr (as text, copied from the document). */
  paragraph(text: string, paragraphProperties = "", runProperties = "", outermost = false): string {
    return this.element("p", paragraphProperties + (text === "" ? "" : this.run(text, runProperties)), {}, outermost);
  }

  /** The start of a content control (w:sdt with alias, tag and id) up to and including <w:sdtContent>. */
  controlStart(tag: string, title: string, id: string, outermost = false): string {
    const properties = this.element("sdtPr", this.empty("alias", { val: title }) + this.empty("tag", { val: tag }) + this.empty("id", { val: id }));
    return `${this.open("sdt", {}, outermost)}${properties}${this.open("sdtContent")}`;
  }

  controlEnd(): string {
    return `${this.close("sdtContent")}${this.close("sdt")}`;
  }

  private attributes(attributes: Attributes): string {
    return Object.entries(attributes)
      .map(([local, value]) => ` ${this.name(local)}="${escapeAttribute(value)}"`)
      .join("");
  }
}

/** Character data: & and < must be escaped, > after ]] too; CR would be read back as LF, so it is a reference. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (character) => ESCAPES[character]!);
}

/** Attribute values: also " (the delimiter) and the white space a reader would normalize to spaces. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (character) => ESCAPES[character]!);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;" };

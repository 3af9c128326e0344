/**
 * A small, read-only XML tree with source offsets: what the .docx reader builds for one top-level block of
 * word/document.xml at a time (and for the small parts whole), instead of a DOM of the whole document. It offers the
 * few DOM-like members the readers use (firstChild, nextSibling, namespaceURI, localName, getAttributeNS, textContent…)
 * and, for the writers, where each element is in the source text, so a write splices text instead of re-serializing.
 */
export interface XmlAttribute {
  uri: string;
  local: string;
  /** Qualified name as written, e.g. "w:val". */
  name: string;
  value: string;
}

export type XmlNode = XmlElement | XmlText;

export class XmlText {
  readonly nodeType = 3;
  parentNode: XmlElement | null = null;
  nextSibling: XmlNode | null = null;
  readonly firstChild = null;
  constructor(readonly data: string) {}

  get textContent(): string {
    return this.data;
  }
}

export class XmlElement {
  readonly nodeType = 1;
  parentNode: XmlElement | null = null;
  firstChild: XmlNode | null = null;
  lastChild: XmlNode | null = null;
  nextSibling: XmlNode | null = null;
  /** Offset of the character after the start tag's ">" (for a self-closing tag: after "/>"). */
  openEnd = 0;
  /** Offset of the end tag's "<" (for a self-closing tag: openEnd). */
  closeStart = 0;
  /** Offset of the character after the end tag. */
  end = 0;
  selfClosing = false;

  constructor(
    readonly namespaceURI: string,
    readonly localName: string,
    /** Qualified name as written, e.g. "w:tc". */
    readonly tagName: string,
    readonly attributes: readonly XmlAttribute[],
    /** Offset of the start tag's "<" in the source text. */
    readonly start: number,
    /** Namespaces in scope (prefix → URI, "" for the default namespace), as the tokenizer keeps them: shared, not copied. */
    readonly namespaces: Readonly<Record<string, string>>,
  ) {}

  /** The prefix bound to `uri` here ("" for the default namespace), or null. */
  lookupPrefix(uri: string): string | null {
    for (const prefix in this.namespaces) if (this.namespaces[prefix] === uri) return prefix;
    return null;
  }

  append(child: XmlNode): void {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }

  getAttributeNS(uri: string | null, local: string): string | null {
    for (const attribute of this.attributes) if (attribute.local === local && attribute.uri === (uri ?? "")) return attribute.value;
    return null;
  }

  hasAttributeNS(uri: string | null, local: string): boolean {
    return this.getAttributeNS(uri, local) !== null;
  }

  /** An attribute by its qualified name (for attributes in no namespace, e.g. Relationship's Type). */
  getAttribute(name: string): string | null {
    for (const attribute of this.attributes) if (attribute.name === name) return attribute.value;
    return null;
  }

  get textContent(): string {
    let text = "";
    for (let child = this.firstChild; child; child = child.nextSibling) text += child.textContent;
    return text;
  }

  /** Descendant elements in document order with this namespace and local name. */
  getElementsByTagNameNS(uri: string, local: string): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (parent: XmlElement): void => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType !== 1) continue;
        if (child.namespaceURI === uri && child.localName === local) found.push(child);
        visit(child);
      }
    };
    visit(this);
    return found;
  }
}

/** A whole small part (styles, footnotes, relationships): its root element. */
export interface XmlDocument {
  documentElement: XmlElement | null;
  getElementsByTagNameNS(uri: string, local: string): XmlElement[];
}

/**
 * The streaming XML reader of the .docx adapter: saxes (a spec-conforming XML 1.0 + namespaces tokenizer) reads a part
 * once, front to back. Below a chosen depth it builds small XmlElement trees with their source offsets and hands each
 * finished one over (for word/document.xml: one top-level block of the body at a time, then dropped), so memory
 * stays at the size of the largest block, not of the document. Malformed XML is a DocumentError, never a half-read part.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { DocumentError } from "../document-error";
import { XmlElement, XmlText, type XmlAttribute } from "./xml-tree";

/** An element above the tree depth: its name, attributes and declared namespaces, without children. */
export interface OuterElement {
  namespaceURI: string;
  localName: string;
  attributes: readonly XmlAttribute[];
  /** Namespaces in scope at this element, prefix → URI ("" for the default namespace). */
  namespaces: Readonly<Record<string, string>>;
  start: number;
  openEnd: number;
}

export interface StreamHandlers {
  /** An element at the tree depth was opened above: return false to skip building its tree (its events still count). */
  wantTree?(path: readonly OuterElement[], tag: { uri: string; local: string }): boolean;
  /** A finished tree at the tree depth, with the elements above it (outermost first). */
  onTree(tree: XmlElement, path: readonly OuterElement[]): void;
  onOuterOpen?(element: OuterElement, path: readonly OuterElement[]): void;
}

/** Reading a piece of a part (one element, e.g. a table cell) on its own: where it starts, and the namespaces in scope. */
export interface FragmentOptions {
  base: number;
  namespaces: Readonly<Record<string, string>>;
}

/** The one element in `text.slice(start, end)` (from a span the reader recorded), with offsets in the whole text. */
export function parseElementAt(text: string, start: number, end: number, namespaces: Readonly<Record<string, string>>, partName: string): XmlElement {
  const found: XmlElement[] = [];
  streamXml(text.slice(start, end), partName, 0, { onTree: (tree) => void found.push(tree) }, { base: start, namespaces });
  const element = found[0];
  if (!element) throw new DocumentError("MalformedXml", `The part ${partName} changed in a way the reader did not expect (no element at ${start}).`);
  return element;
}

/**
 * Reads `text` once. Elements at `treeDepth` (0 = the root) and below become XmlElement trees handed to onTree; the
 * elements above are reported as OuterElement. Throws DocumentError "MalformedXml" naming `partName`.
 */
export function streamXml(text: string, partName: string, treeDepth: number, handlers: StreamHandlers, fragment?: FragmentOptions): void {
  const base = fragment?.base ?? 0;
  const parser = fragment
    ? new SaxesParser({ xmlns: true, position: true, fragment: true, additionalNamespaces: { ...fragment.namespaces } })
    : new SaxesParser({ xmlns: true, position: true });
  const outer: OuterElement[] = [];
  const open: XmlElement[] = [];
  let skipping = 0;
  let failure: string | null = null;
  // Namespaces in scope (saxes gives each tag only its own declarations): shared until an element declares more.
  let scope: Readonly<Record<string, string>> = fragment?.namespaces ?? {};
  const scopes: Readonly<Record<string, string>>[] = [];
  parser.on("error", (error) => {
    failure ??= error.message;
    throw error;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const openEnd = parser.position;
    const start = text.lastIndexOf("<", openEnd - 1) + base;
    let here = scope;
    for (const _prefix in tag.ns) {
      here = { ...scope, ...tag.ns };
      break;
    }
    if (!tag.isSelfClosing) {
      scopes.push(scope);
      scope = here;
    }
    if (skipping > 0) {
      if (!tag.isSelfClosing) skipping += 1;
      return;
    }
    const depth = outer.length + open.length;
    if (depth < treeDepth) {
      const element: OuterElement = { namespaceURI: tag.uri, localName: tag.local, attributes: attributesOf(tag), namespaces: here, start, openEnd: openEnd + base };
      handlers.onOuterOpen?.(element, outer);
      if (!tag.isSelfClosing) outer.push(element);
      return;
    }
    if (open.length === 0 && handlers.wantTree && !handlers.wantTree(outer, { uri: tag.uri, local: tag.local })) {
      if (!tag.isSelfClosing) skipping = 1;
      return;
    }
    const element = new XmlElement(tag.uri, tag.local, tag.name, attributesOf(tag), start, here);
    element.openEnd = openEnd + base;
    if (tag.isSelfClosing) {
      element.selfClosing = true;
      element.closeStart = openEnd + base;
      element.end = openEnd + base;
      finish(element);
    } else open.push(element);
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return; // handled when it opened
    scope = scopes.pop() ?? {};
    if (skipping > 0) {
      skipping -= 1;
      return;
    }
    const element = open.pop();
    if (!element) {
      outer.pop();
      return;
    }
    element.end = parser.position + base;
    element.closeStart = text.lastIndexOf("<", parser.position - 1) + base;
    finish(element);
  });
  parser.on("text", (data) => {
    const parent = open[open.length - 1];
    if (parent && skipping === 0) parent.append(new XmlText(data));
  });
  parser.on("cdata", (data) => {
    const parent = open[open.length - 1];
    if (parent && skipping === 0) parent.append(new XmlText(data));
  });

  function finish(element: XmlElement): void {
    const parent = open[open.length - 1];
    if (parent) parent.append(element);
    else handlers.onTree(element, outer);
  }

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const reason = firstLine(failure ?? (error instanceof Error ? error.message : String(error)));
    throw new DocumentError("MalformedXml", `The part ${partName} is not well-formed XML (the file may be truncated or damaged): ${reason}`);
  }
}

function attributesOf(tag: SaxesTagNS): XmlAttribute[] {
  const attributes: XmlAttribute[] = [];
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name]!;
    attributes.push({ uri: attribute.uri, local: attribute.local, name: attribute.name, value: attribute.value });
  }
  return attributes;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim().slice(0, 200);
}

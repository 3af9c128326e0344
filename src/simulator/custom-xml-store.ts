/**
 * The document's custom XML parts (Word.CustomXmlPartCollection, WordApi 1.4): "Adds a new custom XML part to the document."
 * Each part keeps its XML text and the namespace URI of its root element (`CustomXmlPart.namespaceUri`:
 * "Gets the namespace URI of the custom XML part."). Malformed XML is refused, as Word refuses it.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";

export interface StoredXmlPart {
  readonly id: string;
  xml: string;
  namespaceUri: string;
}

export class CustomXmlStore {
  private readonly parts: StoredXmlPart[] = [];
  private nextNumber = 1;

  list(): readonly StoredXmlPart[] {
    return this.parts;
  }

  /** Throws a plain Error with the parser's message when the XML is not well formed. */
  add(xml: string): StoredXmlPart {
    const part: StoredXmlPart = { id: this.newId(), xml, namespaceUri: rootNamespace(xml) };
    this.parts.push(part);
    return part;
  }

  get(id: string): StoredXmlPart | undefined {
    const wanted = id.toUpperCase();
    return this.parts.find((part) => part.id === wanted);
  }

  setXml(part: StoredXmlPart, xml: string): void {
    part.namespaceUri = rootNamespace(xml);
    part.xml = xml;
  }

  delete(part: StoredXmlPart): void {
    const index = this.parts.indexOf(part);
    if (index >= 0) this.parts.splice(index, 1);
  }

  isStored(part: StoredXmlPart): boolean {
    return this.parts.includes(part);
  }

  /** Word part ids look like "{8A1C…}"; these are deterministic so tests stay reproducible. */
  private newId(): string {
    const serial = (this.nextNumber++).toString(16).toUpperCase().padStart(12, "0");
    return `{5E1A7ED0-0000-4000-8000-${serial}}`;
  }
}

export function rootNamespace(xml: string): string {
  const parser = new DOMParser({ onError: onErrorStopParsing });
  const document = parser.parseFromString(xml, "text/xml");
  const root = document.documentElement;
  if (!root) throw new Error("The XML has no root element.");
  return root.namespaceURI ?? "";
}

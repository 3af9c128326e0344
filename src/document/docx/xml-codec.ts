/** Parses the small parts of a package (styles, footnotes, relationships) whole, as XmlElement trees with offsets. */
import { streamXml } from "./xml-stream";
import { XmlElement, type XmlDocument } from "./xml-tree";

export function parseXmlPart(text: string, partName: string): XmlDocument {
  const found: XmlElement[] = [];
  streamXml(text, partName, 0, { onTree: (tree) => void found.push(tree) });
  const documentElement = found[0] ?? null;
  return {
    documentElement,
    getElementsByTagNameNS: (uri, local) => {
      if (!documentElement) return [];
      const below = documentElement.getElementsByTagNameNS(uri, local);
      return documentElement.namespaceURI === uri && documentElement.localName === local ? [documentElement, ...below] : below;
    },
  };
}

/** Parses and serializes package parts with a namespace-aware DOM; a malformed part is a DocxError, never a half-read tree. */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { DocxError } from "./docx-error";
import { cacheXmldomRegexes } from "./xmldom-regex-cache";

cacheXmldomRegexes();

export function parseXmlPart(text: string, partName: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    locator: false,
    normalizeLineEndings: xml10LineEnds,
    onError: (level, message) => {
      if (level !== "warning" && problem === null) problem = message;
      if (level === "fatalError") throw new Error(message);
    },
  });
  let document: Document | null = null;
  try {
    document = parser.parseFromString(text, "application/xml") as unknown as Document;
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  if (problem !== null || !document || !document.documentElement) {
    const reason = firstLine(problem ?? "no root element");
    throw new DocxError("MalformedXml", `The part ${partName} is not well-formed XML (the file may be truncated or damaged): ${reason}`);
  }
  return document;
}

/**
 * XML 1.0 end-of-line handling (§2.11): CR LF and lone CR become LF, nothing else. xmldom's default is XML 1.1's,
 * which also turns U+0085, U+2028 and U+2029 into LF: text a person typed would change on the first write.
 */
export function xml10LineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

type SerializedNode = Parameters<XMLSerializer["serializeToString"]>[0];

/**
 * A CR in text (from "&#13;" in the source) is written back as "&#13;": written raw, every reader would read it as LF.
 * xmldom writes the text of other nodes with only <, & and > escaped, which is what the part needs.
 */
function keepCarriageReturns(node: SerializedNode): SerializedNode | string {
  if (node.nodeType !== TEXT_NODE) return node;
  const data = (node as unknown as Text).data;
  return data.includes("\r") ? data.replace(/[<&>\r]/g, (character) => TEXT_ESCAPES[character]!) : node;
}

const TEXT_NODE = 3;
const TEXT_ESCAPES: Readonly<Record<string, string>> = { "<": "&lt;", "&": "&amp;", ">": "&gt;", "\r": "&#13;" };

export function serializeXmlPart(document: Document): string {
  const text = new XMLSerializer().serializeToString(document as unknown as SerializedNode, { nodeFilter: keepCarriageReturns } as never);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${text}`;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim().slice(0, 200);
}

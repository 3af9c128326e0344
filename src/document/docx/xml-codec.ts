/** Parses and serializes package parts with a namespace-aware DOM; a malformed part is a DocxError, never a half-read tree. */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { DocxError } from "./docx-error";
import { cacheXmldomRegexes } from "./xmldom-regex-cache";

cacheXmldomRegexes();

export function parseXmlPart(text: string, partName: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    locator: false,
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

export function serializeXmlPart(document: Document): string {
  const text = new XMLSerializer().serializeToString(document as unknown as Parameters<XMLSerializer["serializeToString"]>[0]);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${text}`;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim().slice(0, 200);
}

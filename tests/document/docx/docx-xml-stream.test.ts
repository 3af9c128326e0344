/**
 * The streaming reader's tokenizer (saxes, XML 1.0 + namespaces) as the .docx adapter uses it: source offsets of every
 * element (what the writes splice at), text as XML 1.0 defines it (entities, CR LF → LF, nothing else normalized),
 * fragments read with the namespaces in scope, and malformed XML refused as MalformedXml naming the part.
 */
import { isDocumentError } from "../../../src/document/document-error";
import { parseXmlPart } from "../../../src/document/docx/xml-codec";
import { parseElementAt, streamXml } from "../../../src/document/docx/xml-stream";
import type { XmlElement } from "../../../src/document/docx/xml-tree";

function malformedReason(text: string): string {
  try {
    parseXmlPart(text, "word/document.xml");
  } catch (error) {
    if (isDocumentError(error) && error.code === "MalformedXml") return error.message;
    throw error;
  }
  throw new Error("parsed without an error");
}

const spanText = (text: string, element: XmlElement): string[] => [text.slice(element.start, element.openEnd), text.slice(element.openEnd, element.closeStart), text.slice(element.closeStart, element.end)];

describe("source offsets", () => {
  const text = '<?xml version="1.0"?>\r\n<w:document xmlns:w="urn:w"><w:body><w:p w:rsid="a>b"><w:r><w:t xml:space="preserve"> x &amp; y </w:t></w:r><w:br/></w:p ></w:body></w:document>';
  const root = parseXmlPart(text, "word/document.xml").documentElement!;

  it("start tag, content and end tag of each element, '>' inside an attribute value included", () => {
    const paragraph = root.getElementsByTagNameNS("urn:w", "p")[0]!;
    expect(spanText(text, paragraph)).toEqual(['<w:p w:rsid="a>b">', '<w:r><w:t xml:space="preserve"> x &amp; y </w:t></w:r><w:br/>', "</w:p >"]);
    expect(paragraph.getAttributeNS("urn:w", "rsid")).toBe("a>b");
  });

  it("a self-closing element: start = its tag, no content, no end tag", () => {
    const br = root.getElementsByTagNameNS("urn:w", "br")[0]!;
    expect({ selfClosing: br.selfClosing, spans: spanText(text, br) }).toEqual({ selfClosing: true, spans: ["<w:br/>", "", ""] });
  });

  it("text is decoded (entities) and kept as it is otherwise", () => {
    expect(root.getElementsByTagNameNS("urn:w", "t")[0]!.textContent).toBe(" x & y ");
  });
});

describe("text as XML 1.0 reads it", () => {
  it("CR LF and CR become LF; U+0085, U+2028 and U+2029 stay; &#13; is a CR", () => {
    const root = parseXmlPart("<r>a\r\nb\rc\u0085d\u2028e\u2029f&#13;g</r>", "x.xml").documentElement!;
    expect(root.textContent).toBe("a\nb\nc\u0085d\u2028e\u2029f\rg");
  });
});

describe("streaming", () => {
  it("hands over each tree at the chosen depth once finished, with the elements above it", () => {
    const seen: string[] = [];
    streamXml("<a><b><c/>t</b><d/></a>", "x.xml", 1, { onTree: (tree, path) => seen.push(`${path.map((outer) => outer.localName).join("/")}>${tree.localName}:${tree.textContent}`) });
    expect(seen).toEqual(["a>b:t", "a>d:"]);
  });

  it("a fragment is read with the namespaces in scope and offsets in the whole text", () => {
    const text = '<w:document xmlns:w="urn:w"><w:body><w:tc><w:p/></w:tc></w:body></w:document>';
    const start = text.indexOf("<w:tc>");
    const cell = parseElementAt(text, start, text.indexOf("</w:body>"), { w: "urn:w" }, "word/document.xml");
    expect({ ns: cell.namespaceURI, local: cell.localName, start: cell.start, prefix: cell.lookupPrefix("urn:w") }).toEqual({ ns: "urn:w", local: "tc", start, prefix: "w" });
    expect(text.slice(cell.firstChild && "start" in cell.firstChild ? cell.firstChild.start : -1)).toMatch(/^<w:p\/>/);
  });
});

describe("malformed XML is refused, naming the part", () => {
  it.each([
    ["<r><a></b></r>", /not well-formed XML.*unexpected close tag/],
    ["<r><a></a!></r>", /not well-formed XML/],
    ["<r>&secret;</r>", /not well-formed XML.*undefined entity/],
    ["<r><x:a/></r>", /not well-formed XML.*unbound namespace prefix/],
    ["", /not well-formed XML.*root element/],
    ["<r>", /not well-formed XML/],
  ])("%s", (text, reason) => {
    expect(malformedReason(text)).toMatch(reason);
    expect(malformedReason(text)).toMatch(/^The part word\/document\.xml is not well-formed XML \(the file may be truncated or damaged\): /);
  });
});

import grammar from "@xmldom/xmldom/lib/grammar";
import { isDocxError } from "../../../src/document/docx/docx-error";
import { parseXmlPart, serializeXmlPart } from "../../../src/document/docx/xml-codec";

type Reg = (...parts: Array<RegExp | string>) => RegExp;

function malformedReason(text: string): string {
  try {
    parseXmlPart(text, "word/document.xml");
  } catch (error) {
    if (isDocxError(error) && error.code === "MalformedXml") return error.message;
    throw error;
  }
  throw new Error("parsed without an error");
}

describe("xml-codec: xmldom with its end-tag regex built once", () => {
  it("gives back the same RegExp for the same parts, a new one for other parts", () => {
    const reg = (grammar as { reg: Reg }).reg;
    const qName = grammar.QName_group as RegExp;
    const first = reg.call(grammar, "^", qName, grammar.S_OPT as RegExp, "$");
    expect(reg.call(grammar, "^", qName, grammar.S_OPT as RegExp, "$")).toBe(first);
    const leading = reg.call(grammar, "^", qName);
    expect(leading).not.toBe(first);
    expect(leading.source).toBe(`^${qName.source}`);
    expect(first.test("w:p ")).toBe(true);
    expect(first.test("w:p x")).toBe(false);
  });

  it("still reads end tags as before: trailing spaces allowed, mismatched or invalid names refused", () => {
    const text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="urn:w"><w:body><w:p>t</w:p ></w:body></w:document>';
    const doc = parseXmlPart(text, "word/document.xml");
    expect(serializeXmlPart(doc)).toBe(text.replace("</w:p >", "</w:p>"));
    // Many end tags in a row: each is matched with the one cached regex, all still checked.
    const many = `<r>${"<a>x</a>".repeat(2000)}</r>`;
    expect(parseXmlPart(many, "many.xml").documentElement!.childNodes.length).toBe(2000);
    expect(malformedReason("<r><a></b></r>")).toMatch(/not well-formed XML.*mismatch/);
    expect(malformedReason("<r><a></a!></r>")).toMatch(/not well-formed XML.*invalid characters/);
  });
});

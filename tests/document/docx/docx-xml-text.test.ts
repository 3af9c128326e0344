import { isDocumentError } from "../../../src/document/document-error";
import { assertXmlText, firstXmlIllegalCharacter } from "../../../src/document/docx/text-nodes";

describe("text a .docx can hold (XML 1.0 Char)", () => {
  it("finds control characters, lone surrogates and U+FFFE/U+FFFF; accepts tab, newlines and surrogate pairs", () => {
    for (const ok of ["", "plain", "a\tb\nc\rd", "emoji 😀", "é ü ß 中文", "\u00A0\uFFFD"]) expect(firstXmlIllegalCharacter(ok)).toBe(-1);
    const bad: Array<[string, number]> = [["\u0000", 0], ["ab\u0001", 2], ["\u000B", 0], ["\u000C", 0], ["x\u001F", 1], ["\uD800", 0], ["a\uD800b", 1], ["\uDC00", 0], ["\uFFFE", 0], ["ok\uFFFF", 2], ["😀\uDE00", 2]];
    for (const [text, at] of bad) expect({ text, at: firstXmlIllegalCharacter(text) }).toEqual({ text, at });
  });

  it("refuses with DocumentError InvalidValue, naming the character", () => {
    let caught: unknown;
    try {
      assertXmlText("WTSA\u0001", "milestone value");
    } catch (error) {
      caught = error;
    }
    expect(isDocumentError(caught) && caught.code).toBe("InvalidValue");
    expect((caught as Error).message).toMatch(/milestone value .*U\+0001/);
  });
});

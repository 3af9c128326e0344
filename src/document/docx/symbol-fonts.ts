/**
 * Characters of symbol fonts as the Unicode characters a person sees. Word stores a symbol inserted from
 * Insert → Symbol as w:sym w:font="Symbol" w:char="F0D6" (the font's code 0xD6 in the private-use area at F000),
 * or as text in a run whose font is the symbol font. Only the characters below are mapped: check marks, crosses,
 * boxes and bullets, the ones an action plan's "Periodic goals met" and "Completed" columns are ticked with
 * (docs/docx-reading.md). Any other symbol reads as nothing: it is not text a rule could use.
 */
const SYMBOL: Readonly<Record<number, string>> = {
  0xd6: "√", // radical sign, the plan's own tick
  0xb7: "•",
  0xb4: "×",
};

const WINGDINGS: Readonly<Record<number, string>> = {
  0xfc: "✓",
  0xfe: "☑",
  0xfb: "✗",
  0xfd: "☒",
  0xa8: "☐",
  0x6f: "☐",
  0x9f: "•",
};

const WINGDINGS_2: Readonly<Record<number, string>> = {
  0x50: "✓",
  0x52: "☑",
  0x4f: "✗",
  0x54: "☒",
  0xa3: "☐",
};

const FONTS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  symbol: SYMBOL,
  wingdings: WINGDINGS,
  "wingdings 2": WINGDINGS_2,
};

/** True when `font` (a w:rFonts or w:sym font name) is one of the symbol fonts mapped here. */
export function isSymbolFont(font: string | null): boolean {
  return font !== null && FONTS[font.trim().toLowerCase()] !== undefined;
}

/** The character of `code` (0x00–0xFF, or the same in F000–F0FF) in the symbol font `font`; "" when not mapped. */
export function symbolCharacter(font: string | null, code: number): string {
  const table = font === null ? undefined : FONTS[font.trim().toLowerCase()];
  if (!table || !Number.isInteger(code)) return "";
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return table[byte] ?? "";
}

/** Text of a run set in a symbol font: each character mapped as a symbol; characters the table lacks are dropped. */
export function symbolFontText(font: string, text: string): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code <= 0x20) result += character;
    else result += symbolCharacter(font, code);
  }
  return result;
}

/** Checks that text the add-in writes can be held by a Word document (wml-markup.ts builds the markup for it). */
import { DocumentError } from "../document-error";

/**
 * Index of the first character XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF), or -1. Word refuses to open a word/document.xml holding one ("unreadable content").
 */
export function firstXmlIllegalCharacter(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return index;
      index++;
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return index;
  }
  return -1;
}

/**
 * Refuses (DocumentError "InvalidValue") text a document cannot hold, naming the character and where it is.
 * The user's text is never changed silently; callers check before they change anything.
 */
export function assertXmlText(text: string, what: string): void {
  const at = firstXmlIllegalCharacter(text);
  if (at < 0) return;
  const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new DocumentError(
    "InvalidValue",
    `The ${what} contains a character a Word document cannot hold (${code} at position ${at + 1}, e.g. a pasted control character); remove it and try again.`,
  );
}

/** Every string anywhere in `value` (objects, arrays) checked with assertXmlText. */
export function assertXmlTextDeep(value: unknown, what: string): void {
  if (typeof value === "string") assertXmlText(value, what);
  else if (Array.isArray(value)) for (const entry of value) assertXmlTextDeep(entry, what);
  else if (value !== null && typeof value === "object") for (const entry of Object.values(value)) assertXmlTextDeep(entry, what);
}

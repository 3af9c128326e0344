/**
 * The colour of a number cell's box as a person sees it, "#RRGGBB" (what counts as red is src/domain/shading.ts).
 * A person marks an item red in any of these ways, and each is their red, never the tool's (docs/docx-reading.md):
 * cell shading (a fill, a solid or percentage pattern, a theme colour), paragraph shading, run shading, highlight.
 */
import { isRedShading } from "../../domain/shading";
import { childElements, firstW, isW, W_NS, wAttr } from "./ooxml";
import { isShowingPlaceholder } from "./paragraph-text";
import { themeColour, type ThemeColours } from "./theme";
import type { XmlElement } from "./xml-tree";

const HEX = /^[0-9A-Fa-f]{6}$/;
const NO_THEME: ThemeColours = new Map();

/** w:highlight values (ST_HighlightColor) as Word draws them. */
const HIGHLIGHT: Readonly<Record<string, string>> = {
  black: "000000",
  blue: "0000FF",
  cyan: "00FFFF",
  green: "00FF00",
  magenta: "FF00FF",
  red: "FF0000",
  yellow: "FFFF00",
  white: "FFFFFF",
  darkBlue: "000080",
  darkCyan: "008080",
  darkGreen: "008000",
  darkMagenta: "800080",
  darkRed: "800000",
  darkYellow: "808000",
  darkGray: "808080",
  lightGray: "C0C0C0",
};

/**
 * The cell's colour: its own shading when that is red; else the first red a person gave the visible text of its
 * paragraphs (paragraph shading, run shading, highlight); else its own shading (any colour), or null for none.
 */
export function cellShading(cell: XmlElement, theme: ThemeColours = NO_THEME): string | null {
  const properties = firstW(cell, "tcPr");
  const shd = properties ? firstW(properties, "shd") : null;
  const own = shd ? shadingColour(shd, theme) : null;
  if (own && isRedShading(own)) return own;
  return textRed(cell, theme) ?? own;
}

/** The colour a w:shd shows, or null for no shading (nil, or a clear pattern over no fill). */
export function shadingColour(shd: XmlElement, theme: ThemeColours): string | null {
  const pattern = wAttr(shd, "val");
  if (pattern === "nil") return null;
  const fill = colourOf(shd, "fill", "themeFill", "themeFillTint", "themeFillShade", theme);
  const foreground = colourOf(shd, "color", "themeColor", "themeTint", "themeShade", theme) ?? "000000"; // "auto" pattern colour is drawn black
  let result: string | null;
  if (pattern === "solid") result = foreground;
  else {
    const percent = pattern ? /^pct(\d{1,2})$/.exec(pattern) : null;
    // pctN: N% of the pattern colour over the fill (white when none). Stripes and hatches: the fill (docs/docx-reading.md).
    result = percent ? blend(fill ?? "FFFFFF", foreground, Number(percent[1]) / 100) : fill;
  }
  return result ? `#${result}` : null;
}

function colourOf(shd: XmlElement, plain: string, themed: string, tint: string, shade: string, theme: ThemeColours): string | null {
  const themeName = wAttr(shd, themed);
  // A theme colour supersedes the plain value Word writes beside it (which is only what it was when saved).
  const fromTheme = themeName ? themeColour(theme, themeName, wAttr(shd, tint), wAttr(shd, shade)) : null;
  if (fromTheme) return fromTheme;
  const value = wAttr(shd, plain);
  return value && HEX.test(value) ? value.toUpperCase() : null;
}

function blend(under: string, over: string, amount: number): string {
  let result = "";
  for (let at = 0; at < 6; at += 2) {
    const a = parseInt(under.slice(at, at + 2), 16);
    const b = parseInt(over.slice(at, at + 2), 16);
    result += Math.round(a * (1 - amount) + b * amount).toString(16).padStart(2, "0");
  }
  return result.toUpperCase();
}

/** The first red on visible text of the cell's paragraphs (nested tables are their own cells). */
function textRed(container: XmlElement, theme: ThemeColours): string | null {
  for (const child of childElements(container)) {
    if (child.namespaceURI !== W_NS) continue;
    let found: string | null = null;
    if (child.localName === "p") found = paragraphRed(child, theme);
    else if (child.localName === "sdt") {
      const content = firstW(child, "sdtContent");
      found = content ? textRed(content, theme) : null;
    } else if (child.localName === "customXml" || child.localName === "ins" || child.localName === "moveTo") found = textRed(child, theme);
    if (found) return found;
  }
  return null;
}

function paragraphRed(paragraph: XmlElement, theme: ThemeColours): string | null {
  const runs = visibleTextRuns(paragraph);
  if (runs.length === 0) return null;
  const properties = firstW(paragraph, "pPr");
  const shd = properties ? firstW(properties, "shd") : null;
  const paragraphColour = shd ? shadingColour(shd, theme) : null;
  if (paragraphColour && isRedShading(paragraphColour)) return paragraphColour;
  for (const run of runs) {
    const runProperties = firstW(run, "rPr");
    if (!runProperties) continue;
    const runShd = firstW(runProperties, "shd");
    const runColour = runShd ? shadingColour(runShd, theme) : null;
    if (runColour && isRedShading(runColour)) return runColour;
    const highlight = firstW(runProperties, "highlight");
    const marker = highlight ? HIGHLIGHT[wAttr(highlight, "val") ?? ""] : undefined;
    if (marker && isRedShading(`#${marker}`)) return `#${marker}`;
  }
  return null;
}

/** A control showing its placeholder shows no text of a person's. */
function showsPersonText(sdt: XmlElement): boolean {
  const properties = firstW(sdt, "sdtPr");
  return !properties || !isShowingPlaceholder(properties);
}

function isHidden(run: XmlElement): boolean {
  const properties = firstW(run, "rPr");
  const vanish = properties ? firstW(properties, "vanish") : null;
  return vanish !== null && !["false", "0", "off"].includes(wAttr(vanish, "val") ?? "true");
}

/** Runs of a paragraph that show text (a non-blank w:t or a symbol): not hidden, not placeholders, outside deleted or moved-away revisions. */
function visibleTextRuns(parent: XmlElement, runs: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(parent)) {
    if (child.namespaceURI !== W_NS) continue;
    if (child.localName === "r") {
      if (!isHidden(child) && childElements(child).some((part) => (isW(part, "t") && (part.textContent ?? "").trim() !== "") || isW(part, "sym"))) runs.push(child);
    } else if (child.localName === "sdt") {
      const content = showsPersonText(child) ? firstW(child, "sdtContent") : null;
      if (content) visibleTextRuns(content, runs);
    } else if (["hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"].includes(child.localName)) visibleTextRuns(child, runs);
  }
  return runs;
}


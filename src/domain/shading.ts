/**
 * Is a cell shading "red" in the document's jeopardy convention? People pick different reds from Word's
 * palette (#FF0000, dark red #C00000, #E06666, light red #F4CCCC, Excel's #FFC7CE…), so the test is on hue and
 * saturation, not one value: hue within 20° of red (orange #FF6600 is not red), saturated, neither near-black nor near-white.
 */
export function isRedShading(hex: string | null | undefined): boolean {
  if (typeof hex !== "string") return false;
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const value = Number.parseInt(match[1]!, 16);
  const r = ((value >> 16) & 0xff) / 255;
  const g = ((value >> 8) & 0xff) / 255;
  const b = (value & 0xff) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  if (max !== r || chroma === 0) return false;
  const hue = (60 * (g - b)) / chroma; // red sector: -60…60 degrees
  const saturation = chroma / max;
  const lightness = (max + min) / 2;
  return Math.abs(hue) <= 20 && saturation >= 0.15 && lightness >= 0.2 && lightness <= 0.92;
}

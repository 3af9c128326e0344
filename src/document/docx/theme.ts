/**
 * The theme's colour scheme (word/theme/theme1.xml, a:clrScheme), for shading given as a theme colour
 * (w:shd w:themeFill="accent2" w:themeFillTint="99"), and the tint/shade arithmetic Word applies to it.
 */
import { childElements } from "./ooxml";
import type { XmlDocument } from "./xml-tree";

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

/** Scheme slot (dk1, lt1, dk2, lt2, accent1…6, hlink, folHlink) → "RRGGBB". */
export type ThemeColours = ReadonlyMap<string, string>;

/** WordprocessingML's theme colour names (ST_ThemeColor) → the slot of a:clrScheme they name. */
const SLOT_OF: Readonly<Record<string, string>> = {
  dark1: "dk1",
  light1: "lt1",
  dark2: "dk2",
  light2: "lt2",
  text1: "dk1",
  background1: "lt1",
  text2: "dk2",
  background2: "lt2",
  accent1: "accent1",
  accent2: "accent2",
  accent3: "accent3",
  accent4: "accent4",
  accent5: "accent5",
  accent6: "accent6",
  hyperlink: "hlink",
  followedHyperlink: "folHlink",
};

const HEX = /^[0-9A-Fa-f]{6}$/;

export function readThemeColours(theme: XmlDocument | null): ThemeColours {
  const colours = new Map<string, string>();
  const scheme = theme?.getElementsByTagNameNS(DRAWING_NS, "clrScheme")[0];
  if (!scheme) return colours;
  for (const slot of childElements(scheme)) {
    const value = childElements(slot)[0];
    if (!value) continue;
    // a:srgbClr val="C0504D", or a:sysClr val="windowText" lastClr="000000" (the system colour when saved).
    const hex = value.localName === "sysClr" ? value.getAttribute("lastClr") : value.getAttribute("val");
    if (hex && HEX.test(hex)) colours.set(slot.localName, hex.toUpperCase());
  }
  return colours;
}

/**
 * The colour of a theme colour name with an optional tint or shade (hex bytes "00"…"FF"), as Word computes it:
 * in HSL, a tint moves luminance toward white (L·t + 1 − t), a shade toward black (L·s). Null when the theme lacks it.
 */
export function themeColour(theme: ThemeColours, name: string, tint: string | null, shade: string | null): string | null {
  const base = theme.get(SLOT_OF[name] ?? "");
  if (!base) return null;
  const t = byteFraction(tint);
  const s = byteFraction(shade);
  if (t === null && s === null) return base;
  const [h, sat, l] = toHsl(base);
  let lum = l;
  if (t !== null) lum = lum * t + (1 - t);
  if (s !== null) lum = lum * s;
  return fromHsl(h, sat, Math.min(1, Math.max(0, lum)));
}

function byteFraction(value: string | null): number | null {
  if (value === null || !/^[0-9A-Fa-f]{2}$/.test(value)) return null;
  return parseInt(value, 16) / 255;
}

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  return [h, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const channel = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [channel(p, q, h + 1 / 3), channel(p, q, h), channel(p, q, h - 1 / 3)];
  }
  return rgb.map((value) => Math.round(value * 255).toString(16).padStart(2, "0")).join("").toUpperCase();
}

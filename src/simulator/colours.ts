/**
 * Colour values as Word takes them: `TableCell.shadingColor` / `ContentControl.color`:
 * "Color is specified in '#RRGGBB' format or by using the color name." (WordApi 1.1 / 1.3).
 * Stored and returned upper-case "#RRGGBB".
 */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  cyan: "#00FFFF",
  aqua: "#00FFFF",
  magenta: "#FF00FF",
  fuchsia: "#FF00FF",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  maroon: "#800000",
  olive: "#808000",
  purple: "#800080",
  teal: "#008080",
  navy: "#000080",
  orange: "#FFA500",
};

/** "#RRGGBB" upper case, or null when the value is neither a hex colour nor a known colour name. */
export function normalizeColour(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(trimmed)) return trimmed.toUpperCase();
  return NAMED_COLOURS[trimmed.toLowerCase()] ?? null;
}

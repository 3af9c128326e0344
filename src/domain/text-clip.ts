/** Shortens a cell text for a one-line finding message: whitespace flattened, long text cut with "…". */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The add-in's icons as a few shapes in a unit square, rasterized with 4×4 supersampling.
 * Three glyphs: the add-in (a page with a checklist, one item boxed in red), "Validate plan"
 * (a bold check mark with a red jeopardy box), "Action plan" (a list whose middle bullet is red).
 */

type Rgba = readonly [number, number, number, number];

const WORD_BLUE: Rgba = [24, 90, 189, 255];
const JEOPARDY_RED: Rgba = [197, 15, 31, 255];
const DONE_GREEN: Rgba = [16, 124, 16, 255];
const PAGE_WHITE: Rgba = [255, 255, 255, 255];
const TEXT_GREY: Rgba = [96, 94, 92, 255];

/** A shape answers whether a point (unit coordinates, y down) is inside it. */
interface Shape {
  colour: Rgba;
  contains(x: number, y: number): boolean;
}

/** A filled rectangle, its edges snapped to whole pixels at size `px` so small icons stay crisp. */
function rect(x0: number, y0: number, x1: number, y1: number, px: number, colour: Rgba): Shape {
  const snap = (v: number): number => Math.round(v * px) / px;
  const [left, top, right, bottom] = [snap(x0), snap(y0), snap(x1), snap(y1)];
  return { colour, contains: (x, y) => x >= left && x < right && y >= top && y < bottom };
}

/** A rectangle outline whose stroke is at least one pixel wide at size `px`. */
function frame(x0: number, y0: number, x1: number, y1: number, stroke: number, px: number, colour: Rgba): Shape[] {
  const w = Math.max(stroke, 1 / px);
  return [rect(x0, y0, x1, y0 + w, px, colour), rect(x0, y1 - w, x1, y1, px, colour), rect(x0, y0, x0 + w, y1, px, colour), rect(x1 - w, y0, x1, y1, px, colour)];
}

/** A thick segment (round caps), at least 1.4 pixels wide at size `px`. */
function line(x0: number, y0: number, x1: number, y1: number, width: number, px: number, colour: Rgba): Shape {
  const half = Math.max(width, 1.4 / px) / 2;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const lengthSquared = dx * dx + dy * dy;
  return {
    colour,
    contains: (x, y) => {
      const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
      const ex = x - (x0 + t * dx);
      const ey = y - (y0 + t * dy);
      return ex * ex + ey * ey <= half * half;
    },
  };
}

function checkMark(cx: number, cy: number, size: number, width: number, px: number, colour: Rgba): Shape[] {
  const left: [number, number] = [cx - size * 0.5, cy];
  const bottom: [number, number] = [cx - size * 0.15, cy + size * 0.35];
  const right: [number, number] = [cx + size * 0.5, cy - size * 0.45];
  return [line(...left, ...bottom, width, px, colour), line(...bottom, ...right, width, px, colour)];
}

/** The add-in: a page with three checklist rows; the middle one is a red box (an item in jeopardy). */
function addinGlyph(px: number): Shape[] {
  const shapes: Shape[] = [rect(0.12, 0.04, 0.88, 0.96, px, PAGE_WHITE), ...frame(0.12, 0.04, 0.88, 0.96, 0.07, px, WORD_BLUE)];
  const rows = [0.26, 0.5, 0.74];
  rows.forEach((y, index) => {
    if (index === 1) shapes.push(rect(0.24, y - 0.09, 0.42, y + 0.09, px, JEOPARDY_RED));
    else shapes.push(...checkMark(0.33, y, 0.2, 0.07, px, DONE_GREEN));
    shapes.push(line(0.5, y, 0.76, y, 0.07, px, TEXT_GREY));
  });
  return shapes;
}

/** "Validate plan": a bold check mark and, bottom right, a small red box. */
function validateGlyph(px: number): Shape[] {
  return [...checkMark(0.4, 0.5, 0.72, 0.16, px, WORD_BLUE), rect(0.66, 0.66, 0.96, 0.96, px, JEOPARDY_RED)];
}

/** "Action plan": three list rows; the middle bullet is red. */
function paneGlyph(px: number): Shape[] {
  const shapes: Shape[] = [];
  [0.2, 0.5, 0.8].forEach((y, index) => {
    shapes.push(rect(0.06, y - 0.11, 0.28, y + 0.11, px, index === 1 ? JEOPARDY_RED : WORD_BLUE));
    shapes.push(line(0.42, y, 0.92, y, 0.1, px, TEXT_GREY));
  });
  return shapes;
}

const SUPERSAMPLING = 4;

/** Rasterizes shapes (later shapes cover earlier ones) into RGBA bytes; outside all shapes is transparent. */
function rasterize(shapes: Shape[], px: number): Uint8Array {
  const out = new Uint8Array(px * px * 4);
  for (let py = 0; py < px; py++) {
    for (let pxIndex = 0; pxIndex < px; pxIndex++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (pxIndex + (sx + 0.5) / SUPERSAMPLING) / px;
          const y = (py + (sy + 0.5) / SUPERSAMPLING) / px;
          let top: Rgba | undefined;
          for (const shape of shapes) if (shape.contains(x, y)) top = shape.colour;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += top[3];
          }
        }
      }
      const covered = a / 255;
      const offset = (py * px + pxIndex) * 4;
      out[offset] = covered ? Math.round(r / covered) : 0;
      out[offset + 1] = covered ? Math.round(g / covered) : 0;
      out[offset + 2] = covered ? Math.round(b / covered) : 0;
      out[offset + 3] = Math.round(a / (SUPERSAMPLING * SUPERSAMPLING));
    }
  }
  return out;
}

export interface IconSpec {
  /** File name inside assets/. */
  file: string;
  size: number;
  draw(px: number): Shape[];
}

/** Every icon the manifest refers to: the add-in and both buttons at 16/32/80 px, the logo at 64/128 px. */
export const ICONS: IconSpec[] = [
  ...[16, 32, 80].map((size) => ({ file: `icon-${size}.png`, size, draw: addinGlyph })),
  ...[16, 32, 80].map((size) => ({ file: `validate-${size}.png`, size, draw: validateGlyph })),
  ...[16, 32, 80].map((size) => ({ file: `action-plan-${size}.png`, size, draw: paneGlyph })),
  ...[64, 128].map((size) => ({ file: `logo-${size}.png`, size, draw: addinGlyph })),
];

export function renderIcon(spec: IconSpec): Uint8Array {
  return rasterize(spec.draw(spec.size), spec.size);
}

/** Types of griffel-layers.js (a CommonJS module, as webpack.config.js requires it), for the tests. */
import type { Compiler } from "webpack";

/** The `@layer …;` statement every extracted stylesheet starts with: Griffel's buckets × priorities, in order. */
export const LAYER_ORDER: string;
/** One chunk's extracted CSS (with the extraction loader's markers), rewritten into Griffel's layers. */
export function layeredStylesheet(css: string, file: string): string;
export class GriffelChunkStylesheets {
  apply(compiler: Compiler): void;
}

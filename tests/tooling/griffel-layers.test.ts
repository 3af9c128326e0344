/**
 * scripts/webpack/griffel-layers.js: each chunk's extracted Griffel CSS is put into cascade layers in Griffel's order
 * (bucket, then priority: shorthands before longhands), so that stylesheets loaded in any order cascade as Griffel's
 * run-time style buckets would. Input in the form the extraction loader writes (generateCSSRules' markers).
 */
import { generateCSSRules } from "@griffel/webpack-extraction-plugin/src/generateCSSRules";
import { LAYER_ORDER, layeredStylesheet } from "../../scripts/webpack/griffel-layers";

/** The layers a stylesheet uses, in the order its rules appear. */
function layersOf(css: string): string[] {
  return Array.from(css.matchAll(/@layer ([\w-]+)\{/g), (match) => match[1]!);
}

/** Position of each layer in the order statement every stylesheet starts with. */
function declaredOrder(): string[] {
  return LAYER_ORDER.replace(/^@layer /, "").replace(/;$/, "").split(",");
}

describe("Griffel's extracted CSS in cascade layers", () => {
  const lazyView = generateCSSRules({
    h: [".fhover:hover{color:red;}"],
    d: [".fplain{color:blue;}", [".fshort{padding:0 4px;}", { p: -1 }]],
    r: [".rreset{display:flex;padding:0;}"],
    m: [["@media (forced-colors: active){.fhc{color:CanvasText;}}", { m: "(forced-colors: active)" }]],
  });

  test("every stylesheet starts with the same full order statement: reset, plain (shorthands first), pseudo-classes, @media", () => {
    const css = layeredStylesheet(lazyView, "lazy.css");
    expect(css.startsWith(LAYER_ORDER)).toBe(true);
    const order = declaredOrder();
    const at = (layer: string): number => order.indexOf(layer);
    expect(at("griffel-r-0")).toBeLessThan(at("griffel-d-p1"));
    expect(at("griffel-d-p2")).toBeLessThan(at("griffel-d-p1"));
    expect(at("griffel-d-p1")).toBeLessThan(at("griffel-d-0"));
    expect(at("griffel-d-0")).toBeLessThan(at("griffel-h-p2"));
    expect(at("griffel-f-0")).toBeLessThan(at("griffel-i-0"));
    expect(at("griffel-i-0")).toBeLessThan(at("griffel-h-0"));
    expect(at("griffel-h-0")).toBeLessThan(at("griffel-a-0"));
    expect(at("griffel-a-0")).toBeLessThan(at("griffel-m-0"));
  });

  test("each rule lands in its bucket's layer, whatever order the loader wrote them in", () => {
    const css = layeredStylesheet(lazyView, "lazy.css");
    expect(layersOf(css)).toEqual(["griffel-r-0", "griffel-d-p1", "griffel-d-0", "griffel-h-0", "griffel-m-0"]);
    expect(css).toContain("@layer griffel-d-p1{.fshort{padding:0 4px;}}");
    expect(css).toContain("@layer griffel-h-0{.fhover:hover{color:red;}}");
    expect(css).toMatch(/@layer griffel-m-0\{@media \(forced-colors: ?active\)\{\.fhc\{color:CanvasText;\}\}\}/);
    // Nothing lost, nothing added: the same rules as the input.
    for (const rule of [".rreset{", ".fplain{", ".fshort{", ".fhover:hover{", ".fhc{"]) expect(css.split(rule).length).toBe(2);
  });

  test("a rule two chunks share appears once per stylesheet, and a stylesheet without Griffel's markers keeps its CSS after the layers", () => {
    const twice = generateCSSRules({ d: [".fsame{display:flex;}"] }) + "\n" + generateCSSRules({ d: [".fsame{display:flex;}"] });
    expect(layeredStylesheet(twice, "twice.css").split(".fsame{").length).toBe(2);
    const plain = layeredStylesheet(".pg-page{margin:0;}", "plain.css");
    expect(plain).toBe(`${LAYER_ORDER}.pg-page{margin:0;}`);
  });

  test("a priority that has no layer stops the build instead of being put out of order", () => {
    const unknown = generateCSSRules({ d: [[".fdeep{border:0;}", { p: -3 }]] });
    expect(() => layeredStylesheet(unknown, "deep.css")).toThrow(/deep\.css has a Griffel rule of priority -3 in bucket "d"/);
  });
});

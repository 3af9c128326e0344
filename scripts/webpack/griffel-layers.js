/**
 * Griffel's CSS extraction, one stylesheet per chunk, kept in Griffel's order with CSS cascade layers.
 *
 * @griffel/webpack-extraction-plugin moves the precompiled rules of every module out of the JavaScript, then puts
 * them all in one stylesheet, because Griffel's atomic rules only work in its bucket order (reset rules, then plain
 * ones, then :link, :visited, :focus-within, :focus, :focus-visible, :hover, :active, at-rules, @media…; within a
 * bucket, shorthands before longhands) and a stylesheet loaded later would break that order. One stylesheet means
 * that the first view loads the CSS of every view. Here each chunk keeps its own stylesheet (the lazy views' CSS
 * loads with their JavaScript, through mini-css-extract-plugin), and every stylesheet starts with the same
 * `@layer` order statement and puts each rule in the layer of its bucket and priority: the cascade then follows
 * Griffel's order whichever file came first. Layers need Chromium 99 / Safari 15.4 (WebView2 and the WKWebView of
 * the macOS versions Office supports have them).
 *
 * A rule with a priority Griffel did not use when this was written (-2, -1, 0) stops the build rather than being
 * put out of order. Rules that are not Griffel's are left after the layers, unlayered.
 */
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { parseCSSRules } = require("@griffel/webpack-extraction-plugin/src/parseCSSRules");
const { defaultCompareMediaQueries, normalizeCSSBucketEntry, styleBucketOrdering } = require("@griffel/core");

const PLUGIN = "GriffelChunkStylesheets";
const PRIORITIES = [-2, -1, 0];

/** "griffel-d-p1" for bucket d, priority -1: names the CSS accepts, in the order of the statement below. */
function layerName(bucket, priority) {
  return `griffel-${bucket}-${priority < 0 ? "p" : ""}${Math.abs(priority)}`;
}

const LAYER_ORDER = `@layer ${styleBucketOrdering.flatMap((bucket) => PRIORITIES.map((priority) => layerName(bucket, priority))).join(",")};`;

/** One chunk's extracted CSS, rewritten into Griffel's layers. */
function layeredStylesheet(css, file) {
  const { cssRulesByBucket, remainingCSS } = parseCSSRules(css);
  const layers = [];
  for (const bucket of styleBucketOrdering) {
    const entries = (cssRulesByBucket[bucket] ?? []).map((entry) => {
      const [rule, meta] = normalizeCSSBucketEntry(entry);
      return { rule, priority: meta?.p ?? 0, media: meta?.m ?? "" };
    });
    for (const priority of new Set(entries.map((entry) => entry.priority))) {
      if (!PRIORITIES.includes(priority)) throw new Error(`${PLUGIN}: ${file} has a Griffel rule of priority ${priority} in bucket "${bucket}", which has no layer`);
    }
    for (const priority of PRIORITIES) {
      const rules = entries.filter((entry) => entry.priority === priority).sort((a, b) => defaultCompareMediaQueries(a.media, b.media));
      const unique = [...new Set(rules.map((entry) => entry.rule))];
      if (unique.length > 0) layers.push(`@layer ${layerName(bucket, priority)}{${unique.join("")}}`);
    }
  }
  return LAYER_ORDER + layers.join("") + remainingCSS;
}

class GriffelChunkStylesheets {
  apply(compiler) {
    new GriffelCSSExtractionPlugin().apply(compiler);
    // The extraction plugin sends every Griffel CSS module to one "griffel" chunk through this cache group; without
    // it, each module's CSS stays in the chunk of the module (and its sorting step, which looks for that chunk, is idle).
    delete compiler.options.optimization.splitChunks.cacheGroups.griffel;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, (assets) => {
        for (const [file, source] of Object.entries(assets)) {
          if (!file.endsWith(".css")) continue;
          compilation.updateAsset(file, new sources.RawSource(layeredStylesheet(source.source().toString(), file)));
        }
      });
    });
  }
}

module.exports = { GriffelChunkStylesheets, layeredStylesheet, LAYER_ORDER };

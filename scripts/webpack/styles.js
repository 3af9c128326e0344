/**
 * How the pages get their styles and icons (used by webpack.config.js).
 *
 * - Icons: every `import { XRegular } from "@fluentui/react-icons"` (ours and Fluent's own, hence node_modules too)
 *   becomes an import of the icon's atomic module (`@fluentui/react-icons/svg/x`). The barrel's modules group
 *   hundreds of icons each, so one icon of the first view would otherwise bring its neighbours along.
 * - Griffel ahead of time: our makeStyles/makeResetStyles calls are evaluated at build time (@griffel/webpack-loader,
 *   after swc has turned the TypeScript into JavaScript), as Fluent's own packages already ship them, so the
 *   browser gets no style resolver (rtl-css-js, stylis and most of @griffel/core stay out of the bundle).
 * - CSS extraction (production): the precompiled rules of every module leave the JavaScript for one stylesheet,
 *   griffel.[hash].css, sorted by Griffel into its bucket order. Griffel extracts into a single file by design
 *   (the order of atomic rules across files could not be kept), so the stylesheet holds the rules of the lazy
 *   views too. What stays dynamic stays at run time: FluentProvider's theme variables and Tabster's focus styles.
 */
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelChunkStylesheets } = require("./griffel-layers");

const SOURCE = /\.tsx?$/;
const FLUENT_PACKAGES = /[\\/]node_modules[\\/]@fluentui[\\/]/;

/** Loaders that run on our TypeScript before swc hands it to webpack (listed last = run first, as webpack does). */
function sourceStyleLoaders({ extract }) {
  return [...(extract ? [{ loader: GriffelCSSExtractionPlugin.loader }] : []), { loader: "@griffel/webpack-loader" }];
}

/** Rules for node_modules and for the extracted CSS; the atomic icon rule runs first (`enforce: "pre"`). */
function styleRules({ extract }) {
  return [
    { test: /\.[mc]?[jt]sx?$/, enforce: "pre", use: [require.resolve("./atomic-icons-loader")] },
    ...(extract
      ? [
          { test: /\.[mc]?js$/, include: FLUENT_PACKAGES, use: [{ loader: GriffelCSSExtractionPlugin.loader }] },
          { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        ]
      : []),
  ];
}

function stylePlugins({ extract, development }) {
  if (!extract) return [];
  return [
    // ignoreOrder: Griffel sorts its own stylesheet, the order mini-css-extract-plugin would warn about does not apply.
    new MiniCssExtractPlugin({ filename: development ? "[name].css" : "[name].[contenthash:8].css", ignoreOrder: true }),
    new GriffelChunkStylesheets(),
  ];
}

module.exports = { SOURCE, sourceStyleLoaders, styleRules, stylePlugins };

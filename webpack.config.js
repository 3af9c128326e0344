/**
 * Build of the add-in's web pages, in the shape of Microsoft's React task-pane template (generator-office).
 *
 *   npm run build        production → dist/ (needs ADDIN_PUBLIC_URL, see productionUrl below)
 *   npm run build:dev    development build → dist/, manifest URLs stay https://localhost:3000/
 *   npm run dev-server   HTTPS dev server on https://localhost:3000 (what `npm start` sideloads)
 *   npm run playground   the playground page over plain http on http://localhost:3001 (`--env playground`;
 *                        a development tool: never in dist/ and never in the production manifest)
 *
 * Every page carries a Content-Security-Policy <meta> tag (contentSecurityPolicy below).
 *
 * `npm start` / `npm stop` (sideload into Word and start the dev server / undo it) run office-addin-dev-certs and
 * office-addin-debugging through `npx --yes …@N` instead of devDependencies: their dependency keytar does not
 * build on Linux without libsecret, and as devDependencies it would break `npm ci` in CI. They read the
 * "config" block of package.json (app_to_debug, app_type_to_debug, dev_server_port), as in Microsoft's template.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { SOURCE, sourceStyleLoaders, styleRules, stylePlugins } = require("./scripts/webpack/styles");

/** The origin manifest.xml uses during development; the production build replaces it. */
const DEV_ORIGIN = "https://localhost:3000/";
/** Office.js comes from Microsoft's CDN (it must: it is not redistributable and loads host-specific parts from there). */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const DEV_SERVER_PORT = 3000;
const PLAYGROUND_PORT = 3001;

/**
 * The production origin. Required for `--mode production`: a manifest pointing at a guessed host would
 * sideload an add-in that cannot load, so the build stops with a message rather than use a default.
 */
function productionUrl() {
  const value = process.env.ADDIN_PUBLIC_URL;
  if (!value) {
    throw new Error(
      "ADDIN_PUBLIC_URL is not set. The production build writes it into dist/manifest.xml in place of " +
        `${DEV_ORIGIN}; set it to the https address the contents of dist/ are served from, e.g. ` +
        "ADDIN_PUBLIC_URL=https://addins.example.org/action-plan/ npm run build",
    );
  }
  if (!/^https:\/\/[^/]+/.test(value)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL, got "${value}"`);
  return value.endsWith("/") ? value : `${value}/`;
}

/**
 * One policy for every page, as a <meta> tag because dist/ is plain static files (a server may send the same
 * policy as a header; frame-ancestors works only as a header, and Office must be able to frame the pages anyway).
 * - script-src: our bundles and the Office.js CDN; no 'unsafe-eval' and no inline script (webpack's devtool
 *   is "source-map", never an eval devtool, so development builds obey the same policy).
 * - style-src 'self': Griffel's styles are extracted at build time into stylesheets (scripts/webpack/styles.js);
 *   'unsafe-inline' stays for what Fluent still inserts at run time (FluentProvider's <style> of theme variables,
 *   development builds' Griffel styles); a nonce would need a server to mint one per response.
 * - connect-src: same origin (+ the dev server's live-reload websocket in development) and the Office.js CDN.
 */
function contentSecurityPolicy({ development, officeJs }) {
  const scripts = ["'self'", ...(officeJs ? [OFFICE_JS_ORIGIN] : [])];
  const connect = ["'self'", ...(officeJs ? [OFFICE_JS_ORIGIN] : []), ...(development ? ["ws://localhost:*", "wss://localhost:*"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * HTTPS options for the dev server, loaded lazily so that `npm ci` never needs office-addin-dev-certs
 * (its keytar dependency does not build on Linux without libsecret, which would break CI):
 *  1. the package itself, if someone installed it;
 *  2. the certificates it leaves in ~/.office-addin-dev-certs after `npx office-addin-dev-certs@2 install`
 *     (what `npm start` runs first);
 *  3. otherwise webpack-dev-server's own self-signed certificate, with a warning: the pages load in a browser
 *     that accepts it, but Word will not trust it.
 */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
    if (Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
      const read = (file) => fs.readFileSync(path.join(dir, file));
      return { type: "https", options: { ca: read(files.ca), key: read(files.key), cert: read(files.cert) } };
    }
    console.warn(
      `office-addin-dev-certs: no certificates in ${dir}; serving with a self-signed certificate that Word will not trust. ` +
        "Run `npx --yes office-addin-dev-certs@2 install` once (or `npm start`, which does it).",
    );
    return { type: "https" };
  }
}

/** Our TypeScript: swc strips the types and compiles JSX, then Griffel's loaders evaluate and extract the styles. */
function swcRule(development, extract) {
  const swc = {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic", development } },
        // Office's webviews: Edge WebView2 (Windows), WKWebView (Mac), current browsers (Office on the web).
        target: "es2020",
      },
    },
  };
  return { test: SOURCE, exclude: /node_modules/, use: [...sourceStyleLoaders({ extract }), swc] };
}

function page({ name, template, chunks, development, officeJs }) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: "defer",
    // Each template writes this into a <meta http-equiv="Content-Security-Policy"> placed before any <script>:
    // a policy delivered by <meta> governs only what comes after it in the document.
    templateParameters: { contentSecurityPolicy: contentSecurityPolicy({ development, officeJs }) },
  });
}

function common(development, extract = !development) {
  return {
    devtool: "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [...styleRules({ extract }), swcRule(development, extract)] },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: development ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: development ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    // Rarely used parts (e.g. office-js-helpers, the report dialog) are dynamic imports and become their own
    // chunks; node_modules shared by several chunks are split out so that each loads once.
    optimization: { splitChunks: { chunks: "all" } },
    // tests/bundle-size.test.ts holds the real budget (gzip bytes of what taskpane.html loads before first render).
    performance: { hints: false },
  };
}

function addinConfig(development) {
  const publicUrl = development ? DEV_ORIGIN : productionUrl();
  return {
    ...common(development),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
    },
    plugins: [
      ...stylePlugins({ extract: !development, development }),
      page({ name: "taskpane", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], development, officeJs: true }),
      page({ name: "commands", template: "./src/commands/commands.html", chunks: ["commands"], development, officeJs: true }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (development ? content : Buffer.from(content.toString().split(DEV_ORIGIN).join(publicUrl))),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Replaced by devServerHttps() when serving (the certificates are looked for only then).
      server: "https",
      client: { overlay: { warnings: false } },
    },
  };
}

function playgroundConfig() {
  const entry = "./src/playground/index.tsx";
  if (!fs.existsSync(path.join(__dirname, entry))) throw new Error(`npm run playground: ${entry} does not exist yet`);
  // Styles as in production (Griffel's CSS extracted per chunk, in cascade layers), so that the browser tests, which
  // run on the playground, see the pane's real stylesheets; the rest is a development build.
  const base = common(true, true);
  return {
    ...base,
    // The playground embeds the plan's plain-text export (src/fixture/*.txt) as a string.
    module: { rules: [...base.module.rules, { test: /\.txt$/, type: "asset/source" }] },
    output: { ...base.output, path: path.resolve(__dirname, "out", "playground") },
    entry: { playground: entry },
    plugins: [
      ...stylePlugins({ extract: true, development: true }),
      page({ name: "playground", template: "./src/playground/playground.html", chunks: ["playground"], development: true, officeJs: false }),
    ],
    devServer: { host: "localhost", port: PLAYGROUND_PORT, server: "http", open: false, client: { overlay: { warnings: false } } },
  };
}

/** `--env oneButton`: the bench's one-button React + Fluent page (bench/one-button), built with the pane's rules. */
function oneButtonConfig(development) {
  return {
    ...common(development),
    entry: { "one-button": "./bench/one-button/index.tsx" },
    plugins: [
      ...stylePlugins({ extract: !development, development }),
      page({ name: "one-button", template: "./bench/one-button/one-button.html", chunks: ["one-button"], development, officeJs: true }),
    ],
  };
}

module.exports = async (env, argv) => {
  const development = argv.mode !== "production";
  if (env.playground) return playgroundConfig();
  if (env.oneButton) return oneButtonConfig(development);
  const config = addinConfig(development);
  if (env.WEBPACK_SERVE) config.devServer.server = await devServerHttps();
  return config;
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DEV_ORIGIN = DEV_ORIGIN;

/**
 * @fluentui/react-icons-atomic-webpack-loader, with a usable source map. The loader rewrites barrel imports of
 * @fluentui/react-icons into the icons' atomic modules but returns a map whose `sources` is [""], which loses the
 * module's path in the build's source maps — and tests/bundle-size.test.ts reads those to know what a chunk holds.
 */
const atomicIconsLoader = require("@fluentui/react-icons-atomic-webpack-loader").default;

module.exports = function atomicIconsWithSourceMap(source) {
  const loader = this;
  const callback = loader.callback;
  const withMap = Object.create(loader, {
    callback: {
      value: (error, code, map) => {
        if (map) Object.assign(map, { sources: [loader.resourcePath], sourcesContent: [source] });
        callback(error, code, map);
      },
    },
  });
  atomicIconsLoader.call(withMap, source);
};

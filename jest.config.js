/** Jest runs TypeScript through SWC (fast, no type check); `npm run typecheck` does the type check. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 30000,
  // bin/action-plan runs the compiled CLI (build/cli): rebuilt first when the source is newer.
  globalSetup: "<rootDir>/tests/support/build-cli.global-setup.mjs",
};

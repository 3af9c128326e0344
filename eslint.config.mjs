// Lint = TypeScript rules + Office add-in rules + the layer rules of the architecture (see README "Layers").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const domainBans = {
  patterns: [
    { group: ["**/document/**", "**/taskpane/**", "**/commands/**", "**/storage/**", "**/cli/**", "**/playground/**", "**/calendar-file/**"], message: "src/domain is the innermost layer: it imports nothing else from src." },
    { group: ["react", "react-*", "@fluentui/*", "dexie", "jszip", "@zip.js/*", "@xmldom/*", "ical.js", "node:*", "fs", "path", "os"], message: "src/domain is pure TypeScript: no Office, React, Dexie, DOM or Node APIs." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "out/**", "coverage/**", "test-artifacts/**", "**/*.js", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Node scripts written as ES modules (scripts/build-cli.mjs, jest's global setup).
    files: ["scripts/**/*.mjs", "tests/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: { "no-restricted-imports": ["error", domainBans], "no-restricted-globals": ["error", "window", "document", "Office", "Word", "indexedDB", "localStorage", "process", "require"] },
  },
  {
    files: ["src/document/**/*.ts"],
    ignores: ["src/document/word/**"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Word"],
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "**/commands/**", "**/storage/**", "**/cli/**", "react", "@fluentui/*", "dexie"], message: "src/document implements the document port; it never imports the UI, storage or CLI." }] }],
    },
  },
  {
    files: ["src/document/word/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/docx/**", "**/taskpane/**", "**/commands/**", "**/storage/**", "**/cli/**", "react", "@fluentui/*", "dexie", "jszip", "@zip.js/*"], message: "The Word adapter depends on domain and the document port only." }] }],
    },
  },
  {
    files: ["src/simulator/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "os", "**/document/**", "**/taskpane/**", "**/commands/**", "**/storage/**", "**/cli/**", "react", "@fluentui/*"], message: "The Word simulator is bundled into the browser playground: no Node APIs, and it depends on domain types only." }] }],
      "no-restricted-globals": ["error", "process", "require", "Buffer", "__dirname"],
    },
  },
  {
    files: ["src/calendar-file/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/document/**", "**/taskpane/**", "**/commands/**", "**/storage/**", "**/cli/**", "**/simulator/**", "**/playground/**", "react", "@fluentui/*", "dexie", "node:*", "fs", "path", "os"], message: "src/calendar-file reads and writes calendar files for the pane and the CLI: domain and ical.js only, no Node or browser APIs." }] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Word", "process", "require", "Buffer"],
    },
  },
  {
    files: ["src/storage/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/document/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "react", "@fluentui/*"], message: "src/storage imports domain only." }] }] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/document/word/**", "**/taskpane/**", "**/storage/**", "react", "@fluentui/*", "dexie"], message: "The CLI never imports the Word adapter, the task pane or storage." }] }] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Word"] },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);

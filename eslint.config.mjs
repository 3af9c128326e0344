// Lint = TypeScript rules + Office add-in rules + the layer rules of the architecture (see README "Layers").
// Each layer lists what it must not reach: other folders of src (static and dynamic imports), packages, and globals.
// tests/tooling/layer-rules.test.ts lints one violating file per rule, so a rule that stops firing fails the tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** How a module of another folder of src is imported: relatively from src (up to three levels deep), or through src/ from outside. */
const folder = (name) => ["../", "../../", "../../../", "../../../../", "**/src/"].flatMap((up) => [`${up}${name}`, `${up}${name}/**`]);
const SRC = {
  domain: folder("domain"),
  document: folder("document"),
  word: [...folder("document/word"), "../word", "../word/**"],
  docx: [...folder("document/docx"), "../docx", "../docx/**"],
  jobs: folder("jobs"),
  taskpane: folder("taskpane"),
  commands: folder("commands"),
  storage: folder("storage"),
  cli: folder("cli"),
  playground: folder("playground"),
  simulator: folder("simulator"),
  fixture: folder("fixture"),
  calendarFile: folder("calendar-file"),
};
const OUTSIDE_SRC = ["**/tests", "**/tests/**", "**/bench/**", "**/scripts/**"];
const UI = ["react", "react-*", "react-dom/*", "@fluentui/*", "@microsoft/office-js-helpers"];
const ZIP = ["jszip", "@zip.js/*"];
const NODE = ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "util", "zlib"];
const BROWSER_GLOBALS = ["window", "document", "navigator", "fetch", "indexedDB", "localStorage", "sessionStorage", "XMLHttpRequest"];
const OFFICE_GLOBALS = ["Office", "Word", "OfficeExtension"];
const NODE_GLOBALS = ["process", "require", "Buffer", "__dirname", "__filename", "global"];

/** Regex source matching an import string that any of the glob-ish patterns would match (for dynamic import()). */
function toRegex(patterns) {
  const parts = patterns.map((pattern) =>
    pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*\*\//g, "(?:.*/)?")
      .replace(/\/\*\*/g, "(?:/.*)?")
      .replace(/\*/g, "[^/]*"),
  );
  return `^(?:${parts.join("|")})$`;
}

/**
 * The rules of one layer: `banned` import patterns (static, export-from and dynamic import()), `bannedGlobals`, and
 * `typeOnly` patterns that may be imported for their types only (a contract the layer implements or consumes).
 */
function layer(files, { banned: listed, bannedGlobals = [], typeOnly = [], message, ignores = [], literalImportsOnly = true }) {
  const banned = [...new Set(listed)];
  const paths = [{ group: banned, message }];
  const dynamic = [...banned, ...typeOnly];
  return {
    files,
    ignores,
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [...paths, ...(typeOnly.length > 0 ? [{ group: typeOnly, message: `${message} (types only)`, allowTypeImports: true }] : [])] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: `ImportExpression[source.value=/${toRegex(dynamic).replace(/\//g, "\\/")}/]`, message: `${message} (dynamic import)` },
        ...(literalImportsOnly ? [{ selector: "ImportExpression[source.type!='Literal']", message: "Dynamic imports name their module literally, so the layer rules can check them." }] : []),
      ],
      ...(bannedGlobals.length > 0 && { "no-restricted-globals": ["error", ...bannedGlobals] }),
    },
  };
}

const otherThan = (...allowed) => Object.entries(SRC).filter(([name]) => !allowed.includes(name)).flatMap(([, patterns]) => patterns);

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "out/**", "coverage/**", "test-artifacts/**", "**/*.js", "!eslint.config.mjs", "tests/tooling/layer-fixtures/**"] },
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
    // Node scripts written as ES modules (scripts/build-cli.mjs, jest's global setup, the lint-samples runner).
    files: ["scripts/**/*.mjs", "tests/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  layer(["src/domain/**"], {
    banned: [...otherThan("domain"), ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP, "@xmldom/*", "ical.js", "office-*"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS, ...NODE_GLOBALS],
    message: "src/domain is the innermost layer and pure TypeScript: it imports nothing else from src, and no Office, React, Dexie, DOM or Node APIs.",
  }),
  {
    // A .tsx file is UI: domain has none.
    files: ["src/domain/**/*.tsx"],
    rules: { "no-restricted-syntax": ["error", { selector: "Program", message: "src/domain has no .tsx files: UI belongs in src/taskpane." }] },
  },
  layer(["src/document/*.ts"], {
    banned: [...otherThan("domain", "document"), ...SRC.word, ...SRC.docx, "./word", "./word/**", "./docx", "./docx/**", ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP, "@xmldom/*"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS, ...NODE_GLOBALS],
    message: "src/document (the port, the tag codec, the shared state) depends on domain only; the adapters live in word/ and docx/.",
  }),
  layer(["src/document/word/**"], {
    banned: [...otherThan("domain", "document", "word"), ...SRC.docx, ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP, "@xmldom/*"],
    bannedGlobals: NODE_GLOBALS,
    message: "The Word adapter depends on domain and the document port only.",
  }),
  layer(["src/document/docx/**"], {
    banned: [...otherThan("domain", "document", "docx"), ...SRC.word, ...OUTSIDE_SRC, ...UI, "dexie"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS],
    message: "The .docx adapter depends on domain and the document port only, never on Word.",
  }),
  layer(["src/jobs/**"], {
    banned: [...otherThan("domain", "document", "jobs"), ...SRC.word, ...SRC.docx, ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP, "@xmldom/*"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS, ...NODE_GLOBALS],
    message: "src/jobs are functions of the document port: they import domain and the port, never an adapter, a presenter or storage.",
  }),
  layer(["src/simulator/**"], {
    banned: [...otherThan("domain", "simulator"), ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP],
    bannedGlobals: NODE_GLOBALS,
    message: "The Word simulator is bundled into the browser playground: no Node APIs, and it depends on domain types only.",
  }),
  layer(["src/calendar-file/**"], {
    banned: [...otherThan("domain", "calendarFile"), ...OUTSIDE_SRC, ...UI, ...NODE, "dexie", ...ZIP, "@xmldom/*"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS, ...NODE_GLOBALS],
    message: "src/calendar-file reads and writes calendar files for the pane and the CLI: domain and ical.js only, no Node or browser APIs.",
  }),
  layer(["src/storage/**"], {
    banned: [...otherThan("domain", "storage", "document"), ...SRC.word, ...SRC.docx, ...OUTSIDE_SRC, ...UI, ...NODE, ...ZIP],
    typeOnly: ["**/document/port", "**/document/shared-state"],
    bannedGlobals: [...OFFICE_GLOBALS, ...NODE_GLOBALS],
    message: "src/storage imports domain (and the port's types); never an adapter, the UI, the simulator or fixtures, and no Office globals.",
  }),
  layer(["src/taskpane/**"], {
    ignores: ["src/taskpane/index.tsx", "src/taskpane/word-pane.ts"],
    banned: [...otherThan("domain", "document", "jobs", "storage", "taskpane", "calendarFile"), ...SRC.word, ...SRC.docx, ...OUTSIDE_SRC, ...NODE, "dexie", ...ZIP],
    bannedGlobals: ["Word", "OfficeExtension", ...NODE_GLOBALS],
    message: "The task pane works through the port and the jobs; only its composition root (index.tsx) wires the Word adapter.",
  }),
  layer(["src/taskpane/index.tsx", "src/taskpane/word-pane.ts"], {
    banned: [...otherThan("domain", "document", "jobs", "storage", "taskpane", "word"), ...SRC.docx, ...OUTSIDE_SRC, ...NODE],
    bannedGlobals: ["Word", ...NODE_GLOBALS],
    message: "The task pane's composition root (index.tsx, and word-pane.ts, its lazily loaded Word part) wires the Word adapter and storage, nothing else.",
  }),
  layer(["src/commands/**"], {
    ignores: ["src/commands/index.ts"],
    banned: [...otherThan("domain", "document", "jobs", "storage", "commands"), ...SRC.word, ...SRC.docx, ...OUTSIDE_SRC, ...UI, ...NODE, ...ZIP],
    bannedGlobals: ["Word", "OfficeExtension", ...NODE_GLOBALS],
    message: "The ribbon command presents the jobs; only its composition root (index.ts) wires the Word adapter.",
  }),
  layer(["src/commands/index.ts"], {
    banned: [...otherThan("domain", "document", "jobs", "storage", "commands", "word"), ...SRC.docx, ...OUTSIDE_SRC, ...UI, ...NODE],
    bannedGlobals: ["Word", ...NODE_GLOBALS],
    message: "The ribbon's composition root wires the Word adapter and storage, nothing else.",
  }),
  layer(["src/cli/**"], {
    banned: [...otherThan("domain", "document", "docx", "jobs", "cli", "fixture", "calendarFile"), ...SRC.word, ...OUTSIDE_SRC, ...UI, "dexie"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS],
    message: "The CLI presents the jobs over the .docx adapter: never Word, the task pane, the ribbon, storage, the simulator or the playground.",
  }),
  layer(["src/fixture/**"], {
    banned: [...otherThan("domain", "fixture"), ...OUTSIDE_SRC, ...UI, "dexie"],
    bannedGlobals: [...BROWSER_GLOBALS, ...OFFICE_GLOBALS],
    message: "src/fixture builds test and demo documents from the domain's model: it imports domain only (and never tests).",
  }),
  layer(["src/playground/**"], {
    banned: [...otherThan("domain", "document", "word", "jobs", "storage", "taskpane", "simulator", "fixture", "playground", "calendarFile"), ...SRC.docx, ...OUTSIDE_SRC, ...NODE],
    bannedGlobals: NODE_GLOBALS,
    message: "The playground is the task pane on the simulator in a browser: no CLI, no .docx adapter, no Node, nothing from tests.",
  }),
  layer(["tests/domain/**"], {
    banned: [...otherThan("domain", "document", "fixture"), ...SRC.word, ...SRC.docx, "**/bench/**", "**/scripts/**", ...UI, "dexie"],
    message: "Domain tests exercise the pure domain (fixtures and shared test support allowed), never an adapter, the UI or storage.",
  }),
  layer(["tests/**"], {
    // jest's global setup builds the CLI with the build script, as `npm ci`'s prepare step does.
    ignores: ["tests/domain/**", "tests/tooling/**", "tests/e2e/**", "tests/support/*.global-setup.mjs"],
    banned: ["**/bench/**", "**/scripts/**", "office-addin-mock"],
    message: "Tests use src and tests/support; build scripts and benchmarks are tested from tests/tooling only (and office-addin-mock cannot model collections: use the simulator).",
  }),
  layer(["bench/**", "scripts/**"], {
    banned: [...SRC.taskpane, ...SRC.commands, ...SRC.playground, ...SRC.storage],
    // The bench runner discovers its suites by file name.
    literalImportsOnly: false,
    message: "Benchmarks and build scripts drive the jobs, adapters and fixtures, or the built bundle; they never import the UI.",
  }),
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);

/**
 * Static security checks on the add-in's own code (src/):
 *  - no dynamic code (eval, new Function, string timers) and no HTML injection sinks (innerHTML, outerHTML,
 *    insertAdjacentHTML, dangerouslySetInnerHTML, document.write, javascript: URLs): document text is untrusted and is
 *    only ever shown as text. A use that is really needed goes in ALLOWED with its reason; an entry that no longer
 *    matches anything fails the test, so the list stays honest.
 *  - every HTML page in src/ is a webpack page whose Content-Security-Policy <meta> comes before any script, and the
 *    policy (every build variant) forbids eval, inline script, plugins and foreign base URLs.
 * The runtime side (the built pane under its policy in Chromium, no violation reported) is tests/taskpane-csp.e2e.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

interface Sink {
  name: string;
  pattern: RegExp;
}

const SINKS: Sink[] = [
  { name: "eval", pattern: /(?<![\w$])eval\s*\(/ },
  { name: "new Function", pattern: /\bnew\s+Function\s*\(/ },
  { name: "Function constructor", pattern: /(?<![\w.$])Function\s*\(\s*["'`]/ },
  { name: "string timer", pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { name: "innerHTML", pattern: /\binnerHTML\b/ },
  { name: "outerHTML", pattern: /\bouterHTML\b/ },
  { name: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\b/ },
  { name: "dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: "document.write", pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: "javascript: URL", pattern: /["'`]\s*javascript:/i },
  { name: "srcdoc", pattern: /\bsrcdoc\b/ },
];

/** Uses of a sink that are needed and safe, each with its reason. Empty today. */
const ALLOWED: { file: string; sink: string; reason: string }[] = [];

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Source with comments blanked out (so a comment that names a sink does not count); strings are kept. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/[^\n]*|<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
}

function findSinks(files: readonly string[]): { file: string; sink: string; line: number }[] {
  const found: { file: string; sink: string; line: number }[] = [];
  for (const file of files) {
    const lines = withoutComments(readFileSync(file, "utf8")).split("\n");
    lines.forEach((line, index) => {
      for (const sink of SINKS) if (sink.pattern.test(line)) found.push({ file: relative(ROOT, file), sink: sink.name, line: index + 1 });
    });
  }
  return found;
}

describe("dynamic code and HTML injection sinks in src/", () => {
  const files = filesUnder(SRC, [".ts", ".tsx", ".js", ".mjs", ".html"]);

  it("scans every source file of the add-in", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((file) => relative(ROOT, file))).toEqual(expect.arrayContaining(["src/taskpane/App.tsx", "src/commands/commands.html", "src/document/word/read-tables.ts"]));
  });

  it("finds none outside the allow-list, and every allow-list entry is still used", () => {
    const found = findSinks(files);
    const allowed = (entry: { file: string; sink: string }): boolean => ALLOWED.some((allow) => allow.file === entry.file && allow.sink === entry.sink);
    expect(found.filter((entry) => !allowed(entry))).toEqual([]);
    expect(ALLOWED.filter((allow) => !found.some((entry) => entry.file === allow.file && entry.sink === allow.sink))).toEqual([]);
  });

  it("would find each sink: the patterns match real uses and ignore look-alikes and comments", () => {
    const uses = [
      "eval(text)",
      "window.eval (x)",
      "new Function('return 1')",
      'Function("a", "return a")',
      "setTimeout('go()', 10)",
      "node.innerHTML = html",
      "el.outerHTML",
      "el.insertAdjacentHTML('beforeend', s)",
      "<div dangerouslySetInnerHTML={{ __html: s }} />",
      "document.write(s)",
      'href="javascript:alert(1)"',
      "<iframe srcdoc={s} />",
    ];
    for (const use of uses) expect({ use, matched: SINKS.some((sink) => sink.pattern.test(withoutComments(use))) }).toEqual({ use, matched: true });
    const lookAlikes = ["revalidate(plan)", "await validate()", "medieval(x)", "// innerHTML is never used", "/* eval(x) */", "const evaluation = 1", "setTimeout(() => go(), 10)", "typeof Function"];
    for (const text of lookAlikes) expect({ text, matched: SINKS.some((sink) => sink.pattern.test(withoutComments(text))) }).toEqual({ text, matched: false });
  });
});

describe("Content-Security-Policy on every page", () => {
  const webpackConfig = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
  const { contentSecurityPolicy } = createRequire(__filename)("../../webpack.config.js") as {
    contentSecurityPolicy(options: { development: boolean; officeJs: boolean }): string;
  };
  // The add-in's pages, and the bench's one-button page that is built with the same rules to be compared with them.
  const pages = [...filesUnder(SRC, [".html"]), ...filesUnder(join(ROOT, "bench"), [".html"])].map((file) => relative(ROOT, file));

  it("every HTML page in src/ (and the bench's) is built by webpack with the policy parameter", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const templates = [...webpackConfig.matchAll(/template:\s*"\.\/([^"]+\.html)"/g)].map((match) => match[1]).sort();
    expect(templates).toEqual([...pages].sort());
    expect(webpackConfig).toMatch(/templateParameters:\s*\{\s*contentSecurityPolicy:\s*contentSecurityPolicy\(/);
  });

  it.each(pages)("%s has the policy <meta> in <head>, before any script, stylesheet or inline code", (page) => {
    const html = readFileSync(join(ROOT, page), "utf8");
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="<%= contentSecurityPolicy %>"\s*\/?>/i.exec(html);
    expect(meta).not.toBeNull();
    const at = meta!.index;
    expect(at).toBeGreaterThan(html.search(/<head>/i));
    expect(at).toBeLessThan(html.search(/<\/head>/i));
    for (const later of [/<script\b/i, /<link\b[^>]*stylesheet/i, /<style\b/i]) {
      const first = html.search(later);
      if (first >= 0) expect(first).toBeGreaterThan(at);
    }
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it.each([
    { development: false, officeJs: true },
    { development: true, officeJs: true },
    { development: true, officeJs: false },
    { development: false, officeJs: false },
  ])("the policy (%o) forbids eval, inline and foreign script, plugins and foreign base URLs", (options) => {
    const policy = new Map(
      contentSecurityPolicy(options)
        .split(";")
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values] as const),
    );
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const scripts = policy.get("script-src")!;
    expect(scripts).toContain("'self'");
    for (const source of scripts) expect(source === "'self'" || /^https:\/\/[a-z0-9.-]+$/.test(source)).toBe(true);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    for (const values of policy.values()) expect(values).not.toContain("*");
  });
});

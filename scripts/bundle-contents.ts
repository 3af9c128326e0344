/**
 * What a production build's files hold, read from the source maps webpack writes next to each of them (the build
 * must keep `devtool: "source-map"`): the modules bundled into a script, the npm packages they come from, the
 * Fluent icons it ships. Used by tests/tooling/bundle-size.test.ts and the bundle bench.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
}

function readMap(distDir: string, file: string): SourceMap {
  const map = join(distDir, `${file.replace(/^\.?\//, "")}.map`);
  if (!existsSync(map)) throw new Error(`no source map for ${file}: the production build is expected to write one next to each script`);
  return JSON.parse(readFileSync(map, "utf8")) as SourceMap;
}

/** "webpack://action-plan-addin/./node_modules/x/y.js" → "node_modules/x/y.js" (loaders' maps omit the "./"). */
function modulePath(source: string): string {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
}

/** The modules webpack put in a script of the build, as paths relative to the repository. */
export function bundledModules(distDir: string, file: string): string[] {
  return readMap(distDir, file).sources.map(modulePath);
}

/** The build's scripts (every .js file in the folder). */
export function buildScripts(distDir: string): string[] {
  return readdirSync(distDir).filter((file) => file.endsWith(".js"));
}

/** "node_modules/@scope/a/node_modules/b/x.js" → { name: "b", installedAt: "node_modules/@scope/a/node_modules/b" } */
export function packageOf(module: string): { name: string; installedAt: string } | null {
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(module);
  return match ? { name: match[2]!, installedAt: match[1]! } : null;
}

/** Every npm package bundled anywhere in the build, with the folders its bundled modules come from. */
export function bundledPackages(distDir: string): Map<string, Set<string>> {
  const packages = new Map<string, Set<string>>();
  for (const script of buildScripts(distDir)) {
    for (const module of bundledModules(distDir, script)) {
      const found = packageOf(module);
      if (!found) continue;
      const copies = packages.get(found.name) ?? new Set<string>();
      copies.add(found.installedAt);
      packages.set(found.name, copies);
    }
  }
  return packages;
}

const ICON_NAME = /^[A-Z][A-Za-z0-9]*(Regular|Filled|Light|Color)$/;

/** The icon names a module's source imports or re-exports from @fluentui/react-icons (barrel or atomic path). */
export function importedIconNames(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/\b(?:import|export)\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react-icons(?:\/[^"']*)?["']/g)) {
    for (const specifier of match[1]!.split(",")) {
      const name = specifier.trim().split(/\s+as\s+/)[0]!.replace(/^type\s+/, "");
      if (ICON_NAME.test(name)) names.push(name);
    }
  }
  return names;
}

export interface ShippedIcons {
  /** Icon names created in the script's code (each icon's name is a string literal of its createFluentIcon call). */
  shipped: Set<string>;
  /** Icon names that the script's other modules (ours, Fluent's) import. */
  imported: Set<string>;
  /** Modules of @fluentui/react-icons that hold whole groups of icons (the barrel's chunks), instead of atomic ones. */
  barrelModules: string[];
}

/** Which icons a script ships and which its modules ask for, from the script and its source map. */
export function iconsOf(distDir: string, file: string): ShippedIcons {
  const map = readMap(distDir, file);
  const code = readFileSync(join(distDir, file), "utf8");
  const imported = new Set<string>();
  const candidates = new Set<string>();
  const barrelModules: string[] = [];
  map.sources.forEach((source, index) => {
    const path = modulePath(source);
    const content = map.sourcesContent?.[index] ?? "";
    if (/node_modules\/@fluentui\/react-icons\/lib\/(icons|sizedIcons)\/chunk-/.test(path)) barrelModules.push(path);
    if (/node_modules\/@fluentui\/react-icons\//.test(path)) {
      for (const match of content.matchAll(/export const (\w+) = /g)) if (ICON_NAME.test(match[1]!)) candidates.add(match[1]!);
    } else {
      for (const name of importedIconNames(content)) imported.add(name);
    }
  });
  const shipped = new Set([...candidates].filter((name) => code.includes(`"${name}"`) || code.includes(`'${name}'`)));
  return { shipped, imported, barrelModules };
}

/**
 * What a page of a build loads before first render: the same-origin <script src> tags of its HTML
 * (webpack injects the entry's initial chunks there; lazy chunks are not in the HTML), measured raw and gzipped.
 * Office.js (from Microsoft's CDN, cached across add-ins) is listed but not counted.
 * Used by tests/bundle-size.test.ts (the budget) and by the benchmarks (the measurement).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "./manifest-checks";

export interface LoadedScript {
  src: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  /** Scripts from the build, in page order. */
  scripts: LoadedScript[];
  /** Scripts from elsewhere (Office.js from the CDN): not counted. */
  external: string[];
  bytes: number;
  gzipBytes: number;
}

/** The src of every <script> in the HTML, in order; the production HTML is minified, so quotes are optional. */
export function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g), (match) => match[1] ?? match[2] ?? match[3]!);
}

export function measurePage(distDir: string, page: string): PageWeight {
  const sources = scriptSources(readFileSync(join(distDir, page), "utf8"));
  const external = sources.filter((src) => /^(https?:)?\/\//.test(src));
  const scripts = sources
    .filter((src) => !external.includes(src))
    .map((src) => {
      const content = readFileSync(join(distDir, src.replace(/^\.?\//, "")));
      return { src, bytes: content.length, gzipBytes: gzipSync(content, { level: 6 }).length };
    });
  return {
    scripts,
    external,
    bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}

/** A production build into `outDir` (not dist/, which stays the developer's), with a placeholder public URL. */
export function buildProduction(outDir: string, publicUrl = "https://addin.example.test/action-plan/"): void {
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ADDIN_PUBLIC_URL: publicUrl },
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`production build failed:\n${[stderr, stdout].filter(Boolean).join("\n").trim()}`, { cause: error });
  }
}

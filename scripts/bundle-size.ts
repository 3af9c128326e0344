/**
 * What a page of a build loads before first render: the same-origin <script src> and <link rel=stylesheet> tags of
 * its HTML (webpack injects the entry's initial chunks there; lazy chunks are not in the HTML), measured raw and
 * gzipped at GZIP_LEVEL. Office.js (from Microsoft's CDN, cached across add-ins) is listed but not counted.
 * Used by tests/tooling/bundle-size.test.ts (the budget) and by the benchmarks (the measurement).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "./manifest-checks";

/** A typical web server's gzip level; the budget test and the bench both measure at it. */
export const GZIP_LEVEL = 6;

export interface LoadedFile {
  src: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  /** Scripts from the build, in page order. */
  scripts: LoadedFile[];
  /** Stylesheets from the build (Griffel's extracted CSS), in page order. */
  stylesheets: LoadedFile[];
  /** Scripts from elsewhere (Office.js from the CDN): not counted. */
  external: string[];
  /** Scripts and stylesheets together. */
  bytes: number;
  gzipBytes: number;
}

/** The src of every <script> in the HTML, in order; the production HTML is minified, so quotes are optional. */
export function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g), (match) => match[1] ?? match[2] ?? match[3]!);
}

/** The href of every <link rel=stylesheet> in the HTML, in order. */
export function stylesheetSources(html: string): string[] {
  return Array.from(html.matchAll(/<link\b[^>]*>/g), (match) => match[0])
    .filter((tag) => /\srel=(?:"stylesheet"|'stylesheet'|stylesheet)[\s>]/.test(tag))
    .map((tag) => /\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[1] ?? match[2] ?? match[3]!);
}

export function measureFile(distDir: string, src: string): LoadedFile {
  const content = readFileSync(join(distDir, src.replace(/^\.?\//, "")));
  return { src, bytes: content.length, gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length };
}

const isExternal = (src: string): boolean => /^(https?:)?\/\//.test(src);

export function measurePage(distDir: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page), "utf8");
  const sources = scriptSources(html);
  const external = sources.filter(isExternal);
  const scripts = sources.filter((src) => !isExternal(src)).map((src) => measureFile(distDir, src));
  const stylesheets = stylesheetSources(html)
    .filter((src) => !isExternal(src))
    .map((src) => measureFile(distDir, src));
  const files = [...scripts, ...stylesheets];
  return {
    scripts,
    stylesheets,
    external,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/** The build's scripts and stylesheets that no page loads before first render: chunks loaded on use. */
export function lazyFiles(distDir: string, pages: readonly string[]): LoadedFile[] {
  const initial = new Set(
    pages.flatMap((page) => {
      const weight = measurePage(distDir, page);
      return [...weight.scripts, ...weight.stylesheets].map((file) => file.src);
    }),
  );
  return readdirSync(distDir)
    .filter((file) => /\.(js|css)$/.test(file) && !initial.has(file))
    .sort()
    .map((file) => measureFile(distDir, file));
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

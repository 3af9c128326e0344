/**
 * Offline checks of the add-in manifest: the XML schema (xmllint against the XSDs in ../shared) and
 * what the schema cannot see: https everywhere, every resid defined (as the right kind of resource),
 * unique ids, the version in step with package.json, ExecuteFunction names registered in src/commands,
 * icon files present with the pixel size the manifest announces.
 * Used by `npm run validate` (scripts/validate-manifest.ts) and tests/manifest.test.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { readPngSize } from "./png";

export const REPO_ROOT = join(__dirname, "..");
/** Where the offline XSDs are: `shared/` sits beside the repository, locally and in CI. */
export const XSD_DIR = join(REPO_ROOT, "..", "shared", "office-manifest-xsd");
/** The origin the development manifest points at (webpack dev server); the production build replaces it. */
export const DEV_ORIGIN = "https://localhost:3000/";

export type SchemaOutcome = { kind: "valid" } | { kind: "invalid"; problems: string[] } | { kind: "skipped"; reason: string };

/** Validates manifest XML text with xmllint. Skipped only when the XSD folder is absent; a missing xmllint is a failure. */
export function checkSchema(manifestXml: string, xsdDir: string = XSD_DIR): SchemaOutcome {
  const xsd = join(xsdDir, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd)) return { kind: "skipped", reason: `schema check skipped: ${xsd} not found (the shared/ folder beside the repository holds the offline XSDs)` };
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", xsd, "-"], { input: manifestXml, encoding: "utf8" });
  if (run.error) {
    return { kind: "invalid", problems: [`xmllint could not run (${run.error.message}); install it with: apt-get install -y libxml2-utils`] };
  }
  if (run.status === 0) return { kind: "valid" };
  const problems = run.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/fails to validate$/.test(line));
  return { kind: "invalid", problems: problems.length > 0 ? problems : [`xmllint exited with ${run.status}`] };
}

function elements(root: Element): Element[] {
  return Array.from(root.getElementsByTagName("*"));
}

function parseManifest(manifestXml: string): Element {
  const document = new DOMParser().parseFromString(manifestXml, "text/xml");
  const root = document.documentElement;
  if (!root) throw new Error("manifest: not XML");
  return root;
}

/** Every absolute URL in attributes or text must be https. */
function checkHttps(all: Element[]): string[] {
  const problems: string[] = [];
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i;
  for (const element of all) {
    const values = Array.from(element.attributes)
      .filter((attribute) => !attribute.name.startsWith("xmlns"))
      .map((attribute) => attribute.value);
    if (element.childNodes.length === 1 && element.firstChild?.nodeType === 3) values.push((element.textContent ?? "").trim());
    for (const value of values) {
      if (isUrl.test(value) && !value.startsWith("https://")) problems.push(`URL is not https: ${value} (in <${element.tagName}>)`);
    }
  }
  return problems;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which kind of resource a `resid` on an element of this name must point at. */
const KIND_BY_ELEMENT: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function resources(all: Element[]): { byId: Map<string, ResourceKind>; problems: string[] } {
  const byId = new Map<string, ResourceKind>();
  const problems: string[] = [];
  for (const group of all.filter((element) => element.parentNode && (element.parentNode as Element).localName === "Resources")) {
    const kind = group.localName as ResourceKind;
    for (const entry of Array.from(group.childNodes).filter((node): node is Element => node.nodeType === 1)) {
      const id = entry.getAttribute("id") ?? "";
      if (byId.has(id)) problems.push(`resource id defined twice: ${id}`);
      byId.set(id, kind);
    }
  }
  return { byId, problems };
}

function checkResids(all: Element[]): string[] {
  const { byId, problems } = resources(all);
  for (const element of all.filter((candidate) => candidate.hasAttribute("resid"))) {
    const resid = element.getAttribute("resid")!;
    const kind = byId.get(resid);
    const wanted = KIND_BY_ELEMENT[element.localName ?? ""];
    if (!kind) problems.push(`resid "${resid}" (in <${element.tagName}>) is not defined in <Resources>`);
    else if (wanted && kind !== wanted) problems.push(`resid "${resid}" (in <${element.tagName}>) points at ${kind}, expected ${wanted}`);
  }
  return problems;
}

/** Ribbon ids (groups, controls, custom tabs, task panes) must be unique; built-in tab ids are references, not definitions. */
function checkUniqueIds(all: Element[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const ids = [
    ...all.filter((element) => ["Group", "Control", "CustomTab"].includes(element.localName ?? "")).map((element) => element.getAttribute("id") ?? ""),
    ...all.filter((element) => element.localName === "TaskpaneId").map((element) => `taskpane:${element.textContent ?? ""}`),
  ];
  for (const id of ids) {
    if (seen.has(id)) problems.push(`id used twice: ${id.replace(/^taskpane:/, "")}`);
    seen.add(id);
  }
  return problems;
}

function checkVersion(all: Element[], packageVersion: string): string[] {
  const version = all.find((element) => element.localName === "Version")?.textContent?.trim() ?? "";
  const expected = `${packageVersion}.0`;
  return version === expected ? [] : [`manifest <Version> is "${version}", expected "${expected}" (package.json version ${packageVersion} + ".0")`];
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Each ExecuteFunction's FunctionName must be registered with Office.actions.associate in src/commands. */
function checkFunctionNames(all: Element[], commandsDir: string): string[] {
  const sources = sourceFiles(commandsDir).map((file) => readFileSync(file, "utf8"));
  return all
    .filter((element) => element.localName === "FunctionName")
    .map((element) => (element.textContent ?? "").trim())
    .filter((name) => !sources.some((source) => new RegExp(`Office\\.actions\\.associate\\(\\s*["'\`]${name}["'\`]`).test(source)))
    .map((name) => `FunctionName "${name}" is not registered with Office.actions.associate("${name}", …) in ${relative(REPO_ROOT, commandsDir)}/`);
}

/** Icons served from the development origin must exist in the repository and have the announced pixel size. */
function checkIcons(all: Element[], repoRoot: string): string[] {
  const { byId } = resources(all);
  const urlOfImage = new Map(all.filter((element) => element.localName === "Image" && element.hasAttribute("id")).map((element) => [element.getAttribute("id")!, element.getAttribute("DefaultValue") ?? ""]));
  const wanted: { url: string; size: number; where: string }[] = [];
  for (const element of all) {
    if (element.localName === "IconUrl") wanted.push({ url: element.getAttribute("DefaultValue") ?? "", size: 32, where: "IconUrl" });
    if (element.localName === "HighResolutionIconUrl") wanted.push({ url: element.getAttribute("DefaultValue") ?? "", size: 64, where: "HighResolutionIconUrl" });
    if (element.localName === "Image" && element.hasAttribute("resid") && byId.get(element.getAttribute("resid")!) === "Images") {
      const resid = element.getAttribute("resid")!;
      wanted.push({ url: urlOfImage.get(resid) ?? "", size: Number(element.getAttribute("size")), where: `image ${resid}` });
    }
  }
  const problems: string[] = [];
  for (const { url, size, where } of wanted) {
    if (!url.startsWith(DEV_ORIGIN)) {
      problems.push(`${where}: ${url} is not served from ${DEV_ORIGIN}`);
      continue;
    }
    const file = join(repoRoot, url.slice(DEV_ORIGIN.length));
    if (!existsSync(file)) {
      problems.push(`${where}: ${relative(repoRoot, file)} does not exist`);
      continue;
    }
    const actual = readPngSize(readFileSync(file));
    if (actual.width !== size || actual.height !== size) problems.push(`${where}: ${relative(repoRoot, file)} is ${actual.width}×${actual.height}, expected ${size}×${size}`);
  }
  return problems;
}

export interface ManifestContext {
  packageVersion: string;
  commandsDir: string;
  repoRoot: string;
}

export function defaultContext(): ManifestContext {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
  return { packageVersion: pkg.version, commandsDir: join(REPO_ROOT, "src", "commands"), repoRoot: REPO_ROOT };
}

/** Every check the schema cannot make; an empty list means the manifest is consistent. */
export function checkConsistency(manifestXml: string, context: ManifestContext = defaultContext()): string[] {
  const all = elements(parseManifest(manifestXml));
  return [
    ...checkHttps(all),
    ...checkResids(all),
    ...checkUniqueIds(all),
    ...checkVersion(all, context.packageVersion),
    ...checkFunctionNames(all, context.commandsDir),
    ...checkIcons(all, context.repoRoot),
  ];
}

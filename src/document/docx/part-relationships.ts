/**
 * Parts found through relationships, never by fixed names (OPC, ECMA-376 Part 2): the main document part is the
 * target of the package's officeDocument relationship in _rels/.rels (Word for the web saves some files as
 * word/document2.xml), and its styles, footnotes and theme are targets of that part's own relationships.
 */
import { DocumentError } from "../document-error";
import type { DocxPackage } from "./docx-package";
import { RELATIONSHIPS_NS } from "./ooxml";
import { parseXmlPart } from "./xml-codec";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
/** Strict Open XML's name for the same relationship: its main part is found, then refused as Strict (UnsupportedFormat). */
const STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const RELATIONSHIP_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export type PartRelationship = "styles" | "footnotes" | "theme" | "comments";

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name (no leading "/"), resolved against the source part's folder. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "word/document.xml" → "word/_rels/document.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartName(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** The relationships of `partName` ("" for the package), or none when it has no relationships part. */
export async function readRelationships(pkg: DocxPackage, partName: string): Promise<Relationship[]> {
  const relsName = relationshipsPartName(partName);
  const text = await pkg.text(relsName);
  if (text === null) return [];
  const base = partName.slice(0, partName.lastIndexOf("/") + 1);
  return Array.from(parseXmlPart(text, relsName).getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship")).map((element) => {
    const external = element.getAttribute("TargetMode") === "External";
    const target = element.getAttribute("Target") ?? "";
    return { id: element.getAttribute("Id") ?? "", type: element.getAttribute("Type") ?? "", target: external ? target : resolvePartName(base, target), external };
  });
}

/**
 * The main document part named by _rels/.rels. A package without an officeDocument relationship is not a Word
 * document; one whose relationship names a missing part neither.
 */
export async function mainDocumentPart(pkg: DocxPackage): Promise<string> {
  const main = (await readRelationships(pkg, "")).find((relationship) => (relationship.type === OFFICE_DOCUMENT || relationship.type === STRICT_OFFICE_DOCUMENT) && !relationship.external);
  if (!main) {
    throw new DocumentError("MissingDocumentXml", "The zip package has no main document (its _rels/.rels names none, as it would for word/document.xml): it is not a Word document.");
  }
  if (!pkg.has(main.target)) {
    throw new DocumentError("MissingDocumentXml", `The zip package has no ${printable(main.target)}: it is not a Word document (that is the main document its _rels/.rels names).`);
  }
  return main.target;
}

/** The part a relationship of the main document of the given kind targets (the first one), or null. */
export function relatedPart(relationships: readonly Relationship[], kind: PartRelationship): string | null {
  return relationships.find((relationship) => relationship.type === RELATIONSHIP_BASE + kind && !relationship.external)?.target ?? null;
}

/** A Target relative to `base` (a folder ending in "/", or "") as a part name; "/x" is from the package root. */
export function resolvePartName(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.map(decodeSegment).join("/");
}

/** The Target that names `partName` from a part in folder `base` (inverse of resolvePartName). */
export function relativeTarget(base: string, partName: string): string {
  const from = base.split("/").filter((segment) => segment !== "");
  const to = partName.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A part name from the file, shown only when it is plain printable ASCII (it comes from an untrusted file). */
function printable(name: string): string {
  return /^[\x20-\x7e]{1,200}$/.test(name) ? name : "main document part";
}

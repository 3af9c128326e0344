/**
 * The add-in's shared state (src/document/shared-state.ts) as a custom XML part of the package:
 * customXml/itemN.xml + customXml/itemPropsN.xml + customXml/_rels/itemN.xml.rels, referenced from the main
 * document's relationships (word/_rels/document.xml.rels, or the part _rels/.rels names) and [Content_Types].xml. Relationship and content-type entries are
 * added and removed as exact text, so removing the part gives those two parts back byte for byte.
 */
import type { Finding } from "../../domain/finding";
import { duplicateStateFinding, emptySharedState, isSharedStateXml, parseSharedState, serializeSharedState, unreadableStateFinding, type SharedState } from "../shared-state";
import { DocumentError } from "../document-error";
import type { DocxPackage } from "./docx-package";
import { CUSTOM_XML_PROPS_CONTENT_TYPE, CUSTOM_XML_PROPS_RELATIONSHIP, CUSTOM_XML_RELATIONSHIP, DATASTORE_NS, RELATIONSHIPS_NS } from "./ooxml";
import { relationshipsPartName, relativeTarget, resolvePartName } from "./part-relationships";
import { parseXmlPart } from "./xml-codec";

const CONTENT_TYPES = "[Content_Types].xml";
const ITEM_PART = /^customXml\/item(\d+)\.xml$/;

export interface StatePart {
  /** Part name, e.g. "customXml/item1.xml"; null when the document has no state part yet. */
  name: string | null;
  state: SharedState;
  /** As the Word adapter: an unreadable part is reported (findings) and refuses writes of the state (error); reading goes on. */
  findings: Finding[];
  error?: DocumentError;
}

export async function loadStatePart(pkg: DocxPackage): Promise<StatePart> {
  const names: string[] = [];
  const texts: string[] = [];
  for (const name of pkg.partNames()) {
    if (!ITEM_PART.test(name)) continue;
    const text = await pkg.text(name);
    if (text === null || !isSharedStateXml(text)) continue;
    names.push(name);
    texts.push(text);
  }
  const findings: Finding[] = names.length > 1 ? [duplicateStateFinding(names.length)] : [];
  const name = names[0];
  if (name === undefined) return { name: null, state: emptySharedState(), findings };
  try {
    return { name, state: parseSharedState(texts[0]!), findings };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { name, state: emptySharedState(), findings: [...findings, unreadableStateFinding(error)], error };
  }
}

function isEmpty(state: SharedState): boolean {
  return state.documentKey === null && state.redMarks.length === 0 && state.calendarOverrides === null;
}

/** Writes `state` into the package: updates the part, creates it, or removes it when the state is empty. */
export async function storeStatePart(pkg: DocxPackage, mainPart: string, part: StatePart, state: SharedState): Promise<StatePart> {
  if (part.name !== null && isEmpty(state)) {
    await removeStatePart(pkg, mainPart, part.name);
    return { name: null, state, findings: [] };
  }
  if (part.name !== null) {
    pkg.put(part.name, xmlPart(serializeSharedState(state)));
    return { name: part.name, state, findings: [] };
  }
  if (isEmpty(state)) return part;
  return { name: await createStatePart(pkg, mainPart, state), state, findings: [] };
}

async function createStatePart(pkg: DocxPackage, mainPart: string, state: SharedState): Promise<string> {
  let number = 1;
  while (pkg.has(`customXml/item${number}.xml`) || pkg.has(`customXml/itemProps${number}.xml`)) number += 1;
  const name = `customXml/item${number}.xml`;
  pkg.put(name, xmlPart(serializeSharedState(state)));
  pkg.put(
    `customXml/itemProps${number}.xml`,
    xmlPart(`<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="${DATASTORE_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="urn:action-plan-addin:state"/></ds:schemaRefs></ds:datastoreItem>`),
  );
  pkg.put(
    `customXml/_rels/item${number}.xml.rels`,
    xmlPart(`<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_RELATIONSHIP}" Target="itemProps${number}.xml"/></Relationships>`),
  );
  const documentRels = relationshipsPartName(mainPart);
  const rels = await requiredText(pkg, documentRels);
  const id = freeRelationshipId(rels);
  const target = relativeTarget(folderOf(mainPart), name);
  pkg.put(documentRels, insertBeforeClosing(rels, "</Relationships>", `<Relationship Id="${id}" Type="${CUSTOM_XML_RELATIONSHIP}" Target="${target}"/>`, documentRels));
  const types = await requiredText(pkg, CONTENT_TYPES);
  pkg.put(
    CONTENT_TYPES,
    insertBeforeClosing(types, "</Types>", `<Override PartName="/customXml/itemProps${number}.xml" ContentType="${CUSTOM_XML_PROPS_CONTENT_TYPE}"/>`, CONTENT_TYPES),
  );
  return name;
}

async function removeStatePart(pkg: DocxPackage, mainPart: string, name: string): Promise<void> {
  const number = ITEM_PART.exec(name)![1]!;
  pkg.remove(name);
  const propsName = `customXml/itemProps${number}.xml`;
  const relsName = `customXml/_rels/item${number}.xml.rels`;
  if (pkg.has(propsName)) pkg.remove(propsName);
  if (pkg.has(relsName)) pkg.remove(relsName);
  const documentRels = relationshipsPartName(mainPart);
  const rels = await pkg.text(documentRels);
  if (rels !== null) {
    const relation = Array.from(parseXmlPart(rels, documentRels).getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship")).find(
      (element) => element.getAttribute("Type") === CUSTOM_XML_RELATIONSHIP && resolvePartName(folderOf(mainPart), element.getAttribute("Target") ?? "") === name,
    );
    if (relation) pkg.put(documentRels, removeElementText(rels, "Relationship", "Id", relation.getAttribute("Id") ?? ""));
  }
  const types = await pkg.text(CONTENT_TYPES);
  if (types !== null) pkg.put(CONTENT_TYPES, removeElementText(types, "Override", "PartName", `/${propsName}`));
}

async function requiredText(pkg: DocxPackage, name: string): Promise<string> {
  const text = await pkg.text(name);
  if (text === null) throw new DocumentError("MissingDocumentXml", `The package has no ${name}; it is not a complete Word document.`);
  return text;
}

function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

function freeRelationshipId(rels: string): string {
  const taken = new Set(Array.from(rels.matchAll(/\bId="([^"]*)"/g), (match) => match[1]));
  let id = "rIdActionPlanState";
  for (let suffix = 2; taken.has(id); suffix++) id = `rIdActionPlanState${suffix}`;
  return id;
}

function insertBeforeClosing(text: string, closing: string, element: string, partName: string): string {
  const at = text.lastIndexOf(closing);
  if (at < 0) throw new DocumentError("MalformedXml", `${partName} has no ${closing}: the package is damaged.`);
  return text.slice(0, at) + element + text.slice(at);
}

/** Removes one `<name … attribute="value" …/>` element written as an empty element. */
function removeElementText(text: string, name: string, attribute: string, value: string): string {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`<${name}\\b[^>]*\\b${attribute}="${escaped}"[^>]*/>`), "");
}

function xmlPart(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n${body}`;
}

function newGuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16).toUpperCase()).join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/**
 * Document-level state shared with co-authors, stored in the document itself as one custom XML part
 * (Word: WordApi 1.4 customXmlParts; .docx: customXml/itemN.xml). One codec for both adapters.
 *
 *   <actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1">
 *     <documentKey>6f1c…</documentKey>
 *     <redMark item="01-04" colour="#FF0000"/>          red number-cell shading the add-in set itself
 *     <redMark item="01-05" colour="#FF0000" previous="#FFFF00"/>   … over a fill it restores when clearing
 *     <calendarOverrides>[…JSON…]</calendarOverrides>   shared calendar edits (issue 6)
 *   </actionPlanState>
 *
 * Parsing is strict: an unknown shape is reported as an error, never half-read. Unknown attributes are
 * ignored (the element and attribute names we know are checked); that is what lets `previous` be added
 * within schema version 1: a reader that predates it reads the mark, clears to no fill, and drops it.
 */
export const STATE_NAMESPACE = "urn:action-plan-addin:state";
export const STATE_SCHEMA_VERSION = 1;

const HEX_COLOUR = /^#[0-9A-F]{6}$/i;

export interface RedMark {
  itemId: string;
  colour: string;
  /**
   * The fill ("#RRGGBB") the number cell had before the add-in shaded it red (e.g. a person's yellow
   * highlight), restored when the add-in clears its red. Absent or null: the cell had no fill (or the mark
   * was written before the attribute existed); clearing removes the shading.
   */
  previous?: string | null;
}

export interface SharedState {
  schemaVersion: number;
  documentKey: string | null;
  redMarks: RedMark[];
  /** Raw JSON text of calendar overrides, validated by the calendar module, not here. */
  calendarOverrides: string | null;
}

export class SharedStateError extends Error {
  readonly code = "SharedStateInvalid";
}

export function emptySharedState(): SharedState {
  return { schemaVersion: STATE_SCHEMA_VERSION, documentKey: null, redMarks: [], calendarOverrides: null };
}

export function serializeSharedState(state: SharedState): string {
  const lines = [`<actionPlanState xmlns="${STATE_NAMESPACE}" schemaVersion="${STATE_SCHEMA_VERSION}">`];
  if (state.documentKey) lines.push(`  <documentKey>${escapeXml(state.documentKey)}</documentKey>`);
  const sorted = [...state.redMarks].sort((a, b) => a.itemId.localeCompare(b.itemId));
  for (const mark of sorted) {
    const previous = mark.previous ? ` previous="${escapeXml(mark.previous)}"` : "";
    lines.push(`  <redMark item="${escapeXml(mark.itemId)}" colour="${escapeXml(mark.colour)}"${previous}/>`);
  }
  if (state.calendarOverrides !== null) lines.push(`  <calendarOverrides>${escapeXml(state.calendarOverrides)}</calendarOverrides>`);
  lines.push(`</actionPlanState>`);
  return lines.join("\n");
}

/** True when an XML text is (or claims to be) our part, judged by its root element's namespace. */
export function isSharedStateXml(xml: string): boolean {
  return /<actionPlanState\b[^>]*xmlns="urn:action-plan-addin:state"/.test(xml);
}

export function parseSharedState(xml: string): SharedState {
  const body = xml.replace(/^\uFEFF?(?:<\?xml[^?]*\?>)?\s*/, "");
  const root = /^<actionPlanState\s+([^>]*?)\s*(\/)?>([\s\S]*)$/.exec(body);
  if (!root) throw new SharedStateError("The add-in's document state is not an actionPlanState element.");
  const attributes = parseAttributes(root[1] ?? "");
  if (attributes.get("xmlns") !== STATE_NAMESPACE) throw new SharedStateError("The add-in's document state has the wrong namespace.");
  const version = Number(attributes.get("schemaVersion"));
  if (!Number.isInteger(version) || version < 1) throw new SharedStateError("The add-in's document state has no valid schemaVersion.");
  if (version > STATE_SCHEMA_VERSION) {
    throw new SharedStateError(`This document was written by a newer version of the add-in (state version ${version}); update the add-in.`);
  }
  const state = emptySharedState();
  if (root[2] === "/") return state;
  let rest = (root[3] ?? "").trim();
  if (!rest.endsWith("</actionPlanState>")) throw new SharedStateError("The add-in's document state is truncated.");
  rest = rest.slice(0, -"</actionPlanState>".length);
  const token = /\s*(?:<documentKey>([^<]*)<\/documentKey>|<redMark\s+([^>]*?)\s*\/>|<calendarOverrides>([^<]*)<\/calendarOverrides>)\s*/y;
  let position = 0;
  while (position < rest.length) {
    token.lastIndex = position;
    const match = token.exec(rest);
    if (!match) {
      if (rest.slice(position).trim() === "") break;
      throw new SharedStateError(`The add-in's document state has unexpected content near "${rest.slice(position, position + 40)}".`);
    }
    position = token.lastIndex;
    if (match[1] !== undefined) state.documentKey = unescapeXml(match[1]);
    else if (match[2] !== undefined) {
      const mark = parseAttributes(match[2]);
      const itemId = mark.get("item");
      const colour = mark.get("colour");
      const previous = mark.get("previous");
      if (!itemId || !colour || !HEX_COLOUR.test(colour)) throw new SharedStateError("A red mark in the add-in's document state is malformed.");
      if (previous !== undefined && !HEX_COLOUR.test(previous)) {
        throw new SharedStateError(`The red mark of item ${itemId} in the add-in's document state has a malformed previous fill "${previous}".`);
      }
      state.redMarks.push({ itemId, colour: colour.toUpperCase(), ...(previous !== undefined ? { previous: previous.toUpperCase() } : {}) });
    } else if (match[3] !== undefined) state.calendarOverrides = unescapeXml(match[3]);
  }
  return state;
}

function parseAttributes(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const attribute = /\s*([A-Za-z_:][\w:.-]*)="([^"<]*)"\s*/y;
  let position = 0;
  while (position < text.length) {
    attribute.lastIndex = position;
    const match = attribute.exec(text);
    if (!match) throw new SharedStateError("The add-in's document state has a malformed attribute.");
    result.set(match[1]!, unescapeXml(match[2]!));
    position = attribute.lastIndex;
  }
  return result;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name]!;
  });
}

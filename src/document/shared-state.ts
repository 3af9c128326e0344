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
import type { Finding } from "../domain/finding";
import { DocumentError } from "./document-error";
import { isValidItemKey } from "./tags";

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

/** The findings a read adds when the stored state cannot be used: the same words from both adapters. */
export function unreadableStateFinding(error: Error): Finding {
  return { rule: "shared-state-unreadable", severity: "warning", message: `${error.message} The add-in will not change colours until this is resolved.` };
}

export function duplicateStateFinding(copies: number): Finding {
  return { rule: "duplicate-shared-state", severity: "warning", message: `The document holds ${copies} copies of the add-in's state; the first is used.` };
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

/** Largest state part read (characters). A real part is a few kilobytes; anything this big is damaged or hostile. */
export const MAX_STATE_PART_LENGTH = 1_000_000;

const ROOT_OPEN = "<actionPlanState";
const ROOT_CLOSE = "</actionPlanState>";
const NAMESPACE_ATTRIBUTE = `xmlns="${STATE_NAMESPACE}"`;

/**
 * True when an XML text is (or claims to be) our part, judged by its root element's namespace.
 * Linear-time scan (no regular expression over the whole text): each start tag is examined once.
 */
export function isSharedStateXml(xml: string): boolean {
  let from = 0;
  for (;;) {
    const at = xml.indexOf(ROOT_OPEN, from);
    if (at < 0) return false;
    const after = at + ROOT_OPEN.length;
    if (after < xml.length && /\w/.test(xml[after]!)) {
      from = after;
      continue;
    }
    const close = xml.indexOf(">", after);
    const tag = xml.slice(after, close < 0 ? xml.length : close);
    if (tag.includes(NAMESPACE_ATTRIBUTE)) return true;
    // Any later "<actionPlanState" before `close` has a start tag that is a suffix of this one: no need to look again.
    if (close < 0) return false;
    from = close + 1;
  }
}

// Sticky, linear-time patterns: no two adjacent quantifiers can match the same characters.
const WHITESPACE = /\s+/y;
const TOKEN = /<documentKey>([^<]*)<\/documentKey>|<redMark\s([^>]*)\/>|<calendarOverrides>([^<]*)<\/calendarOverrides>/y;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)="([^"<]*)"/y;

function skipWhitespace(text: string, position: number): number {
  WHITESPACE.lastIndex = position;
  return WHITESPACE.test(text) ? WHITESPACE.lastIndex : position;
}

export function parseSharedState(xml: string): SharedState {
  if (xml.length > MAX_STATE_PART_LENGTH) {
    throw new DocumentError("SharedStateInvalid", 
      `The add-in's document state is too large (${xml.length} characters; at most ${MAX_STATE_PART_LENGTH} are read): the part is damaged.`,
    );
  }
  let body = xml.startsWith("\uFEFF") ? xml.slice(1) : xml;
  if (body.startsWith("<?xml")) {
    const declarationEnd = body.indexOf("?>");
    if (declarationEnd < 0) throw new DocumentError("SharedStateInvalid", "The add-in's document state has an unterminated XML declaration.");
    body = body.slice(declarationEnd + 2);
  }
  body = body.trimStart();
  if (!body.startsWith(ROOT_OPEN) || !/\s/.test(body.charAt(ROOT_OPEN.length))) {
    throw new DocumentError("SharedStateInvalid", "The add-in's document state is not an actionPlanState element.");
  }
  const tagEnd = body.indexOf(">", ROOT_OPEN.length);
  if (tagEnd < 0) throw new DocumentError("SharedStateInvalid", "The add-in's document state is truncated (its actionPlanState start tag is not closed).");
  let rootAttributes = body.slice(ROOT_OPEN.length, tagEnd).trim();
  const selfClosing = rootAttributes.endsWith("/");
  if (selfClosing) rootAttributes = rootAttributes.slice(0, -1);
  const attributes = parseAttributes(rootAttributes);
  if (attributes.get("xmlns") !== STATE_NAMESPACE) throw new DocumentError("SharedStateInvalid", "The add-in's document state has the wrong namespace.");
  const version = Number(attributes.get("schemaVersion"));
  if (!Number.isInteger(version) || version < 1) throw new DocumentError("SharedStateInvalid", "The add-in's document state has no valid schemaVersion.");
  if (version > STATE_SCHEMA_VERSION) {
    throw new DocumentError("SharedStateInvalid", `This document was written by a newer version of the add-in (state version ${version}); update the add-in.`);
  }
  const state = emptySharedState();
  if (selfClosing) return state;
  let rest = body.slice(tagEnd + 1).trim();
  if (!rest.endsWith(ROOT_CLOSE)) throw new DocumentError("SharedStateInvalid", "The add-in's document state is truncated.");
  rest = rest.slice(0, -ROOT_CLOSE.length);
  let position = skipWhitespace(rest, 0);
  while (position < rest.length) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(rest);
    if (!match) throw new DocumentError("SharedStateInvalid", `The add-in's document state has unexpected content near "${rest.slice(position, position + 40)}".`);
    position = skipWhitespace(rest, TOKEN.lastIndex);
    if (match[1] !== undefined) state.documentKey = unescapeXml(match[1]);
    else if (match[2] !== undefined) {
      const mark = parseAttributes(match[2].trim());
      const itemId = mark.get("item");
      const colour = mark.get("colour");
      const previous = mark.get("previous");
      if (!itemId || !colour || !HEX_COLOUR.test(colour)) throw new DocumentError("SharedStateInvalid", "A red mark in the add-in's document state is malformed.");
      if (!isValidItemKey(itemId)) {
        throw new DocumentError("SharedStateInvalid", `A red mark in the add-in's document state names "${itemId.slice(0, 40)}", which is not an action item number.`);
      }
      if (previous !== undefined && !HEX_COLOUR.test(previous)) {
        throw new DocumentError("SharedStateInvalid", `The red mark of item ${itemId} in the add-in's document state has a malformed previous fill "${previous}".`);
      }
      state.redMarks.push({ itemId, colour: colour.toUpperCase(), ...(previous !== undefined ? { previous: previous.toUpperCase() } : {}) });
    } else if (match[3] !== undefined) state.calendarOverrides = unescapeXml(match[3]);
  }
  return state;
}

/** Attributes of a start tag, `text` already trimmed. Linear: each attribute is matched once, whitespace skipped apart. */
function parseAttributes(text: string): Map<string, string> {
  const result = new Map<string, string>();
  let position = 0;
  while (position < text.length) {
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(text);
    if (!match) throw new DocumentError("SharedStateInvalid", "The add-in's document state has a malformed attribute.");
    result.set(match[1]!, unescapeXml(match[2]!));
    position = skipWhitespace(text, ATTRIBUTE.lastIndex);
  }
  return result;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_all, name: string, dec?: string, hex?: string) => {
    if (dec || hex) {
      const codePoint = dec ? Number(dec) : parseInt(hex!, 16);
      if (!(codePoint <= 0x10ffff)) throw new DocumentError("SharedStateInvalid", `The add-in's document state has an invalid character reference "&#${dec ?? `x${hex}`};".`);
      return String.fromCodePoint(codePoint);
    }
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name]!;
  });
}

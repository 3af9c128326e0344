/**
 * The one codec for the add-in's content-control tags (see docs/content-controls.md).
 * Tags, not control ids, are the identity of a field: ids are not stable across Word on the web sessions.
 *
 *   field of an item:         ap/1/item/<itemId>/<field>         e.g. ap/1/item/01-04/milestone
 *   item number proposed:     ap/1/item/<itemId>~/<field>        (number cell was empty; the id is the proposal)
 *   status block container:   ap/1/status/<itemId>/<blockId>
 *   status block field:       ap/1/status/<itemId>/<blockId>/<part>   e.g. …/20220120a/date
 *
 * Parsing is strict: anything else (another add-in's tag, a tampered tag) is `null`, never a guess.
 */
import { ITEM_FIELDS, type ItemField } from "../domain/plan";

export const TAG_PREFIX = "ap";
export const TAG_VERSION = 1;
/** Word accepts tags up to 255 characters; ours stay far below and encode() refuses longer ones. */
export const MAX_TAG_LENGTH = 255;

export const STATUS_PARTS = ["date", "event", "state", "summary", "references", "next"] as const;
export type StatusPart = (typeof STATUS_PARTS)[number];

export type ParsedTag =
  | { kind: "field"; itemId: string; proposed: boolean; field: ItemField }
  | { kind: "status-block"; itemId: string; blockId: string }
  | { kind: "status-part"; itemId: string; blockId: string; part: StatusPart };

const ITEM_ID = /^(?:[0-9]{2,4}|OP)-[0-9]{2}[a-z]?$/;
const BLOCK_ID = /^[0-9]{8}[a-z0-9]{1,8}$/;

export function isValidItemId(id: string): boolean {
  return ITEM_ID.test(id);
}

/** An item key (ActionItem.key): its number, or for a number used again in the plan the number and "#n" (n ≥ 2). */
const ITEM_KEY_REPEAT = /^(.+)#([2-9]|[1-9][0-9]{1,3})$/;

export function isValidItemKey(key: string): boolean {
  const repeat = ITEM_KEY_REPEAT.exec(key);
  return isValidItemId(repeat ? repeat[1]! : key);
}

export function fieldTag(itemId: string, field: ItemField, proposed = false): string {
  assertItemId(itemId);
  return checkLength(`${TAG_PREFIX}/${TAG_VERSION}/item/${itemId}${proposed ? "~" : ""}/${field}`);
}

export function statusBlockTag(itemId: string, blockId: string): string {
  assertItemId(itemId);
  assertBlockId(blockId);
  return checkLength(`${TAG_PREFIX}/${TAG_VERSION}/status/${itemId}/${blockId}`);
}

export function statusPartTag(itemId: string, blockId: string, part: StatusPart): string {
  return checkLength(`${statusBlockTag(itemId, blockId)}/${part}`);
}

/** Readable title shown by Word on the control, e.g. "Action item 01-04 — milestone". */
export function fieldTitle(itemId: string, field: ItemField): string {
  const names: Record<ItemField, string> = {
    id: "number",
    action: "action",
    milestone: "milestone",
    periodic: "periodic goals met",
    completed: "completed",
    status: "status",
  };
  return `Action item ${itemId} — ${names[field]}`;
}

export function statusPartTitle(itemId: string, part: StatusPart): string {
  return `Status ${itemId} — ${part === "next" ? "next steps" : part}`;
}

/** True when the tag belongs to this add-in (any version), whether or not this version can read it. */
export function isOurTag(tag: string | null | undefined): boolean {
  return typeof tag === "string" && tag.startsWith(`${TAG_PREFIX}/`);
}

/** Strict parse; returns null for anything that is not exactly a tag this version writes. */
export function parseTag(tag: string | null | undefined): ParsedTag | null {
  if (typeof tag !== "string" || tag.length > MAX_TAG_LENGTH) return null;
  const parts = tag.split("/");
  if (parts[0] !== TAG_PREFIX || parts[1] !== String(TAG_VERSION)) return null;
  const kind = parts[2];
  if (kind === "item" && parts.length === 5) {
    const rawId = parts[3]!;
    const proposed = rawId.endsWith("~");
    const itemId = proposed ? rawId.slice(0, -1) : rawId;
    const field = parts[4]!;
    if (!ITEM_ID.test(itemId) || !(ITEM_FIELDS as readonly string[]).includes(field)) return null;
    return { kind: "field", itemId, proposed, field: field as ItemField };
  }
  if (kind === "status" && (parts.length === 5 || parts.length === 6)) {
    const itemId = parts[3]!;
    const blockId = parts[4]!;
    if (!ITEM_ID.test(itemId) || !BLOCK_ID.test(blockId)) return null;
    if (parts.length === 5) return { kind: "status-block", itemId, blockId };
    const part = parts[5]!;
    if (!(STATUS_PARTS as readonly string[]).includes(part)) return null;
    return { kind: "status-part", itemId, blockId, part: part as StatusPart };
  }
  return null;
}

/** A fresh status-block id: the block's date (YYYYMMDD) plus a short random suffix. */
export function newStatusBlockId(dateIso: string, random: () => number = Math.random): string {
  const day = dateIso.replace(/-/g, "").slice(0, 8);
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  const id = `${day}${suffix}`;
  assertBlockId(id);
  return id;
}

function assertItemId(itemId: string): void {
  if (!ITEM_ID.test(itemId)) throw new RangeError(`Not an action item number: "${itemId}"`);
}

function assertBlockId(blockId: string): void {
  if (!BLOCK_ID.test(blockId)) throw new RangeError(`Not a status block id: "${blockId}"`);
}

function checkLength(tag: string): string {
  if (tag.length > MAX_TAG_LENGTH) throw new RangeError(`Tag longer than Word allows: ${tag.length} characters`);
  return tag;
}

/**
 * Calendar overrides as JSON, the form in which the document stores them. Reading is strict: any
 * unknown field, wrong type, invalid event or second override for one event rejects the whole text
 * with readable errors, so a damaged store never half-applies.
 */
import { overrideTargetId, validateCalendarEvent, type CalendarEvent, type CalendarOverride } from "./calendar";

export const CALENDAR_OVERRIDES_VERSION = 1;

export type ParsedCalendarOverrides = { ok: true; overrides: CalendarOverride[] } | { ok: false; errors: string[] };

function plainEvent(event: CalendarEvent): CalendarEvent {
  const { id, series, name, start, end, precision, source } = event;
  return { id, series, name, start, end, precision, source };
}

/** Compact JSON `{"version":1,"overrides":[…]}` with only the known fields, in a fixed order. */
export function serializeCalendarOverrides(overrides: readonly CalendarOverride[]): string {
  const plain = overrides.map((override) =>
    override.action === "hide" ? { action: override.action, id: override.id } : { action: override.action, event: plainEvent(override.event) },
  );
  return JSON.stringify({ version: CALENDAR_OVERRIDES_VERSION, overrides: plain });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((key) => !allowed.includes(key));
}

function readOverride(value: unknown, label: string, errors: string[]): CalendarOverride | null {
  if (!isRecord(value)) {
    errors.push(`${label} must be an object.`);
    return null;
  }
  const action = value.action;
  if (action === "hide") {
    for (const key of unknownKeys(value, ["action", "id"])) errors.push(`${label} has an unknown field "${key}".`);
    if (typeof value.id !== "string" || value.id.trim() === "") {
      errors.push(`${label} (hide) needs the id of the event to hide.`);
      return null;
    }
    return { action, id: value.id };
  }
  if (action === "add" || action === "replace") {
    for (const key of unknownKeys(value, ["action", "event"])) errors.push(`${label} has an unknown field "${key}".`);
    const problems = validateCalendarEvent(value.event);
    for (const problem of problems) errors.push(`${label} (${action}): ${problem}`);
    return problems.length === 0 ? { action, event: plainEvent(value.event as CalendarEvent) } : null;
  }
  errors.push(`${label}: action must be "add", "replace" or "hide" (found ${JSON.stringify(action ?? null)}).`);
  return null;
}

export function parseCalendarOverrides(json: string): ParsedCalendarOverrides {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The calendar overrides are not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  if (!isRecord(data)) return { ok: false, errors: ["The calendar overrides must be a JSON object with version and overrides."] };
  const errors: string[] = unknownKeys(data, ["version", "overrides"]).map((key) => `The calendar overrides have an unknown field "${key}".`);
  if (data.version !== CALENDAR_OVERRIDES_VERSION) {
    errors.push(`Calendar overrides version ${JSON.stringify(data.version ?? null)} is not supported (expected ${CALENDAR_OVERRIDES_VERSION}).`);
  }
  if (!Array.isArray(data.overrides)) return { ok: false, errors: [...errors, "The calendar overrides need an \"overrides\" list."] };
  const overrides: CalendarOverride[] = [];
  const seen = new Set<string>();
  data.overrides.forEach((value: unknown, index: number) => {
    const override = readOverride(value, `Override ${index + 1}`, errors);
    if (!override) return;
    const id = overrideTargetId(override);
    if (seen.has(id)) errors.push(`Override ${index + 1}: event "${id}" already has an override; keep one per event.`);
    seen.add(id);
    overrides.push(override);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides };
}

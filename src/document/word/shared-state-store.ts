/**
 * Where the add-in's shared document state lives (the codec is ../shared-state.ts):
 * - WordApi 1.4 and later: one custom XML part with the namespace urn:action-plan-addin:state, which
 *   co-authors and the .docx adapter see;
 * - below 1.4: the add-in's document settings (Office.context.document.settings, key below), stored in the
 *   document too, saved with saveAsync. Without either, the state lives for the session only, and the
 *   add-in then treats red it set in earlier sessions as a person's red: it never clears it (safe side).
 *
 * Round trips: reading the part takes the probe in the caller's first batch and `getXml` in a second one
 * only when a part exists. A write batch re-reads the part known from the last read (`getItem(id)` fails
 * with ItemNotFound if a co-author removed it) or probes that none appeared since, in its first batch.
 */
import { duplicateStateFinding, emptySharedState, isSharedStateXml, unreadableStateFinding, parseSharedState, serializeSharedState, STATE_NAMESPACE, type SharedState } from "../shared-state";
import type { Finding } from "../../domain/finding";
import type { SharedStateRead, StateLocation } from "../port";
import { DocumentError } from "../document-error";

export const SETTINGS_KEY = "actionPlanAddinState";

/** The shared state as read, with the findings the read adds to the plan's (a duplicate or unreadable part). */
export interface StateRead extends SharedStateRead {
  findings: Finding[];
}

// ---- reading (read operation: probe in batch 1, XML in batch 2 when a part exists) ----

export function queueStateProbe(context: Word.RequestContext): Word.CustomXmlPartScopedCollection {
  return context.document.customXmlParts.getByNamespace(STATE_NAMESPACE).load("items/id");
}

export function queueStateXml(probe: Word.CustomXmlPartScopedCollection): { partId: string; xml: OfficeExtension.ClientResult<string> } | null {
  const part = probe.items[0];
  return part ? { partId: part.id, xml: part.getXml() } : null;
}

export function finishStateRead(probe: Word.CustomXmlPartScopedCollection, pending: { partId: string; xml: OfficeExtension.ClientResult<string> } | null): StateRead {
  const findings: Finding[] = [];
  if (probe.items.length > 1) findings.push(duplicateStateFinding(probe.items.length));
  if (!pending) return { state: emptySharedState(), location: { kind: "custom-xml", partId: null }, findings };
  return readOrReport(() => parseStateXml(pending.xml.value), { kind: "custom-xml", partId: pending.partId }, findings);
}

/** The state without Word round trips: document settings below WordApi 1.4, else the session. */
export function readFallbackState(): StateRead {
  if (!settingsAvailable()) return { state: emptySharedState(), location: { kind: "session" }, findings: [] };
  return readOrReport(readSettingsState, { kind: "settings" }, []);
}

function readOrReport(read: () => SharedState, location: StateLocation, findings: Finding[]): StateRead {
  try {
    return { state: read(), location, findings };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { state: emptySharedState(), location, findings: [...findings, unreadableStateFinding(error)], error };
  }
}

// ---- writes (first batch of a write operation) ----

export interface PendingState {
  location: StateLocation;
  part: Word.CustomXmlPart | null;
  xml: OfficeExtension.ClientResult<string> | null;
  probe: Word.CustomXmlPartScopedCollection | null;
}

export function queueStateForWrite(context: Word.RequestContext, location: StateLocation): PendingState {
  if (location.kind !== "custom-xml") return { location, part: null, xml: null, probe: null };
  if (location.partId) {
    const part = context.document.customXmlParts.getItem(location.partId);
    return { location, part, xml: part.getXml(), probe: null };
  }
  return { location, part: null, xml: null, probe: queueStateProbe(context) };
}

/** After the first batch's sync. Throws DocumentChanged when a co-author created the state meanwhile. */
export function resolvePendingState(pending: PendingState): SharedState {
  if (pending.location.kind === "settings") return readSettingsState();
  if (pending.location.kind === "session") return emptySharedState();
  if (pending.xml) return parseStateXml(pending.xml.value);
  if (pending.probe && pending.probe.items.length > 0) {
    throw new DocumentError("DocumentChanged", "The add-in's state was added to the document since it was read (a co-author?). Read the plan again.");
  }
  return emptySharedState();
}

/**
 * Queues the state write into the write's second batch. Call `finish` after that sync: it saves the
 * settings (fallback) and returns where the state now lives (a new part's id is known only then).
 */
export function queueStateWrite(context: Word.RequestContext, pending: PendingState, state: SharedState): { finish: () => Promise<StateLocation> } {
  const xml = serializeSharedState(state);
  const location = pending.location;
  if (location.kind === "custom-xml") {
    if (pending.part) {
      pending.part.setXml(xml);
      return { finish: async () => location };
    }
    const added = context.document.customXmlParts.add(xml).load("id");
    return { finish: async () => ({ kind: "custom-xml", partId: added.id }) };
  }
  if (location.kind === "settings") {
    return {
      finish: async () => {
        await saveSettingsState(xml);
        return location;
      },
    };
  }
  return { finish: async () => location };
}

// ---- settings fallback ----

export function settingsAvailable(): boolean {
  return typeof Office !== "undefined" && Office.context?.document?.settings !== undefined;
}

export function readSettingsState(): SharedState {
  const value: unknown = Office.context.document.settings.get(SETTINGS_KEY);
  return typeof value === "string" && value !== "" ? parseStateXml(value) : emptySharedState();
}

async function saveSettingsState(xml: string): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(SETTINGS_KEY, xml);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new DocumentError("WordFailed", `Word could not save the add-in's state: ${result.error?.message ?? "unknown error"}`));
    });
  });
}

function parseStateXml(xml: string): SharedState {
  if (!isSharedStateXml(xml)) throw new DocumentError("SharedStateInvalid", "The add-in's state in the document is not in the expected format.");
  try {
    return parseSharedState(xml);
  } catch (error) {
    throw new DocumentError("SharedStateInvalid", error instanceof Error ? error.message : String(error), { cause: error });
  }
}

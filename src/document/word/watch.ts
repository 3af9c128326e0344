/**
 * Watch: where WordApi 1.5 is supported, listen to `onDataChanged` of the add-in's field controls that
 * decide an item's state (number, milestone, periodic goals met, completed) and call back, debounced, with
 * the numbers of the items that changed; the caller re-validates. Elsewhere watching is not available and
 * the add-in validates on demand (the result says so). Two round trips to start, one to stop.
 * Controls added later (structure run again) are not watched until watching is restarted. The answer says how many
 * controls are watched: 0 on a plain document, where no edit is noticed although watching "works" — the pane says so.
 */
import type { ItemField } from "../../domain/plan";
import type { WatchOptions, WatchStart } from "../port";
import { parseTag } from "../tags";
import type { WordCapabilities } from "./requirements";

export const WATCHED_FIELDS: readonly ItemField[] = ["id", "milestone", "periodic", "completed"];
export const DEFAULT_DEBOUNCE_MS = 800;


export async function startWatching(context: Word.RequestContext, capabilities: WordCapabilities, options: WatchOptions): Promise<WatchStart> {
  if (!capabilities.dataChangedEvents) {
    return { available: false, reason: "This version of Word cannot report changes to content controls (Word JavaScript API 1.5); validate the plan when you want it checked." };
  }
  const controls = context.document.body.contentControls.load("items/id,items/tag");
  await context.sync();
  const itemOfControl = new Map<number, string>();
  const debounced = debounce(options.debounceMs ?? DEFAULT_DEBOUNCE_MS, options.onItemsChanged);
  const handler = async (event: Word.ContentControlDataChangedEventArgs): Promise<void> => {
    for (const id of event.ids) {
      const itemId = itemOfControl.get(id);
      if (itemId) debounced.add(itemId);
    }
  };
  const registrations: OfficeExtension.EventHandlerResult<Word.ContentControlDataChangedEventArgs>[] = [];
  for (const control of controls.items) {
    const parsed = parseTag(control.tag);
    if (parsed?.kind !== "field" || !WATCHED_FIELDS.includes(parsed.field)) continue;
    itemOfControl.set(control.id, parsed.itemId);
    control.track();
    registrations.push(control.onDataChanged.add(handler));
  }
  await context.sync();
  return {
    available: true,
    watchedControls: registrations.length,
    stop: async () => {
      debounced.cancel();
      for (const registration of registrations) registration.remove();
      const first = registrations[0];
      if (first) await first.context.sync();
    },
  };
}

function debounce(delayMs: number, flush: (itemIds: string[]) => void): { add: (itemId: string) => void; cancel: () => void } {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    add: (itemId) => {
      pending.add(itemId);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const itemIds = [...pending].sort();
        pending.clear();
        flush(itemIds);
      }, delayMs);
    },
    cancel: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

/**
 * Content-control events (WordApi 1.5):
 *   onDataChanged: "Occurs when data within the content control are changed. To get the new text, load this content control in the handler."
 *   onDeleted: "Occurs when the content control is deleted. Do not load this content control in the handler, otherwise you won't be able to get its original properties."
 * Handlers receive `{ eventType, ids, source }` (Word.ContentControlDataChangedEventArgs / ContentControlDeletedEventArgs).
 * Like Office, events arrive asynchronously after the change was applied, never inside `context.sync()`.
 */
import type { ControlNode } from "./tree";

export type ControlEventKind = "ContentControlDataChanged" | "ContentControlDeleted";
export type EventSourceName = "Local" | "Remote";

export interface ControlEventArgs {
  eventType: ControlEventKind;
  ids: number[];
  source: EventSourceName;
}

export type ControlEventHandler = (args: ControlEventArgs) => Promise<unknown> | unknown;

export class EventRegistry {
  private readonly handlers = new Map<ControlNode, Map<ControlEventKind, ControlEventHandler[]>>();
  private readonly pending = new Set<Promise<void>>();
  /** Events raised so far, for tests that check what fired. */
  readonly raised: ControlEventArgs[] = [];

  add(control: ControlNode, kind: ControlEventKind, handler: ControlEventHandler): void {
    let byKind = this.handlers.get(control);
    if (!byKind) this.handlers.set(control, (byKind = new Map()));
    const list = byKind.get(kind) ?? [];
    list.push(handler);
    byKind.set(kind, list);
  }

  remove(control: ControlNode, kind: ControlEventKind, handler: ControlEventHandler): void {
    const list = this.handlers.get(control)?.get(kind);
    if (!list) return;
    const index = list.indexOf(handler);
    if (index >= 0) list.splice(index, 1);
  }

  handlerCount(): number {
    let count = 0;
    for (const byKind of this.handlers.values()) for (const list of byKind.values()) count += list.length;
    return count;
  }

  /** Schedules handlers for changed and deleted controls (ids captured now: a deleted control keeps its id in the args). */
  raise(changed: Iterable<ControlNode>, deleted: Iterable<ControlNode>, source: EventSourceName): void {
    const calls: Array<{ handler: ControlEventHandler; args: ControlEventArgs }> = [];
    const collect = (control: ControlNode, eventType: ControlEventKind): void => {
      const args: ControlEventArgs = { eventType, ids: [control.id], source };
      const list = this.handlers.get(control)?.get(eventType);
      this.raised.push(args);
      for (const handler of list ?? []) calls.push({ handler, args });
    };
    for (const control of changed) collect(control, "ContentControlDataChanged");
    for (const control of deleted) collect(control, "ContentControlDeleted");
    if (calls.length === 0) return;
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.allSettled(calls.map(({ handler, args }) => Promise.resolve().then(() => handler(args)))).then(() => resolve());
      }, 0);
    });
    this.pending.add(delivery);
    void delivery.then(() => this.pending.delete(delivery));
  }

  /** Resolves when every scheduled handler has run and its promise settled (including events those handlers caused). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

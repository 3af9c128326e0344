/**
 * OfficeExtension.EventHandlers for content-control events. `add`: "Adds a function to be called when the event is
 * triggered." Registration reaches the host at the next sync and needs WordApi 1.5 (ApiNotFound otherwise).
 */
import type { ControlEventArgs, ControlEventHandler, ControlEventKind } from "../events";
import type { SimRequestContext } from "../request-context";
import type { SimContentControl } from "./content-control";

export type SimEventHandler = (args: ControlEventArgs) => Promise<unknown>;

export class SimEventHandlers {
  constructor(
    private readonly owner: SimContentControl,
    private readonly kind: ControlEventKind,
  ) {}

  add(handler: SimEventHandler): SimEventHandlerResult {
    this.owner._queueOnControl(`ContentControl.on${this.eventName()}.add()`, (control) => this.owner.context._runtime.host.events.add(control, this.kind, handler as ControlEventHandler), "1.5");
    return new SimEventHandlerResult(this.owner.context, this, handler);
  }

  /** "Removes the specified function from the event handler list so that it will not be called on subsequent events." */
  remove(handler: SimEventHandler): void {
    this.owner._queueRemoval(`ContentControl.on${this.eventName()}.remove()`, (control) => this.owner.context._runtime.host.events.remove(control, this.kind, handler as ControlEventHandler));
  }

  private eventName(): string {
    return this.kind === "ContentControlDataChanged" ? "DataChanged" : "Deleted";
  }
}

/** OfficeExtension.EventHandlerResult: "Enables the removal of an event handler." */
export class SimEventHandlerResult {
  constructor(
    readonly context: SimRequestContext,
    private readonly handlers: SimEventHandlers,
    private readonly handler: SimEventHandler,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

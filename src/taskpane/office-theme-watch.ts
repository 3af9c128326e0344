/**
 * Follows Office's theme while the pane is open (File > Account > Office Theme), calling `onChange` with the new Fluent
 * theme only when the Fluent theme actually changes.
 *
 * Office.js documents the OfficeThemeChanged event for Outlook (Mailbox 1.14) and PowerPoint, not for Word task panes:
 * the pane asks for it on the document when the enum value exists, and a refused or missing registration is not an
 * error. Because an accepted registration does not prove Word ever raises the event, the pane also re-reads
 * Office.context.officeTheme when it regains focus or becomes visible, and on a slow interval. Reading officeTheme is a
 * local property read, not a round trip to the document.
 */
import type { Theme } from "@fluentui/react-components";
import { fluentThemeFor, type OfficeThemeColours } from "./office-theme";

/** What the watcher uses of Office.js (the `Office` namespace in the pane; a double in tests). */
export interface OfficeThemeHost {
  context?: {
    officeTheme?: OfficeThemeColours | null;
    document?: {
      addHandlerAsync?(eventType: unknown, handler: (args?: unknown) => void, callback?: (result: { status: unknown }) => void): void;
      removeHandlerAsync?(eventType: unknown, options?: { handler?: (args?: unknown) => void }, callback?: (result: { status: unknown }) => void): void;
    } | null;
  } | null;
  EventType?: { OfficeThemeChanged?: unknown };
  AsyncResultStatus?: { Succeeded?: unknown };
}

/** The browser around the pane (window, document, timers); injected in tests. */
export interface ThemeWatchEnvironment {
  window: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  document: Pick<EventTarget, "addEventListener" | "removeEventListener"> & { visibilityState?: string };
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface WatchOfficeThemeOptions {
  environment?: ThemeWatchEnvironment;
  /** How often Office's theme is re-read (default 5 s). */
  intervalMs?: number;
}

export const THEME_POLL_MS = 5_000;

function browserEnvironment(): ThemeWatchEnvironment {
  return {
    window,
    document,
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
  };
}

/** The theme the event carries (Outlook's OfficeThemeChangedEventArgs), else null. */
function themeOfEvent(args: unknown): OfficeThemeColours | null {
  if (typeof args !== "object" || args === null || !("officeTheme" in args)) return null;
  const theme = (args as { officeTheme?: unknown }).officeTheme;
  return typeof theme === "object" && theme !== null ? (theme as OfficeThemeColours) : null;
}

/** Starts watching; returns `stop`, which removes every listener, the timer and the event handler. */
export function watchOfficeTheme(office: OfficeThemeHost, onChange: (theme: Theme) => void, options: WatchOfficeThemeOptions = {}): () => void {
  const environment = options.environment ?? browserEnvironment();
  let current = fluentThemeFor(office.context?.officeTheme);
  let stopped = false;

  const apply = (colours: OfficeThemeColours | null | undefined): void => {
    if (stopped) return;
    const next = fluentThemeFor(colours);
    if (next === current) return;
    current = next;
    onChange(next);
  };
  const reread = (): void => apply(office.context?.officeTheme);
  const onVisibility = (): void => {
    if (environment.document.visibilityState !== "hidden") reread();
  };
  // Some hosts update officeTheme before raising the event, others only pass the theme with it: prefer the event's.
  const onThemeEvent = (args?: unknown): void => apply(themeOfEvent(args) ?? office.context?.officeTheme);

  environment.window.addEventListener("focus", reread);
  environment.document.addEventListener("visibilitychange", onVisibility);
  const timer = environment.setInterval(reread, options.intervalMs ?? THEME_POLL_MS);

  const eventType = office.EventType?.OfficeThemeChanged;
  const host = office.context?.document;
  let registered = false;
  const unregister = (): void => {
    try {
      host?.removeHandlerAsync?.(eventType, { handler: onThemeEvent }, () => undefined);
    } catch {
      // Nothing to undo: the host refused the handler in the first place.
    }
  };
  if (eventType !== undefined && typeof host?.addHandlerAsync === "function") {
    try {
      host.addHandlerAsync(eventType, onThemeEvent, (result) => {
        const succeeded = office.AsyncResultStatus?.Succeeded ?? "succeeded";
        if (result?.status !== succeeded) return; // Not supported here: the re-reads above still follow the theme.
        registered = true;
        if (stopped) unregister();
      });
    } catch {
      // Word may throw for an event it does not know: the re-reads above still follow the theme.
    }
  }

  return () => {
    if (stopped) return;
    stopped = true;
    environment.window.removeEventListener("focus", reread);
    environment.document.removeEventListener("visibilitychange", onVisibility);
    environment.clearInterval(timer);
    if (registered) unregister();
  };
}

/**
 * The personal "auto-validate" setting: once the pane has found an action plan (and the storage has opened), it
 * validates on its own; then, where the port can watch the document (WordApi 1.5), it validates again when a field
 * that decides an item's state changes. Watching restarts when the structure changes (new controls to listen to).
 * Where the port answers that it cannot watch, or watches no control (a plain document: the Word adapter listens to the
 * add-in's content controls), the hook says why, for the pane to tell the person: otherwise typing in the document
 * would silently not re-validate.
 */
import { useEffect, useRef, useState } from "react";
import { logError } from "../office-helpers";
import type { PanePort } from "../services/pane-port";
import type { PaneSession } from "./use-pane-session";

export interface AutoValidateOptions {
  enabled: boolean;
  port: PanePort;
  session: Pick<PaneSession, "detection" | "validation">;
  validate: () => Promise<unknown>;
}

/** Why edits in the document are not noticed: the host cannot watch (below WordApi 1.5), or nothing to watch. */
export type UnwatchedReason = "unsupported" | "unstructured";

export interface AutoValidateState {
  /**
   * Watching was asked for and edits will not be noticed, and why; null while watched or not known. Kept also while
   * the setting is off, so the settings form can say it when the switch is turned on again: "unsupported" for the port
   * (the host does not change), "unstructured" for as long as the document's structure is the one it was found on.
   */
  unwatched: UnwatchedReason | null;
}

/** The last answer of the port's watch, with what it was asked on. */
interface WatchAnswer {
  port: PanePort;
  structuredItems: number;
  unwatched: UnwatchedReason | null;
}

export function useAutoValidate({ enabled, port, session, validate }: AutoValidateOptions): AutoValidateState {
  const [answer, setAnswer] = useState<WatchAnswer | null>(null);
  const validateRef = useRef(validate);
  validateRef.current = validate;
  const validatedOnOpen = useRef(false);
  const { detection, validation } = session;
  const isPlan = detection.kind === "ready" && detection.report.isActionPlan;
  const structuredItems = detection.kind === "ready" ? detection.report.structuredItems : 0;
  const hasValidation = validation !== null;

  useEffect(() => {
    if (!enabled || !isPlan || hasValidation || validatedOnOpen.current) return;
    validatedOnOpen.current = true;
    void validateRef.current();
  }, [enabled, isPlan, hasValidation]);

  useEffect(() => {
    if (!enabled || !isPlan || !hasValidation || !port.watch) return;
    let active = true;
    let stop: (() => Promise<void>) | null = null;
    port
      .watch({ onItemsChanged: () => void (active && validateRef.current()) })
      .then((watching) => {
        // A host that cannot watch stays so (kept even if this run ended); a count of controls is only true of the
        // structure it was asked on, so a run that ended (structure changed) tells nothing.
        if (!watching.available) {
          setAnswer({ port, structuredItems, unwatched: "unsupported" });
          return;
        }
        if (!active) {
          void watching.stop().catch((error: unknown) => void logError(error));
          return;
        }
        stop = watching.stop;
        setAnswer({ port, structuredItems, unwatched: watching.watchedControls === 0 ? "unstructured" : null });
      })
      .catch((error: unknown) => void logError(error));
    return () => {
      active = false;
      if (stop) void stop().catch((error: unknown) => void logError(error));
    };
  }, [enabled, isPlan, hasValidation, structuredItems, port]);

  return { unwatched: unwatchedNow(answer, port, structuredItems) };
}

function unwatchedNow(answer: WatchAnswer | null, port: PanePort, structuredItems: number): UnwatchedReason | null {
  if (answer?.port !== port) return null;
  if (answer.unwatched === "unsupported") return "unsupported";
  return answer.structuredItems === structuredItems ? answer.unwatched : null;
}

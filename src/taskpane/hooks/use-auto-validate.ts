/**
 * The personal "auto-validate" setting: once the pane has found an action plan (and the storage has opened), it
 * validates on its own; then, where the port can watch the document (WordApi 1.5), it validates again when a field
 * that decides an item's state changes. Watching restarts when the structure changes (new controls to listen to).
 * Where the port answers that it cannot watch, the hook says so, for the pane to tell the person: otherwise typing in
 * the document would silently not re-validate.
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

export interface AutoValidateState {
  /**
   * Watching was asked for and the port answered that this host cannot (below WordApi 1.5). Kept for the port once
   * known (the host does not change), also while the setting is off, so the settings form can say it when the switch
   * is turned on again.
   */
  watchUnavailable: boolean;
}

export function useAutoValidate({ enabled, port, session, validate }: AutoValidateOptions): AutoValidateState {
  /** The port whose watch answered "not available" (a new port is asked again). */
  const [unwatchablePort, setUnwatchablePort] = useState<PanePort | null>(null);
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
        setUnwatchablePort(watching.available ? null : port);
        if (!watching.available) return;
        if (active) stop = watching.stop;
        else void watching.stop().catch((error: unknown) => void logError(error));
      })
      .catch((error: unknown) => void logError(error));
    return () => {
      active = false;
      if (stop) void stop().catch((error: unknown) => void logError(error));
    };
  }, [enabled, isPlan, hasValidation, structuredItems, port]);

  return { watchUnavailable: unwatchablePort !== null && unwatchablePort === port };
}

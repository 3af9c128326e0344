/**
 * "Use the item at the cursor" for the Item view: asks the port which item the cursor is in (one round trip), shows
 * it, and says plainly when there is none or when the last validation does not know it. Once, when the view first has
 * a validation and no item chosen, it does so by itself, quietly: only an item found is shown and announced.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PaneSession } from "./use-pane-session";
import { logError } from "../office-helpers";
import { cursorItem } from "../services/item-at-cursor";
import { itemAtCursorJob } from "../../jobs/navigate";
import { unwrap } from "../services/job-result";
import { describeError, type PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { strings } from "../strings";

/** What the last request the person made said, when it did not show an item. */
export type CursorNote = { kind: "info"; message: string } | { kind: "error"; error: PaneError };

export interface ItemAtCursor {
  /** The port can tell (the button is shown only then). */
  available: boolean;
  /** A request is on its way to the document. */
  looking: boolean;
  note: CursorNote | null;
  dismissNote: () => void;
  use: () => Promise<void>;
}

interface Options {
  port: PanePort;
  session: Pick<PaneSession, "validation" | "busy" | "selectedItemKey" | "selectItem">;
  announce: (message: string) => void;
}

export function useItemAtCursor({ port, session, announce }: Options): ItemAtCursor {
  const { validation, busy, selectedItemKey, selectItem } = session;
  const [looking, setLooking] = useState(false);
  const [note, setNote] = useState<CursorNote | null>(null);
  // Read when an answer arrives: the validation and the selection may have changed while Word answered.
  const current = useRef({ validation, selectedItemKey });
  current.current = { validation, selectedItemKey };
  const inFlight = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const ask = useCallback(
    async (quiet: boolean): Promise<void> => {
      if (!port.itemAtSelection || inFlight.current) return;
      inFlight.current = true;
      setLooking(true);
      if (!quiet) setNote(null);
      try {
        const asked = unwrap(await itemAtCursorJob(port));
        const found = asked.kind === "found" ? asked.item : null;
        const latest = current.current;
        // The person chose an item while the automatic request was out: theirs stands.
        if (!mounted.current || !latest.validation || (quiet && latest.selectedItemKey !== null)) return;
        const outcome = cursorItem(latest.validation, found);
        if (outcome.kind === "found") {
          selectItem(outcome.itemKey);
          announce(strings.item.cursorShown(strings.findings.item(outcome.label)));
        } else if (!quiet) {
          setNote({ kind: "info", message: outcome.kind === "outside" ? strings.item.cursorOutside : strings.item.cursorNotValidated(outcome.itemId) });
        }
      } catch (failure) {
        if (!mounted.current) return;
        void logError(failure);
        if (!quiet) setNote({ kind: "error", error: describeError(failure, "cursor") });
      } finally {
        inFlight.current = false;
        if (mounted.current) setLooking(false);
      }
    },
    [port, selectItem, announce],
  );

  // Once: the first time the view has a validation, no item chosen and nothing running.
  const triedAutomatically = useRef(false);
  useEffect(() => {
    if (triedAutomatically.current || !port.itemAtSelection || !validation || selectedItemKey !== null || busy !== null) return;
    triedAutomatically.current = true;
    void ask(true);
  }, [port, validation, selectedItemKey, busy, ask]);

  // Another item chosen (picker, finding): what the last request said no longer applies.
  useEffect(() => {
    setNote(null);
  }, [selectedItemKey]);

  return {
    available: port.itemAtSelection !== undefined,
    looking,
    note,
    dismissNote: () => setNote(null),
    use: () => ask(false),
  };
}

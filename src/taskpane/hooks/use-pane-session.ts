/**
 * The pane's shared state: what detection said about the document, the latest validation (its read is the basis of
 * every write), the as-of date, the item the person selected, and the one long operation running. Views read it and
 * call its actions; every write goes through `write`, which re-validates afterwards so the pane never shows (or
 * writes against) a read older than the document.
 */
import { useCallback, useEffect, useState } from "react";
import type { RedPolicy } from "../../domain/colouring";
import type { DetectReport } from "../../document/port";
import type { CalendarProvider } from "../../jobs/document-calendar";
import { logError } from "../office-helpers";
import { describeError, type PaneAction, type PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { unwrap } from "../services/job-result";
import { validateDocument, type Validation, type ValidationStep } from "../services/validate-document";
import { useExclusiveTask, type TaskName } from "./use-exclusive-task";

export type Detection = { kind: "reading" } | { kind: "ready"; report: DetectReport } | { kind: "failed"; error: PaneError };

/** The personal settings validation uses (read when a validation starts). */
export interface ValidationSettings {
  horizonDays?: number;
  redFor?: RedPolicy;
}

export interface PaneServices {
  port: PanePort;
  /** The calendar to validate with, asked for after each read (it may be read from the document again). */
  calendar: CalendarProvider;
  today: () => string;
  /**
   * Awaited inside the exclusive task before a validation or a write starts (e.g. until the storage has opened, and
   * before a validation until the document has its key: created then, it cannot race the validation's colouring).
   */
  prepare?: (task: TaskName) => Promise<void>;
  /** Read when a validation starts (a getter, so settings saved just before validating apply). */
  validationSettings?: () => ValidationSettings;
  /**
   * Hears each validation the person asked for (not the re-reads after a write), e.g. to record it in the history.
   */
  onValidated?: (validation: Validation) => void;
}

export interface PaneSession {
  detection: Detection;
  redetect: (quiet?: boolean) => Promise<void>;
  asOf: string;
  setAsOf: (asOf: string) => void;
  validation: Validation | null;
  /** The step of the validation running, or null. */
  step: ValidationStep | null;
  validationError: PaneError | null;
  dismissValidationError: () => void;
  busy: TaskName | null;
  /**
   * Validates as of `asOf` (or the date given, which becomes the as-of date): the new validation, or null when it
   * failed (see validationError) or another operation was running.
   */
  validate: (asOfDate?: string) => Promise<Validation | null>;
  /**
   * Runs a write (structure, field edit, status block) exclusively; when it succeeded, reads the document again
   * (detection, and the validation when there is one, as of the same date). A failed write is not followed by a
   * read: its error (returned for the view to show next to its form) tells the person what to do.
   */
  write: (name: TaskName, action: PaneAction, operation: () => Promise<void>) => Promise<{ ok: true } | { ok: false; error: PaneError } | { ok: false; refused: true }>;
  /** Runs a read-only operation exclusively (e.g. the structure preview). */
  exclusive: <T>(name: TaskName, operation: () => Promise<T>) => Promise<T | undefined>;
  selectedItemKey: string | null;
  selectItem: (itemKey: string | null) => void;
}

export function usePaneSession({ port, calendar, today, prepare, validationSettings, onValidated }: PaneServices): PaneSession {
  const { busy, run } = useExclusiveTask();
  const [detection, setDetection] = useState<Detection>({ kind: "reading" });
  const [asOf, setAsOf] = useState(today);
  const [validation, setValidation] = useState<Validation | null>(null);
  const [step, setStep] = useState<ValidationStep | null>(null);
  const [validationError, setValidationError] = useState<PaneError | null>(null);
  const [selectedItemKey, selectItem] = useState<string | null>(null);

  /** `quiet` keeps showing the previous report while reading (after a write), instead of a spinner. */
  const redetect = useCallback(async (quiet = false) => {
    if (!quiet) setDetection({ kind: "reading" });
    try {
      setDetection({ kind: "ready", report: await port.detect() });
    } catch (error) {
      void logError(error);
      setDetection({ kind: "failed", error: describeError(error, "detect") });
    }
  }, [port]);

  useEffect(() => {
    void redetect();
  }, [redetect]);

  /** Not exclusive by itself: callers hold the task. */
  const runValidation = useCallback(
    async (date: string): Promise<Validation | null> => {
      setValidationError(null);
      try {
        const validated = unwrap(await validateDocument(port, { asOf: date, calendar, ...validationSettings?.(), onStep: setStep }));
        setValidation(validated);
        return validated;
      } catch (error) {
        void logError(error);
        setValidationError(describeError(error, "validate"));
        return null;
      } finally {
        setStep(null);
      }
    },
    [port, calendar, validationSettings],
  );

  const validate = useCallback(
    async (asOfDate?: string) => {
      const date = asOfDate ?? asOf;
      if (asOfDate !== undefined) setAsOf(asOfDate);
      const validated = await run("validate", async () => {
        await prepare?.("validate");
        return await runValidation(date);
      });
      if (validated) onValidated?.(validated);
      return validated ?? null;
    },
    [run, runValidation, asOf, prepare, onValidated],
  );

  const write = useCallback<PaneSession["write"]>(
    async (name, action, operation) => {
      const outcome = await run(name, async () => {
        await prepare?.(name);
        try {
          await operation();
        } catch (error) {
          void logError(error);
          return { ok: false, error: describeError(error, action) } as const;
        }
        // The document changed: read it again, so that what the pane shows and the next write's basis are current.
        await redetect(true);
        if (validation) await runValidation(validation.asOf);
        return { ok: true } as const;
      });
      return outcome ?? { ok: false, refused: true };
    },
    [run, redetect, runValidation, validation, prepare],
  );

  return {
    detection,
    redetect,
    asOf,
    setAsOf,
    validation,
    step,
    validationError,
    dismissValidationError: () => setValidationError(null),
    busy,
    validate,
    write,
    exclusive: run,
    selectedItemKey,
    selectItem,
  };
}

/**
 * Import and export in the calendar editor. Import: a button opens the file picker (.ics or the add-in's .json); the
 * file is read and compared with the calendar in use, and a preview lists what it adds, changes and leaves out; only
 * "Import" stores it in the document (shared with co-authors), through the editor's save. A file that cannot be used
 * shows its problems with their lines, and nothing changes. Export downloads the calendar in use as .ics or .json.
 */
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import type { Calendar, CalendarEvent, CalendarOverride } from "../../domain/calendar";
import { planCalendarImport, type CalendarChange, type CalendarImportPlan } from "../../domain/calendar-import";
import { formatDateRange } from "../../domain/dates";
import type { CalendarFileProblem, SkippedFileEvent } from "../../calendar-file/file-problems";
import { calendarFileName, describeProblem, downloadCalendar, readChosenCalendarFile } from "../services/calendar-files";
import { localIsoDate } from "../../domain/dates";
import { strings } from "../strings";

/** How many events of each kind the preview lists before "… and N more". */
const LISTED = 12;

export interface CalendarImportProps {
  base: Calendar;
  overrides: readonly CalendarOverride[];
  /** The calendar in use (what Export writes). */
  calendar: Calendar;
  busy: boolean;
  /** Stores the events in the document; resolves to true when they were stored. */
  onImport: (events: CalendarEvent[], fileName: string) => Promise<boolean>;
  /** Says an export's outcome where the editor says its outcomes. */
  onExported: (message: string, ok: boolean) => void;
}

type Stage =
  | { kind: "idle" }
  | { kind: "reading"; file: string }
  | { kind: "refused"; file: string; problems: CalendarFileProblem[] }
  | { kind: "preview"; file: string; events: CalendarEvent[]; skipped: SkippedFileEvent[]; plan: CalendarImportPlan };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  flat: { margin: 0 },
  hiddenInput: { display: "none" },
});

function when(event: CalendarEvent): string {
  return formatDateRange(event.start, event.end, event.precision);
}

/** "TSAG meeting, May 2025: 1–31 May 2025 → 26–30 May 2025; source" — what the file changes in the event. */
function describeChange({ before, after }: CalendarChange): string {
  const parts: string[] = [];
  if (when(before) !== when(after)) parts.push(strings.calendarFiles.changedLine(when(before), when(after)));
  if (before.name !== after.name) parts.push(strings.calendarFiles.changedLine(before.name, after.name));
  if (before.series !== after.series) parts.push(strings.calendarFiles.changedLine(before.series, after.series));
  if (before.source !== after.source) parts.push(strings.calendarFiles.changedSource);
  return `${before.name}: ${parts.join("; ")}`;
}

function Listed<T>({ title, items, line, testId }: { title: string; items: readonly T[]; line: (item: T) => string; testId: string }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {items.slice(0, LISTED).map((item, index) => (
          <li key={index}>{line(item)}</li>
        ))}
        {items.length > LISTED && <li>{strings.calendarFiles.more(items.length - LISTED)}</li>}
      </ul>
    </div>
  );
}

export function CalendarImport({ base, overrides, calendar, busy, onImport, onExported }: CalendarImportProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });

  // A preview or a refusal takes focus, so keyboard and screen-reader users land on what the file gave.
  useEffect(() => {
    if (stage.kind === "preview" || stage.kind === "refused") heading.current?.focus();
  }, [stage.kind]);

  const close = () => {
    setStage({ kind: "idle" });
    chooser.current?.focus();
  };

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setStage({ kind: "reading", file: file.name });
    const read = await readChosenCalendarFile(file);
    if (!read.ok) return setStage({ kind: "refused", file: file.name, problems: read.problems });
    const events = read.events.map((each) => each.event);
    setStage({ kind: "preview", file: file.name, events, skipped: read.skipped, plan: planCalendarImport(base, overrides, events) });
  };

  const confirm = async (file: string, plan: CalendarImportPlan) => {
    const events = [...plan.added, ...plan.changed.map((change) => change.after)];
    if (await onImport(events, file)) {
      setStage({ kind: "idle" });
    }
  };

  const exportAs = async (format: "ics" | "json") => {
    const fileName = calendarFileName(format, localIsoDate(new Date()));
    const ok = await downloadCalendar(calendar.events, format, fileName, new Date());
    onExported(ok ? strings.calendarFiles.exported(fileName) : strings.calendarFiles.exportFailed, ok);
  };

  return (
    <section className={styles.section} aria-labelledby="calendar-files-heading" data-testid="calendar-files">
      <Text as="h3" id="calendar-files-heading" weight="semibold" className={styles.flat}>{strings.calendarFiles.heading}</Text>
      <Text as="p" block size={200} className={styles.flat}>{strings.calendarFiles.explain}</Text>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".ics,.json,text/calendar,application/json"
        aria-label={strings.calendarFiles.fileLabel}
        data-testid="calendar-file-input"
        onChange={(event) => void chosen(event)}
      />
      <div className={styles.actions}>
        <Button ref={chooser} icon={<ArrowUploadRegular />} disabledFocusable={busy || stage.kind === "reading"} onClick={() => input.current?.click()} data-testid="import-calendar">
          {strings.calendarFiles.importButton}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy} onClick={() => void exportAs("ics")} data-testid="export-ics">
          {strings.calendarFiles.exportIcs}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy} onClick={() => void exportAs("json")} data-testid="export-json">
          {strings.calendarFiles.exportJson}
        </Button>
      </div>
      {stage.kind === "reading" && <Spinner size="tiny" label={strings.calendarFiles.reading(stage.file)} />}
      {stage.kind === "refused" && (
        <div ref={heading} tabIndex={-1}>
          <MessageBar intent="error" layout="multiline" data-testid="calendar-import-refused">
            <MessageBarBody>
              <MessageBarTitle>{strings.calendarFiles.refusedTitle(stage.file)}</MessageBarTitle>
              {strings.calendarFiles.refusedText}
              <ul className={styles.list}>
                {stage.problems.slice(0, LISTED).map((problem, index) => (
                  <li key={index}>{describeProblem(problem)}</li>
                ))}
                {stage.problems.length > LISTED && <li>{strings.calendarFiles.more(stage.problems.length - LISTED)}</li>}
              </ul>
            </MessageBarBody>
          </MessageBar>
          <Button size="small" onClick={close}>{strings.calendarFiles.close}</Button>
        </div>
      )}
      {stage.kind === "preview" && (
        <div className={styles.preview} role="region" aria-labelledby="calendar-import-heading" data-testid="calendar-import-preview">
          <div ref={heading} tabIndex={-1}>
            <Text as="h4" id="calendar-import-heading" weight="semibold" className={styles.flat}>{strings.calendarFiles.previewHeading(stage.file)}</Text>
          </div>
          <Text as="p" block className={styles.flat} data-testid="calendar-import-summary">
            {strings.calendarFiles.previewSummary(stage.plan.added.length, stage.plan.changed.length, stage.plan.unchanged.length, stage.skipped.length)}
          </Text>
          <Listed title={strings.calendarFiles.added} items={stage.plan.added} line={(event) => `${event.name} (${when(event)}, ${event.series})`} testId="calendar-import-added" />
          <Listed
            title={strings.calendarFiles.changed}
            items={stage.plan.changed}
            line={describeChange}
            testId="calendar-import-changed"
          />
          <Listed title={strings.calendarFiles.skipped} items={stage.skipped} line={(skipped) => strings.calendarFiles.skippedLine(skipped.line, skipped.title, skipped.reason)} testId="calendar-import-skipped" />
          {stage.plan.added.length + stage.plan.changed.length === 0 ? (
            <>
              <Text as="p" block className={styles.flat}>{strings.calendarFiles.nothingToImport}</Text>
              <div className={styles.actions}>
                <Button onClick={close}>{strings.calendarFiles.close}</Button>
              </div>
            </>
          ) : (
            <div className={styles.actions}>
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm(stage.file, stage.plan)} data-testid="confirm-import">
                {strings.calendarFiles.confirm(stage.plan.added.length + stage.plan.changed.length)}
              </Button>
              <Button onClick={close}>{strings.calendarFiles.cancel}</Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

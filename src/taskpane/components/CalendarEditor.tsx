/**
 * The calendar editor: every event milestones resolve against (shipped, changed, added, and deleted shipped ones,
 * which can be restored), with add, edit, delete and "Reset to default". Each change is written into the document
 * through CalendarSync (shared with co-authors), as one exclusive operation; when the plan has been validated, it is
 * validated again at once so every item shows the effect.
 */
import { useEffect, useMemo, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { applyOverrides, defaultCalendar, removeOverride, upsertOverride, type CalendarEvent, type CalendarOverride } from "../../domain/calendar";
import { overridesWithImport } from "../../domain/calendar-import";
import { formatDateRange } from "../../domain/dates";
import type { PaneSession } from "../hooks/use-pane-session";
import type { PaneStorageApi } from "../hooks/use-pane-storage";
import { calendarRows, deleteEvent, EMPTY_EVENT_FIELDS, fieldsOf, newEventId, overrideFor, type CalendarRow } from "../services/calendar-editor";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import { SaveOutcomeBar, type SaveOutcome } from "./SaveOutcomeBar";
import { CalendarEventForm } from "./CalendarEventForm";
import { CalendarImport } from "./CalendarImport";

export interface CalendarEditorProps {
  storage: Pick<PaneStorageApi, "loadedCalendar" | "reloadCalendar" | "editCalendar" | "resetCalendar">;
  session: Pick<PaneSession, "exclusive" | "busy" | "validation">;
  validate: () => Promise<Validation | null>;
}

type Editing = { kind: "add" } | { kind: "edit"; id: string } | null;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  hidden: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  note: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  add: { alignSelf: "flex-start" },
  flat: { margin: 0 },
});

const BADGE_COLOURS = { changed: "warning", added: "brand", hidden: "danger" } as const;

export function CalendarEditor({ storage, session, validate }: CalendarEditorProps) {
  const styles = useStyles();
  const base = useMemo(() => defaultCalendar(), []);
  const { loadedCalendar, reloadCalendar } = storage;
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const busy = session.busy !== null;

  // The document is read when the editor opens: a co-author may have changed the calendar since the last validation.
  useEffect(() => {
    void reloadCalendar();
  }, [reloadCalendar]);

  const overrides = useMemo(() => loadedCalendar?.overrides ?? [], [loadedCalendar]);
  const rows = useMemo(() => calendarRows(base, overrides), [base, overrides]);
  const inUse = useMemo(() => applyOverrides(base, overrides), [base, overrides]);

  /** Writes a change to the document; then validates again when the plan was validated. Resolves to the problems. */
  const apply = async (write: () => ReturnType<PaneStorageApi["editCalendar"]>, done: string): Promise<string[]> => {
    const saved = await session.exclusive("calendar", write);
    if (!saved) return [];
    if (!saved.ok) return saved.problems;
    setEditing(null);
    setConfirmReset(false);
    const revalidated = session.validation ? await validate() : null;
    setOutcome({ intent: "success", text: revalidated ? `${done} ${strings.calendarEditor.revalidated}` : done });
    return [];
  };
  const change = (edit: (current: CalendarOverride[]) => CalendarOverride[], done: string): void => {
    setOutcome(null);
    void apply(() => storage.editCalendar(edit), done).then((problems) => {
      if (problems.length > 0) setOutcome({ intent: "error", text: `${strings.calendarEditor.notSaved}: ${problems.join(" ")}` });
    });
  };
  /** An import is one save of all its events (so one validation after it); true when stored. */
  const importEvents = async (events: CalendarEvent[], fileName: string): Promise<boolean> => {
    setOutcome(null);
    const problems = await apply(() => storage.editCalendar((current) => overridesWithImport(base, current, events)), strings.calendarFiles.imported(events.length, fileName));
    if (problems.length > 0) setOutcome({ intent: "error", text: `${strings.calendarEditor.notSaved}: ${problems.join(" ")}` });
    return problems.length === 0;
  };
  const save = (event: CalendarEvent): Promise<string[]> => {
    setOutcome(null);
    return apply(() => storage.editCalendar((current) => upsertOverride(current, overrideFor(event, base))), strings.calendarEditor.saved(event.name));
  };

  const taken = new Set(rows.map((row) => row.event.id));
  const form = (row: CalendarRow | null) => (
    <CalendarEventForm
      heading={row ? strings.calendarEditor.formEdit(row.event.name) : strings.calendarEditor.formAdd}
      initial={row ? fieldsOf(row.event) : EMPTY_EVENT_FIELDS}
      idFor={(fields) => (row ? row.event.id : newEventId(fields, taken))}
      busy={busy}
      onSave={save}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className={styles.section} aria-labelledby="calendar-heading" data-testid="calendar-editor">
      <Subtitle2 as="h2" id="calendar-heading" className={styles.flat}>{strings.calendarEditor.heading}</Subtitle2>
      <Text as="p" block className={styles.flat}>{strings.calendarEditor.explain}</Text>
      {loadedCalendar === null ? (
        <Spinner size="small" label={strings.calendarEditor.loading} />
      ) : (
        <>
          <Text as="p" block size={200} className={styles.flat} data-testid="calendar-source">{strings.calendarEditor.sourceOf[loadedCalendar.source]}</Text>
          {loadedCalendar.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{loadedCalendar.problems.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          <SaveOutcomeBar outcome={outcome} testId="calendar-outcome" />
          <CalendarImport
            base={base}
            overrides={overrides}
            calendar={inUse}
            busy={busy}
            onImport={importEvents}
            onExported={(text, ok) => setOutcome({ intent: ok ? "success" : "error", text })}
          />
          {editing?.kind === "add" ? (
            form(null)
          ) : (
            <Button className={styles.add} icon={<AddRegular />} disabledFocusable={busy} onClick={() => setEditing({ kind: "add" })} data-testid="add-event">
              {strings.calendarEditor.add}
            </Button>
          )}
          <ul className={styles.list} aria-label={strings.calendarEditor.list}>
            {rows.map((row) => {
              const { event, origin } = row;
              if (editing?.kind === "edit" && editing.id === event.id) return <li key={event.id}>{form(row)}</li>;
              return (
                <li key={event.id} className={styles.row} data-testid={`calendar-row-${event.id}`} data-origin={origin}>
                  <div className={styles.title}>
                    <Text weight="semibold" className={origin === "hidden" ? styles.hidden : undefined}>{event.name}</Text>
                    {origin !== "shipped" && (
                      <Badge appearance="tint" color={BADGE_COLOURS[origin]} size="small">
                        {strings.calendarEditor.origin[origin]}
                      </Badge>
                    )}
                  </div>
                  <Text size={200}>{strings.calendarEditor.when(formatDateRange(event.start, event.end, event.precision), event.series)}</Text>
                  <Text size={200} className={styles.note}>{strings.calendarEditor.sourceLine(event.source)}</Text>
                  <div className={styles.actions}>
                    {origin === "hidden" ? (
                      <Button size="small" disabledFocusable={busy} aria-label={strings.calendarEditor.reset(event.name)} onClick={() => change((current) => removeOverride(current, event.id), strings.calendarEditor.resetDone(event.name))}>
                        {strings.calendarEditor.resetShort}
                      </Button>
                    ) : (
                      <>
                        <Button size="small" disabledFocusable={busy} aria-label={strings.calendarEditor.edit(event.name)} onClick={() => setEditing({ kind: "edit", id: event.id })}>
                          {strings.calendarEditor.editShort}
                        </Button>
                        <Button size="small" disabledFocusable={busy} aria-label={strings.calendarEditor.remove(event.name)} onClick={() => change((current) => deleteEvent(current, event.id, base), strings.calendarEditor.removed(event.name))}>
                          {strings.calendarEditor.removeShort}
                        </Button>
                        {origin === "changed" && (
                          <Button size="small" disabledFocusable={busy} aria-label={strings.calendarEditor.reset(event.name)} onClick={() => change((current) => removeOverride(current, event.id), strings.calendarEditor.resetDone(event.name))}>
                            {strings.calendarEditor.resetShort}
                          </Button>
                        )}
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {(overrides.length > 0 || loadedCalendar.problems.length > 0) &&
            (confirmReset ? (
              <div className={styles.actions} role="group" aria-label={strings.calendarEditor.resetAll}>
                <Text block>{strings.calendarEditor.resetAllConfirm}</Text>
                <Button
                  appearance="primary"
                  disabledFocusable={busy}
                  onClick={() => {
                    setOutcome(null);
                    void apply(() => storage.resetCalendar(), strings.calendarEditor.resetAllDone).then((problems) => {
                      if (problems.length > 0) setOutcome({ intent: "error", text: `${strings.calendarEditor.notSaved}: ${problems.join(" ")}` });
                    });
                  }}
                >
                  {strings.calendarEditor.resetAllYes}
                </Button>
                <Button onClick={() => setConfirmReset(false)}>{strings.calendarEditor.cancel}</Button>
              </div>
            ) : (
              <Button className={styles.add} disabledFocusable={busy} onClick={() => setConfirmReset(true)} data-testid="reset-calendar">
                {strings.calendarEditor.resetAll}
              </Button>
            ))}
        </>
      )}
    </section>
  );
}

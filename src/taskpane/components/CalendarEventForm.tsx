/**
 * One calendar event as a form: name, series, start and end dates, precision and source note, checked by the domain's
 * validateCalendarEvent. A field's error shows once the field is left (dates as soon as they are complete), and every
 * error on save, which is then refused with focus on the first field to correct. The save's own problems (the
 * document refused it) show under the form.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { CalendarEvent, CalendarPrecision } from "../../domain/calendar";
import { eventFieldErrors, eventFrom, hasEventErrors, type EventFields } from "../services/calendar-editor";
import { strings } from "../strings";

export interface CalendarEventFormProps {
  heading: string;
  initial: EventFields;
  /** The id the event is saved under (an edited event keeps its own; a new one gets one from its series and start). */
  idFor: (fields: EventFields) => string;
  busy: boolean;
  /** Saves the event; resolves to the problems that kept it from being saved (empty when saved). */
  onSave: (event: CalendarEvent) => Promise<string[]>;
  onCancel: () => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  dates: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  date: { flex: "1 1 120px", minWidth: "0" },
  // An input's intrinsic width (about 20 characters) would otherwise push the end date out of a 320 px pane.
  dateInput: { minWidth: "0" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const FIELD_ORDER: readonly (keyof EventFields)[] = ["name", "series", "start", "end", "precision", "source"];

export function CalendarEventForm({ heading, initial, idFor, busy, onSave, onCancel }: CalendarEventFormProps) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [fields, setFields] = useState<EventFields>(initial);
  const [left, setLeft] = useState<ReadonlySet<keyof EventFields>>(new Set());
  const [attempts, setAttempts] = useState(0);
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const errors = eventFieldErrors(eventFrom(fields, idFor(fields)));
  const submitted = attempts > 0;

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const shown = (field: keyof EventFields): string | undefined => (submitted || left.has(field) ? errors[field] : undefined);
  const leave = (field: keyof EventFields) => () => setLeft((previous) => new Set([...previous, field]));
  const set = (change: Partial<EventFields>): void => setFields((previous) => ({ ...previous, ...change }));
  const field = (name: "name" | "series" | "source", label: string, options: { placeholder?: string; hint?: string } = {}) => (
    <Field label={label} required hint={options.hint} validationState={shown(name) ? "error" : "none"} validationMessage={shown(name)}>
      <Input value={fields[name]} placeholder={options.placeholder} onChange={(_event, data) => set({ [name]: data.value })} onBlur={leave(name)} data-testid={`event-${name}`} />
    </Field>
  );
  const dateField = (name: "start" | "end", label: string) => (
    <Field className={styles.date} label={label} required validationState={shown(name) ? "error" : "none"} validationMessage={shown(name)}>
      <Input
        className={styles.dateInput}
        value={fields[name]}
        placeholder={strings.calendarEditor.datePlaceholder}
        onChange={(_event, data) => {
          set({ [name]: data.value });
          // A complete date is checked at once; an unfinished one when the field is left.
          if (/^\d{4}-\d{2}-\d{2}$/.test(data.value.trim())) leave(name)();
        }}
        onBlur={leave(name)}
        data-testid={`event-${name}`}
      />
    </Field>
  );

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setAttempts((count) => count + 1);
    setSaveProblems([]);
    if (hasEventErrors(errors)) return;
    const problems = await onSave(eventFrom(fields, idFor(fields)));
    setSaveProblems(problems);
  };

  const formError = errors.form && submitted ? errors.form : undefined;
  const blocked = submitted && FIELD_ORDER.some((name) => errors[name] !== undefined);
  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(event)} noValidate data-testid="calendar-event-form">
      <h3 className={styles.heading} ref={headingRef} tabIndex={-1}>{heading}</h3>
      {field("name", strings.calendarEditor.name, { placeholder: strings.calendarEditor.namePlaceholder })}
      {field("series", strings.calendarEditor.series, { hint: strings.calendarEditor.seriesHint })}
      <div className={styles.dates}>
        {dateField("start", strings.calendarEditor.start)}
        {dateField("end", strings.calendarEditor.end)}
      </div>
      <Field label={strings.calendarEditor.precision} validationState={shown("precision") ? "error" : "none"} validationMessage={shown("precision")}>
        <RadioGroup value={fields.precision} onChange={(_event, data) => set({ precision: data.value as CalendarPrecision })} data-testid="event-precision">
          <Radio value="day" label={strings.calendarEditor.precisions.day} />
          <Radio value="month" label={strings.calendarEditor.precisions.month} />
        </RadioGroup>
      </Field>
      {field("source", strings.calendarEditor.source, { placeholder: strings.calendarEditor.sourcePlaceholder })}
      {(blocked || formError) && (
        <MessageBar intent="error">
          <MessageBarBody>{formError ?? strings.calendarEditor.fixErrors}</MessageBarBody>
        </MessageBar>
      )}
      {saveProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="calendar-save-problems">
          <MessageBarBody>
            {strings.calendarEditor.notSaved}: {saveProblems.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy} data-testid="save-event">
          {strings.calendarEditor.save}
        </Button>
        <Button onClick={onCancel}>{strings.calendarEditor.cancel}</Button>
      </div>
    </form>
  );
}

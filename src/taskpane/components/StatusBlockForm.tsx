/**
 * The status-block form: date (default today), reporting event (calendar or free text), state, summary, references
 * and next steps, checked by the domain's validateStatusBlock. Errors show inline (a reference as soon as it is
 * left, everything on submit); a form with errors is not submitted, and focus moves to the first field to correct.
 * The preview shows the exact paragraphs that will be written.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import type { CalendarEvent } from "../../domain/calendar";
import { STATUS_STATES, renderStatusBlock, type StatusBlock, type StatusState } from "../../domain/status-block";
import { draftErrors, draftToBlock, emptyDraft, hasErrors, referenceError, type StatusBlockDraft } from "../services/status-block-draft";
import { strings } from "../strings";
import { EventPicker } from "./EventPicker";
import { ReferenceRows } from "./ReferenceRows";

export interface StatusBlockFormProps {
  today: string;
  events: readonly CalendarEvent[];
  busy: boolean;
  onSubmit: (block: StatusBlock) => void;
  /** What the form starts with (a restored draft); default: an empty form dated today. */
  initial?: StatusBlockDraft;
  /** Hears every change the person makes (not the initial form), e.g. to autosave it. */
  onDraftChange?: (draft: StatusBlockDraft) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  submit: { alignSelf: "flex-start" },
});

export function StatusBlockForm({ today, events, busy, onSubmit, initial, onDraftChange }: StatusBlockFormProps) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<StatusBlockDraft>(() => initial ?? emptyDraft(today));
  const firstDraft = useRef(draft);
  const onDraftChangeRef = useRef(onDraftChange);
  onDraftChangeRef.current = onDraftChange;
  const [attempts, setAttempts] = useState(0);
  const [leftReferences, setLeftReferences] = useState<ReadonlySet<number>>(new Set());
  const submitted = attempts > 0;
  const errors = draftErrors(draft);
  const blocked = submitted && hasErrors(errors);

  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
  useEffect(() => {
    if (draft !== firstDraft.current) onDraftChangeRef.current?.(draft);
  }, [draft]);

  const update = (change: Partial<StatusBlockDraft>): void => setDraft((previous) => ({ ...previous, ...change }));
  const shown = (message: string | undefined): string | undefined => (submitted ? message : undefined);
  const referenceErrors: Record<number, string> = {};
  draft.references.forEach((text, index) => {
    const message = submitted ? errors.references[index] : leftReferences.has(index) ? referenceError(text) : undefined;
    if (message !== undefined) referenceErrors[index] = message;
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    setAttempts((count) => count + 1);
    if (!hasErrors(errors)) onSubmit(draftToBlock(draft));
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate data-testid="status-block-form">
      <Field label={strings.statusBlock.date} required validationState={shown(errors.date) ? "error" : "none"} validationMessage={shown(errors.date)}>
        <Input value={draft.date} placeholder={strings.statusBlock.datePlaceholder} onChange={(_event, data) => update({ date: data.value })} data-testid="status-date" />
      </Field>
      <EventPicker events={events} date={draft.date} value={draft.event} error={shown(errors.event)} onChange={(value) => update({ event: value })} />
      <Field label={strings.statusBlock.state} required validationState={shown(errors.state) ? "error" : "none"} validationMessage={shown(errors.state)}>
        <Dropdown value={draft.state} selectedOptions={[draft.state]} onOptionSelect={(_event, data) => data.optionValue && update({ state: data.optionValue as StatusState })} data-testid="status-state">
          {STATUS_STATES.map((state) => (
            <Option key={state} value={state}>
              {state}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.statusBlock.summary} required={draft.state !== "No input"} validationState={shown(errors.summary) ? "error" : "none"} validationMessage={shown(errors.summary)}>
        <Textarea value={draft.summary} resize="vertical" rows={3} onChange={(_event, data) => update({ summary: data.value })} data-testid="status-summary" />
      </Field>
      <ReferenceRows
        values={draft.references}
        errors={referenceErrors}
        onChange={(references) => update({ references })}
        onBlur={(index) => setLeftReferences((previous) => new Set([...previous, index]))}
      />
      <Field label={strings.statusBlock.nextSteps} validationState={shown(errors.nextSteps) ? "error" : "none"} validationMessage={shown(errors.nextSteps)}>
        <Textarea value={draft.nextSteps} resize="vertical" rows={2} onChange={(_event, data) => update({ nextSteps: data.value })} data-testid="status-next-steps" />
      </Field>
      <div>
        <Text weight="semibold" id="status-preview-label">{strings.statusBlock.preview}</Text>
        <pre className={styles.preview} aria-labelledby="status-preview-label" data-testid="status-preview">
          {renderStatusBlock(draftToBlock(draft)).join("\n")}
        </pre>
      </div>
      {blocked && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.statusBlock.fixErrors}</MessageBarBody>
        </MessageBar>
      )}
      <Button className={styles.submit} type="submit" appearance="primary" icon={<DocumentAddRegular />} disabledFocusable={busy} data-testid="insert-status-block">
        {strings.statusBlock.submit}
      </Button>
    </form>
  );
}

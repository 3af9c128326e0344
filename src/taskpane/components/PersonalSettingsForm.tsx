/**
 * The person's own settings (kept on this computer, see storage/settings.ts): the as-of date to validate with instead
 * of today, the attention horizon, which states turn number cells red, auto-validate and the ribbon's auto-structure.
 * Saved together; a value the store refuses is shown on its field and nothing changes. Once saved, the as-of date is
 * applied, and a plan already validated is validated again with the new settings.
 */
import { useState, type FormEvent } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { RED_POLICIES, type RedPolicy } from "../../domain/colouring";
import { MAX_ATTENTION_HORIZON_DAYS, settingProblem, type PersonalSettings } from "../../storage/settings";
import type { UnwatchedReason } from "../hooks/use-auto-validate";
import type { PaneSession } from "../hooks/use-pane-session";
import type { PaneStorageApi } from "../hooks/use-pane-storage";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import { SaveOutcomeBar, type SaveOutcome } from "./SaveOutcomeBar";

export interface PersonalSettingsFormProps {
  storage: Pick<PaneStorageApi, "settings" | "saveSettings">;
  session: Pick<PaneSession, "validation" | "busy" | "setAsOf">;
  today: () => string;
  validate: (asOf?: string) => Promise<Validation | null>;
  /** Edits in the document are not noticed (below WordApi 1.5, or a plain document): said under the switch when on. */
  unwatched?: UnwatchedReason | null;
}

interface FormValues {
  asOf: string;
  horizon: string;
  redPolicy: RedPolicy;
  autoValidate: boolean;
  autoStructure: boolean;
}

function valuesOf(settings: PersonalSettings): FormValues {
  return { asOf: settings.asOfOverride ?? "", horizon: String(settings.attentionHorizonDays), redPolicy: settings.redPolicy, autoValidate: settings.autoValidate, autoStructure: settings.autoStructure };
}

/** The horizon as the store takes it: a number when the text is one, else the text (so its message quotes it). */
function horizonValue(text: string): number | string {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text.trim();
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flex: "1 1 140px", minWidth: "0" },
  submit: { alignSelf: "flex-start" },
  flat: { margin: 0 },
});


export function PersonalSettingsForm({ storage, session, today, validate, unwatched = null }: PersonalSettingsFormProps) {
  const styles = useStyles();
  const [values, setValues] = useState<FormValues>(() => valuesOf(storage.settings));
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const [saving, setSaving] = useState(false);

  const asOfProblem = values.asOf.trim() === "" ? null : settingProblem("asOfOverride", values.asOf.trim());
  const horizonProblem = settingProblem("attentionHorizonDays", horizonValue(values.horizon));
  const set = (change: Partial<FormValues>): void => setValues((previous) => ({ ...previous, ...change }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving || asOfProblem || horizonProblem) return;
    setSaving(true);
    setOutcome(null);
    try {
      const asOfOverride = values.asOf.trim() === "" ? null : values.asOf.trim();
      const update = await storage.saveSettings({
        asOfOverride,
        attentionHorizonDays: Number(values.horizon),
        redPolicy: values.redPolicy,
        autoValidate: values.autoValidate,
        autoStructure: values.autoStructure,
      });
      if (!update.ok) {
        setOutcome({ intent: "error", text: `${strings.settingsView.notSaved} ${update.problems.join(" ")}` });
        return;
      }
      const asOf = asOfOverride ?? today();
      if (session.validation && session.busy === null) {
        const validated = await validate(asOf);
        setOutcome({ intent: "success", text: validated ? strings.settingsView.savedRevalidated : strings.settingsView.saved });
      } else {
        session.setAsOf(asOf);
        setOutcome({ intent: "success", text: strings.settingsView.saved });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="personal-settings-heading" data-testid="personal-settings">
      <Subtitle2 as="h2" id="personal-settings-heading" className={styles.flat}>{strings.settingsView.personal}</Subtitle2>
      <Text as="p" block size={200} className={styles.flat}>{strings.settingsView.personalHint}</Text>
      <div className={styles.row}>
        <Field className={styles.grow} label={strings.settingsView.asOf} hint={asOfProblem ? undefined : strings.settingsView.asOfHint} validationState={asOfProblem ? "error" : "none"} validationMessage={asOfProblem ?? undefined}>
          <Input type="date" value={values.asOf} onChange={(_event, data) => set({ asOf: data.value })} data-testid="setting-as-of" />
        </Field>
        <Button onClick={() => set({ asOf: "" })} disabled={values.asOf === ""}>
          {strings.settingsView.asOfToday}
        </Button>
      </div>
      <Field label={strings.settingsView.horizon} hint={horizonProblem ? undefined : strings.settingsView.horizonHint} validationState={horizonProblem ? "error" : "none"} validationMessage={horizonProblem ?? undefined}>
        <Input type="number" min={0} max={MAX_ATTENTION_HORIZON_DAYS} value={values.horizon} onChange={(_event, data) => set({ horizon: data.value })} data-testid="setting-horizon" />
      </Field>
      <Field label={strings.settingsView.redPolicy}>
        <RadioGroup value={values.redPolicy} onChange={(_event, data) => set({ redPolicy: data.value as RedPolicy })} data-testid="setting-red-policy">
          {RED_POLICIES.map((policy) => (
            <Radio key={policy} value={policy} label={strings.settingsView.redPolicies[policy]} />
          ))}
        </RadioGroup>
      </Field>
      <Switch
        checked={values.autoValidate}
        onChange={(_event, data) => set({ autoValidate: data.checked })}
        label={strings.settingsView.autoValidate}
        aria-describedby={values.autoValidate && unwatched ? "auto-validate-unwatched" : undefined}
        data-testid="setting-auto-validate"
      />
      {values.autoValidate && unwatched && (
        <MessageBar intent="info" layout="multiline" id="auto-validate-unwatched" data-testid="auto-validate-unwatched">
          <MessageBarBody>{strings.settingsView.unwatched[unwatched].text}</MessageBarBody>
        </MessageBar>
      )}
      <Field hint={strings.settingsView.autoStructureHint}>
        <Switch checked={values.autoStructure} onChange={(_event, data) => set({ autoStructure: data.checked })} label={strings.settingsView.autoStructure} data-testid="setting-auto-structure" />
      </Field>
      <SaveOutcomeBar outcome={outcome} testId="settings-outcome" />
      <Button className={styles.submit} type="submit" appearance="primary" disabledFocusable={saving || asOfProblem !== null || horizonProblem !== null} data-testid="save-settings">
        {strings.settingsView.save}
      </Button>
    </form>
  );
}

/**
 * The as-of date and the one-click Validate button. While validation runs the button stays focusable but
 * disabled (keyboard focus is not lost) and a progress bar says which step is running.
 */
import { Button, Field, Input, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { isValidIsoDate } from "../../domain/dates";
import { VALIDATION_STEPS, type ValidationStep } from "../services/validate-document";
import { strings } from "../strings";

export interface ValidateSectionProps {
  asOf: string;
  onAsOfChange: (asOf: string) => void;
  onValidate: () => void;
  /** Another operation (or this one) is running. */
  busy: boolean;
  step: ValidationStep | null;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  date: { flexGrow: 1, minWidth: "140px" },
});

export function ValidateSection({ asOf, onAsOfChange, onValidate, busy, step }: ValidateSectionProps) {
  const styles = useStyles();
  const validDate = isValidIsoDate(asOf);
  return (
    <div>
      <div className={styles.row}>
        <Field
          className={styles.date}
          label={strings.validate.asOf}
          hint={validDate ? strings.validate.asOfHint : undefined}
          validationState={validDate ? "none" : "error"}
          validationMessage={validDate ? undefined : strings.validate.asOfInvalid}
        >
          <Input type="date" value={asOf} onChange={(_event, data) => onAsOfChange(data.value)} data-testid="as-of" />
        </Field>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabledFocusable={busy || !validDate} onClick={onValidate} data-testid="validate">
          {strings.validate.button}
        </Button>
      </div>
      {step !== null && (
        <Field validationMessage={strings.validate.steps[step]} validationState="none" aria-live="polite">
          <ProgressBar aria-label={strings.validate.progressLabel} value={(VALIDATION_STEPS.indexOf(step) + 1) / (VALIDATION_STEPS.length + 1)} />
        </Field>
      )}
    </div>
  );
}

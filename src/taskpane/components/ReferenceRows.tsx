/** The references of a status block, one input per reference, each checked against the known shapes as it is typed. */
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { strings } from "../strings";

export interface ReferenceRowsProps {
  values: string[];
  /** Errors to show, by row. */
  errors: Record<number, string>;
  onChange: (values: string[]) => void;
  onBlur: (index: number) => void;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: "0" },
  add: { alignSelf: "flex-start" },
  /** Lines the button up with the input, below the field's label. */
  remove: { marginTop: tokens.spacingVerticalXXL },
});

export function ReferenceRows({ values, errors, onChange, onBlur }: ReferenceRowsProps) {
  const styles = useStyles();
  const set = (index: number, text: string): void => onChange(values.map((value, at) => (at === index ? text : value)));
  const remove = (index: number): void => onChange(values.length === 1 ? [""] : values.filter((_value, at) => at !== index));
  return (
    <div className={styles.group} role="group" aria-labelledby="status-references-label">
      <Text id="status-references-label" weight="semibold">{strings.statusBlock.references}</Text>
      {values.map((value, index) => (
        <div key={index} className={styles.row}>
          <Field className={styles.field} label={strings.statusBlock.referenceLabel(index)} validationState={errors[index] ? "error" : "none"} validationMessage={errors[index]}>
            <Input value={value} placeholder={strings.statusBlock.referencePlaceholder} onChange={(_event, data) => set(index, data.value)} onBlur={() => onBlur(index)} data-testid={`status-reference-${index}`} />
          </Field>
          <Button appearance="subtle" icon={<DeleteRegular />} aria-label={strings.statusBlock.removeReference(index)} className={styles.remove} onClick={() => remove(index)} />
        </div>
      ))}
      <Button className={styles.add} icon={<AddRegular />} onClick={() => onChange([...values, ""])}>
        {strings.statusBlock.addReference}
      </Button>
    </div>
  );
}

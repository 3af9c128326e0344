/** "Periodic goals met" and "Completed" as check boxes; each change is written at once as the document's "√". */
import { Checkbox, Text, makeStyles } from "@fluentui/react-components";
import { strings } from "../strings";

export interface FlagsEditorProps {
  periodicMet: boolean;
  completed: boolean;
  busy: boolean;
  editable: { periodic: boolean; completed: boolean };
  onChange: (field: "periodic" | "completed", ticked: boolean) => void;
}

const useStyles = makeStyles({ flags: { display: "flex", flexDirection: "column" } });

export function FlagsEditor({ periodicMet, completed, busy, editable, onChange }: FlagsEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.flags} role="group" aria-labelledby="item-flags-label">
      <Text id="item-flags-label" weight="semibold">{strings.item.flags}</Text>
      <Checkbox label={strings.item.periodic} checked={periodicMet} disabled={busy || !editable.periodic} onChange={(_event, data) => onChange("periodic", data.checked === true)} data-testid="flag-periodic" />
      <Checkbox label={strings.item.completed} checked={completed} disabled={busy || !editable.completed} onChange={(_event, data) => onChange("completed", data.checked === true)} data-testid="flag-completed" />
    </div>
  );
}

/** What a view that shows validation results says before the first validation, with a button to run it. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "../strings";

const useStyles = makeStyles({ box: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS } });

export function NeedsValidation({ onValidate, busy }: { onValidate: () => void; busy: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Text as="p" block>{strings.needsValidation.message}</Text>
      <Button appearance="primary" disabledFocusable={busy} onClick={onValidate}>
        {strings.needsValidation.button}
      </Button>
    </div>
  );
}

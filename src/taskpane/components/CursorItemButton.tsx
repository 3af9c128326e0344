/** "Use the item at the cursor": the button, and what the last request said when it showed no item. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, TableCursorRegular } from "@fluentui/react-icons";
import type { ItemAtCursor } from "../hooks/use-item-at-cursor";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

export function CursorItemButton({ atCursor, busy }: { atCursor: ItemAtCursor; busy: boolean }) {
  const styles = useStyles();
  const { note } = atCursor;
  return (
    <div className={styles.box}>
      {/* Focusable while disabled, so keyboard users keep their place during a long operation. */}
      <Button icon={<TableCursorRegular />} disabledFocusable={busy || atCursor.looking} onClick={() => void atCursor.use()} data-testid="use-cursor-item">
        {strings.item.useCursor}
      </Button>
      {note?.kind === "info" && (
        <MessageBar intent="info" layout="multiline" data-testid="cursor-note">
          <MessageBarBody>{note.message}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={atCursor.dismissNote} />}
          />
        </MessageBar>
      )}
      {note?.kind === "error" && <ErrorBar error={note.error} onDismiss={atCursor.dismissNote} />}
    </div>
  );
}

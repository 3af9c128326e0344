/**
 * The frame of the pane's confirmation dialogs (structure, remove structure): a modal with a title, the content the
 * caller gives, a primary confirm button and Cancel. Closing it any other way (Escape) is a cancel. The dialog's
 * summary element (its id is `describedBy`) is what a screen reader reads with the title.
 */
import type { ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "../strings";

export interface ConfirmDialogProps {
  title: string;
  /** Id of the element inside `children` that summarizes what confirming does (aria-describedby). */
  describedBy: string;
  confirmLabel: string;
  /** Nothing to confirm: the confirm button is disabled. */
  disabled?: boolean;
  /** Another operation is running: the confirm button stays focusable but says it is disabled (a click is refused). */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** data-testid of the dialog's content. */
  contentTestId?: string;
  children: ReactNode;
}

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function ConfirmDialog({ title, describedBy, confirmLabel, disabled, busy, onConfirm, onCancel, contentTestId, children }: ConfirmDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={describedBy}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content} data-testid={contentTestId}>
            {children}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={disabled} disabledFocusable={busy} onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>{strings.structure.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

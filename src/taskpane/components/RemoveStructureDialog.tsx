/**
 * The confirmation before removing the structure: what goes (the add-in's content controls) and what stays (every
 * character of text, red cell shading, status blocks as text, the add-in's record in the document), as
 * src/document/word/unstructure.ts does it.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "../strings";

export interface RemoveStructureDialogProps {
  /** Items whose field cells are all wrapped now, of all items (from detection). */
  structuredItems: number;
  items: number;
  /** Another operation is running: confirming would be refused, so the button says so. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function RemoveStructureDialog({ structuredItems, items, busy, onConfirm, onCancel }: RemoveStructureDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="remove-structure-summary">
        <DialogBody>
          <DialogTitle>{strings.structure.removeDialogTitle}</DialogTitle>
          <DialogContent className={styles.content} data-testid="remove-structure-dialog">
            <Text as="p" block id="remove-structure-summary">{strings.structure.removeWhat(structuredItems, items)}</Text>
            <Text as="p" block>{strings.structure.removeColours}</Text>
            <Text as="p" block>{strings.structure.removeState}</Text>
            <Text as="p" block>{strings.structure.removeOthers}</Text>
            <Text as="p" block>{strings.structure.removeAfter}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
              {strings.structure.removeConfirm}
            </Button>
            <Button onClick={onCancel}>{strings.structure.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * The confirmation before removing the structure: what goes (the add-in's content controls) and what stays (every
 * character of text, red cell shading, status blocks as text, the add-in's record in the document), as
 * src/document/word/unstructure.ts does it.
 */
import { Text } from "@fluentui/react-components";
import { strings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";

export interface RemoveStructureDialogProps {
  /** The add-in's content controls of any kind now, what removal takes out (from detection). */
  addinControls: number;
  /** Items whose field cells are all wrapped now, of all items (from detection). */
  structuredItems: number;
  items: number;
  /** Another operation is running: confirming would be refused, so the button says so. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RemoveStructureDialog({ addinControls, structuredItems, items, busy, onConfirm, onCancel }: RemoveStructureDialogProps) {
  return (
    <ConfirmDialog
      title={strings.structure.removeDialogTitle}
      describedBy="remove-structure-summary"
      confirmLabel={strings.structure.removeConfirm}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      contentTestId="remove-structure-dialog"
    >
      <Text as="p" block id="remove-structure-summary">{strings.structure.removeWhat(addinControls, structuredItems, items)}</Text>
      <Text as="p" block>{strings.structure.removeColours}</Text>
      <Text as="p" block>{strings.structure.removeState}</Text>
      <Text as="p" block>{strings.structure.removeOthers}</Text>
      <Text as="p" block>{strings.structure.removeAfter}</Text>
    </ConfirmDialog>
  );
}

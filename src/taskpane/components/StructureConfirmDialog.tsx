/** The confirmation before structuring: what will be wrapped (per resolution) and what will be skipped. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StructurePreview } from "../services/structure-preview";
import { strings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";

export interface StructureConfirmDialogProps {
  preview: StructurePreview;
  onConfirm: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  list: { maxHeight: "30vh", overflowY: "auto", margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function StructureConfirmDialog({ preview, onConfirm, onCancel }: StructureConfirmDialogProps) {
  const styles = useStyles();
  const items = preview.resolutions.reduce((sum, resolution) => sum + resolution.items, 0);
  const nothingToDo = preview.toWrap === 0;
  return (
    <ConfirmDialog
      title={strings.structure.dialogTitle}
      describedBy="structure-preview-summary"
      confirmLabel={strings.structure.confirm}
      disabled={nothingToDo}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <div id="structure-preview-summary">
        <Text as="p" block>{nothingToDo ? strings.structure.nothingToWrap : strings.structure.willWrap(preview.toWrap, items)}</Text>
        {preview.alreadyWrapped > 0 && <Text as="p" block>{strings.structure.alreadyWrapped(preview.alreadyWrapped)}</Text>}
      </div>
      <Text weight="semibold">{strings.structure.perResolution}</Text>
      <ul className={styles.list} data-testid="structure-preview-resolutions" tabIndex={0} aria-label={strings.structure.perResolution}>
        {preview.resolutions.map((resolution) => (
          <li key={resolution.key}>{strings.structure.resolutionLine(resolution.label, resolution.items, resolution.toWrap)}</li>
        ))}
      </ul>
      {preview.skipped.length > 0 && (
        <>
          <Text weight="semibold">{strings.structure.skippedHeading(preview.skipped.length)}</Text>
          <ul className={styles.list} data-testid="structure-preview-skipped" tabIndex={0} aria-label={strings.structure.skippedHeading(preview.skipped.length)}>
            {preview.skipped.map((place, index) => (
              <li key={index}>{place.message}</li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}

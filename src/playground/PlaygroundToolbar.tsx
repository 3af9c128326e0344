/**
 * The playground's own controls, above the document: plan size, a person's red boxes, reset, and what the
 * simulator reports (round trips so far and of the last operation; where the selection is).
 */
import { Button, Checkbox, Label, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { PERSON_RED_ITEMS, PLAN_SIZES, type DocumentSettings, type PlanSize } from "./playground-document";
import { playgroundStrings as text } from "./playground-strings";
import type { SimulatorView } from "./use-simulator-view";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  field: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  readouts: { display: "flex", flexDirection: "column", marginLeft: "auto", textAlign: "right" },
});

interface PlaygroundToolbarProps {
  settings: DocumentSettings;
  view: SimulatorView;
  onOpen(settings: DocumentSettings): void;
}

function selectionText({ selection }: SimulatorView): string {
  const where = selection.cell ? text.selectionCell(selection.cell.table, selection.cell.row, selection.cell.cell) : text.selectionAtStart;
  const control = selection.controlTags[0];
  return control ? `${where}, ${text.selectionControl(control)}` : where;
}

export function PlaygroundToolbar({ settings, view, onOpen }: PlaygroundToolbarProps) {
  const styles = useStyles();
  const sizeId = useId("plan-size");
  return (
    <header className={styles.toolbar} aria-label={text.toolbar}>
      <Text weight="semibold" title={text.subtitle}>
        {text.title}
      </Text>
      <div className={styles.field}>
        <Label htmlFor={sizeId}>{text.planSize}</Label>
        <Select id={sizeId} value={String(settings.size)} onChange={(_event, data) => onOpen({ ...settings, size: Number(data.value) as PlanSize })}>
          {PLAN_SIZES.map((size) => (
            <option key={size} value={size}>
              {text.sizeOption(size)}
            </option>
          ))}
        </Select>
      </div>
      <Checkbox label={text.personRed(PERSON_RED_ITEMS)} checked={settings.personRed} onChange={(_event, data) => onOpen({ ...settings, personRed: data.checked === true })} />
      <Button icon={<ArrowResetRegular />} onClick={() => onOpen(settings)}>
        {text.reset}
      </Button>
      <div className={styles.readouts}>
        <Text data-testid="round-trips">
          {text.roundTrips(view.syncs, view.runs)}
          {view.lastRunSyncs !== null && ` (${text.lastOperation(view.lastRunSyncs)})`}
        </Text>
        <Text size={200} data-testid="selection">
          {text.selection} {selectionText(view)}
        </Text>
      </div>
    </header>
  );
}

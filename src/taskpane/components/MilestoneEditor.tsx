/**
 * Edit an item's milestone in place. While typing, the pane shows how the new text will be read (the domain's
 * interpretation against the calendar and as-of date of the last validation). An empty milestone is refused inline.
 */
import { useMemo, useState } from "react";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Calendar } from "../../domain/calendar";
import { parseMilestone } from "../../domain/milestone";
import { resolveMilestone } from "../../domain/milestone-resolution";
import { strings } from "../strings";

export interface MilestoneEditorProps {
  current: string;
  calendar: Calendar;
  asOf: string;
  busy: boolean;
  /** False when the milestone cell has no content control yet (structure first). */
  editable: boolean;
  onSave: (milestone: string) => void;
}

const useStyles = makeStyles({ editor: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS }, field: { alignSelf: "stretch" } });

export function MilestoneEditor({ current, calendar, asOf, busy, editable, onSave }: MilestoneEditorProps) {
  const styles = useStyles();
  const [value, setValue] = useState(current);
  const [tried, setTried] = useState(false);
  const empty = value.trim() === "";
  const changed = value !== current;
  const preview = useMemo(() => (changed && !empty ? resolveMilestone(parseMilestone(value), calendar, asOf).interpretation : null), [changed, empty, value, calendar, asOf]);
  const showError = empty && (tried || changed);

  const save = (): void => {
    setTried(true);
    if (empty || !changed) return;
    onSave(value.trim());
  };

  return (
    <div className={styles.editor}>
      <Field
        className={styles.field}
        label={strings.item.editMilestone}
        validationState={showError ? "error" : "none"}
        validationMessage={showError ? strings.item.milestoneEmpty : preview !== null ? strings.item.milestonePreview(preview) : undefined}
        hint={editable ? undefined : strings.item.structureFirst}
      >
        <Textarea value={value} resize="vertical" rows={2} disabled={!editable} onChange={(_event, data) => setValue(data.value)} data-testid="milestone-input" />
      </Field>
      <Button icon={<SaveRegular />} disabledFocusable={busy || !editable || !changed} onClick={save} data-testid="save-milestone">
        {strings.item.saveMilestone}
      </Button>
    </div>
  );
}

/**
 * The item view: pick an item (or arrive from a finding, or take the one at the cursor in the document), see it as
 * read and validated, select it in the document,
 * edit its milestone and flags in place (port.setField with the fingerprints of the last read), and go on to insert
 * a status block. A write that finds the document changed since the read says so and writes nothing.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { CursorClickRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { useItemAtCursor } from "../hooks/use-item-at-cursor";
import { editFieldJob } from "../../jobs/edit-item";
import { navigateJob } from "../../jobs/navigate";
import type { PaneSession } from "../hooks/use-pane-session";
import { unwrap } from "../services/job-result";
import { logError } from "../office-helpers";
import { CHECK_MARK, editableFields, itemChoices, itemDetail, itemLabel, type EditableField } from "../services/item-detail";
import { describeError, type PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { strings } from "../strings";
import { CursorItemButton } from "./CursorItemButton";
import { ErrorBar } from "./ErrorBar";
import { FlagsEditor } from "./FlagsEditor";
import { ItemDetails } from "./ItemDetails";
import { ItemPicker } from "./ItemPicker";
import { LatestStatusBlock } from "./LatestStatusBlock";
import { MilestoneEditor } from "./MilestoneEditor";
import { NeedsValidation } from "./NeedsValidation";

export interface ItemViewProps {
  port: PanePort;
  session: Pick<PaneSession, "validation" | "busy" | "selectedItemKey" | "selectItem" | "write">;
  onValidate: () => void;
  onInsertStatus: (itemKey: string) => void;
  /** Changes when the pane opened this view for the person: focus moves to the item's heading. */
  focusSignal: number;
  announce: (message: string) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

export function ItemView({ port, session, onValidate, onInsertStatus, focusSignal, announce }: ItemViewProps) {
  const styles = useStyles();
  const { validation, selectedItemKey } = session;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [saved, setSaved] = useState(false);
  const choices = useMemo(() => (validation ? itemChoices(validation) : []), [validation]);
  const detail = useMemo(() => (validation && selectedItemKey ? itemDetail(validation, selectedItemKey) : null), [validation, selectedItemKey]);
  const atCursor = useItemAtCursor({ port, session, announce });

  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    setError(null);
    setSaved(false);
  }, [selectedItemKey]);

  if (!validation) return <NeedsValidation onValidate={onValidate} busy={session.busy !== null} />;

  const write = async (field: EditableField, value: string): Promise<void> => {
    if (!detail) return;
    setError(null);
    setSaved(false);
    const outcome = await session.write("edit", "edit", async () => void unwrap(await editFieldJob(port, detail.item.key, field, value, validation.read)));
    // The success and error message bars are live regions of their own: no separate announcement.
    if (outcome.ok) setSaved(true);
    else if ("error" in outcome) setError(outcome.error);
  };

  const select = async (): Promise<void> => {
    if (!detail || !port.navigate) return;
    setError(null);
    try {
      unwrap(await navigateJob(port, { item: detail.item }));
      announce(strings.findings.selected(strings.findings.item(itemLabel(detail.item))));
    } catch (failure) {
      void logError(failure);
      setError(describeError(failure, "navigate"));
    }
  };

  const busy = session.busy !== null;
  const editable = detail ? editableFields(validation, detail.item) : null;
  return (
    <div className={styles.view}>
      <ItemPicker choices={choices} selectedKey={detail ? selectedItemKey : null} onSelect={session.selectItem} />
      {atCursor.available && <CursorItemButton atCursor={atCursor} busy={busy} />}
      {selectedItemKey === null && <Text as="p" block>{strings.item.noneSelected}</Text>}
      {selectedItemKey !== null && detail === null && <MessageBar intent="warning"><MessageBarBody>{strings.item.notFound}</MessageBarBody></MessageBar>}
      {detail && editable && (
        <>
          <h2 className={styles.heading} ref={headingRef} tabIndex={-1} data-testid="item-heading">
            {strings.titled(strings.findings.item(itemLabel(detail.item)), detail.resolutionLabel)}
          </h2>
          <div className={styles.actions}>
            {port.navigate && (
              <Button icon={<CursorClickRegular />} onClick={() => void select()}>
                {strings.item.select}
              </Button>
            )}
            <Button icon={<DocumentAddRegular />} onClick={() => onInsertStatus(detail.item.key)}>
              {strings.item.insertStatus}
            </Button>
          </div>
          {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
          {saved && <MessageBar intent="success"><MessageBarBody>{strings.item.saved}</MessageBarBody></MessageBar>}
          <ItemDetails detail={detail} />
          <section className={styles.section} aria-label={strings.item.milestone}>
            <MilestoneEditor
              key={`${detail.item.key}:${detail.item.milestoneText}`}
              current={detail.item.milestoneText}
              calendar={validation.calendar}
              asOf={validation.asOf}
              busy={busy}
              editable={editable.milestone}
              onSave={(milestone) => void write("milestone", milestone)}
            />
          </section>
          <FlagsEditor
            periodicMet={detail.item.periodicMet}
            completed={detail.item.completed}
            busy={busy}
            editable={editable}
            onChange={(field, ticked) => void write(field, ticked ? CHECK_MARK : "")}
          />
          <section className={styles.section} aria-labelledby="latest-status-heading">
            <Subtitle2 as="h3" id="latest-status-heading">{strings.item.latestStatus}</Subtitle2>
            <LatestStatusBlock block={detail.latestStatus} />
          </section>
        </>
      )}
    </div>
  );
}

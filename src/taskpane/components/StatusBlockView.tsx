/**
 * Insert a status block into the selected item's status (lazily loaded: the form and its pickers are not needed to
 * open the pane). The write goes through port.insertStatusBlock with the fingerprints of the last read.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { StatusBlock } from "../../domain/status-block";
import type { PaneSession } from "../hooks/use-pane-session";
import { itemChoices, itemDetail, itemLabel } from "../services/item-detail";
import type { PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";
import { ItemPicker } from "./ItemPicker";
import { NeedsValidation } from "./NeedsValidation";
import { StatusBlockForm } from "./StatusBlockForm";

export interface StatusBlockViewProps {
  port: PanePort;
  session: Pick<PaneSession, "validation" | "busy" | "selectedItemKey" | "selectItem" | "write">;
  today: () => string;
  onValidate: () => void;
  /** Changes when the pane opened this view for the person: focus moves to the heading. */
  focusSignal: number;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

type Outcome = { kind: "none" } | { kind: "inserted"; label: string } | { kind: "failed"; error: PaneError };

export default function StatusBlockView({ port, session, today, onValidate, focusSignal }: StatusBlockViewProps) {
  const styles = useStyles();
  const { validation, selectedItemKey } = session;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  /** A new form (empty) after each insertion. */
  const [formKey, setFormKey] = useState(0);
  const choices = useMemo(() => (validation ? itemChoices(validation) : []), [validation]);
  const detail = useMemo(() => (validation && selectedItemKey ? itemDetail(validation, selectedItemKey) : null), [validation, selectedItemKey]);

  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    if (outcome.kind !== "none") outcomeRef.current?.focus();
  }, [outcome]);

  if (!validation) return <NeedsValidation onValidate={onValidate} busy={session.busy !== null} />;

  const insert = async (block: StatusBlock): Promise<void> => {
    if (!detail) return;
    const label = itemLabel(detail.item);
    const result = await session.write("insert", "insert", () => port.insertStatusBlock({ itemKey: detail.item.key, block }, validation.read.fingerprints));
    if (result.ok) {
      setOutcome({ kind: "inserted", label });
      setFormKey((key) => key + 1);
    } else if ("error" in result) setOutcome({ kind: "failed", error: result.error });
  };

  return (
    <div className={styles.view}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1} data-testid="status-heading">
        {strings.statusBlock.heading}
      </h2>
      <ItemPicker
        choices={choices}
        selectedKey={detail ? selectedItemKey : null}
        onSelect={(key) => {
          setOutcome({ kind: "none" });
          session.selectItem(key);
        }}
      />
      {outcome.kind !== "none" && (
        <div ref={outcomeRef} tabIndex={-1}>
          {outcome.kind === "inserted" && (
            <MessageBar intent="success" data-testid="status-inserted">
              <MessageBarBody>{strings.statusBlock.inserted(outcome.label)}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.kind === "failed" && <ErrorBar error={outcome.error} onDismiss={() => setOutcome({ kind: "none" })} />}
        </div>
      )}
      {detail ? (
        <>
          <Text as="p" block weight="semibold">{strings.statusBlock.forItem(itemLabel(detail.item))}</Text>
          <StatusBlockForm key={formKey} today={today()} events={validation.calendar.events} busy={session.busy !== null} onSubmit={(block) => void insert(block)} />
        </>
      ) : (
        <Text as="p" block>{strings.statusBlock.noItem}</Text>
      )}
    </div>
  );
}

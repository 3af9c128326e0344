/**
 * One finding. Its button ("Select Item 01-02 in the document": click, Enter or Space) selects the item (or the
 * finding's place) in the document; its visible text is the item's label, so the accessible name contains what is
 * seen (WCAG 2.5.3). Around it: state and severity badges, the message, the rule's reason and the due date; a click
 * anywhere else on the row does the same as the button (a larger target for the mouse). "Details" opens the item.
 */
import type { MouseEvent } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { formatLongDate } from "../../domain/dates";
import type { FindingRow } from "../services/findings-list";
import { itemLabel } from "../services/item-detail";
import { strings } from "../strings";
import { SeverityBadge } from "./SeverityBadge";
import { StateBadge } from "./StateBadge";

export interface FindingItemProps {
  row: FindingRow;
  /** Show the resolution on the row (when the list is not grouped by resolution). */
  showResolution: boolean;
  onSelect: (row: FindingRow) => void;
  onDetails: (itemKey: string) => void;
}

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  body: { flexGrow: 1, minWidth: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  select: { minWidth: "0", fontWeight: tokens.fontWeightSemibold, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  text: { display: "block", overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalXS },
  muted: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalXS },
  details: { flexShrink: 0 },
});

/** True when the click landed on a button of the row (which handles it itself). */
function onButton(event: MouseEvent<HTMLElement>): boolean {
  return event.target instanceof Element && event.target.closest("button") !== null;
}

export function FindingItem({ row, showResolution, onSelect, onDetails }: FindingItemProps) {
  const styles = useStyles();
  const label = row.item ? strings.findings.item(itemLabel(row.item)) : row.resolutionLabel;
  const messageId = `${row.id}-message`;
  return (
    <li className={styles.row} data-testid="finding" data-item-key={row.item?.key} data-rule={row.finding.rule} onClick={(event) => !onButton(event) && onSelect(row)}>
      <div className={styles.body}>
        <span className={styles.head}>
          <Button appearance="subtle" size="small" className={styles.select} aria-label={strings.findings.select(label)} aria-describedby={messageId} onClick={() => onSelect(row)}>
            {label}
          </Button>
          {row.state && <StateBadge state={row.state} />}
          <SeverityBadge severity={row.finding.severity} />
          {showResolution && row.item && <Text size={200}>{row.resolutionLabel}</Text>}
        </span>
        <Text className={styles.text} id={messageId}>{row.finding.message}</Text>
        {row.reason !== undefined && <Text size={200} className={styles.muted}>{row.reason}</Text>}
        {row.dueDate !== null && <Text size={200} className={styles.muted}>{strings.findings.due(formatLongDate(row.dueDate))}</Text>}
      </div>
      {row.item && (
        <Button
          appearance="transparent"
          className={styles.details}
          icon={<ChevronRightRegular />}
          aria-label={strings.findings.details(label)}
          onClick={() => row.item && onDetails(row.item.key)}
          data-testid="finding-details"
        />
      )}
    </li>
  );
}

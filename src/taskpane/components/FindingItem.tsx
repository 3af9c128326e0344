/**
 * One finding: a button that selects its item (or its place) in the document — click, Enter or Space — showing the
 * item number, state, severity, the message and the rule's reason; plus "Details" for the item's detail view.
 */
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
  row: { display: "flex", alignItems: "stretch", gap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  select: {
    flexGrow: 1,
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    gap: tokens.spacingVerticalXXS,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  block: { display: "block", overflowWrap: "anywhere" },
  muted: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  details: { flexShrink: 0, alignSelf: "center" },
});

export function FindingItem({ row, showResolution, onSelect, onDetails }: FindingItemProps) {
  const styles = useStyles();
  const label = row.item ? strings.findings.item(itemLabel(row.item)) : row.resolutionLabel;
  const messageId = `${row.id}-message`;
  return (
    <li className={styles.row} data-testid="finding" data-item-key={row.item?.key} data-rule={row.finding.rule}>
      <Button appearance="subtle" className={styles.select} aria-label={strings.findings.select(label)} aria-describedby={messageId} onClick={() => onSelect(row)}>
        <span className={styles.head}>
          <Text weight="semibold">{label}</Text>
          {row.state && <StateBadge state={row.state} />}
          <SeverityBadge severity={row.finding.severity} />
          {showResolution && row.item && <Text size={200}>{row.resolutionLabel}</Text>}
        </span>
        <span className={styles.block} id={messageId}>{row.finding.message}</span>
        {row.reason !== undefined && <Text size={200} className={styles.muted}>{row.reason}</Text>}
        {row.dueDate !== null && <Text size={200} className={styles.muted}>{strings.findings.due(formatLongDate(row.dueDate))}</Text>}
      </Button>
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

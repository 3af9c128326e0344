/** An item as read and validated: action, milestone and how it is read, due dates, state and findings. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatLongDate } from "../../domain/dates";
import type { ItemDetail } from "../services/item-detail";
import { strings } from "../strings";
import { SeverityBadge } from "./SeverityBadge";
import { StateBadge } from "./StateBadge";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(72px, auto) 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ItemDetails({ detail }: { detail: ItemDetail }) {
  const styles = useStyles();
  const { item, result } = detail;
  return (
    <dl className={styles.list} data-testid="item-details">
      <dt className={styles.term}>{strings.item.state}</dt>
      <dd className={styles.value}>
        <StateBadge state={result.state} />
      </dd>
      <dt className={styles.term}>{strings.item.action}</dt>
      <dd className={styles.value}>{item.action}</dd>
      <dt className={styles.term}>{strings.item.milestone}</dt>
      <dd className={styles.value}>{item.milestoneText}</dd>
      <dt className={styles.term}>{strings.item.interpretation}</dt>
      <dd className={styles.value} data-testid="item-interpretation">{result.interpretation}</dd>
      <dt className={styles.term}>{strings.item.due}</dt>
      <dd className={styles.value}>{result.dueDates.length > 0 ? result.dueDates.map(formatLongDate).join(", ") : strings.item.noDue}</dd>
      <dt className={styles.term}>{strings.item.itemFindings}</dt>
      <dd className={styles.value}>
        {result.findings.length === 0 ? (
          <Text>{strings.item.noFindings}</Text>
        ) : (
          <ul className={styles.findings}>
            {result.findings.map((finding, index) => (
              <li key={index}>
                <SeverityBadge severity={finding.severity} /> {finding.message}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** How many items are in each state, as a small grid of numbers. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ITEM_STATES, type ItemState } from "../../domain/validation-types";
import { strings } from "../strings";
import { StateBadge } from "./StateBadge";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingVerticalS, margin: 0 },
  cell: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
});

/** Most urgent first. */
const ORDER: readonly ItemState[] = [...ITEM_STATES].reverse();

export function StateCounts({ states }: { states: Record<ItemState, number> }) {
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label={strings.counts.heading} data-testid="state-counts">
      {ORDER.map((state) => (
        <div key={state} className={styles.cell}>
          <dt>
            <StateBadge state={state} />
          </dt>
          <dd className={styles.cell} data-testid={`count-${state}`}>
            <Text weight="semibold" size={400}>{states[state]}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}

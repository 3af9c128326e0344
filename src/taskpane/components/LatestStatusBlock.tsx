/** The newest status block of an item, as text (never as HTML: document text is untrusted). */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StatusBlock } from "../../domain/status-block";
import { strings } from "../strings";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export function LatestStatusBlock({ block }: { block: StatusBlock | null }) {
  const styles = useStyles();
  if (!block) return <Text as="p" block>{strings.item.noStatus}</Text>;
  const references = block.references.length > 0 ? block.references.map((reference) => reference.text).join("; ") : strings.item.none;
  return (
    <div className={styles.block} data-testid="latest-status">
      <Text weight="semibold">{strings.item.statusHeader(block.date, block.event, block.state)}</Text>
      <Text className={styles.text}>{strings.labelled(strings.item.summary, block.summary)}</Text>
      <Text className={styles.text}>{strings.labelled(strings.item.references, references)}</Text>
      {block.nextSteps !== "" && <Text className={styles.text}>{strings.labelled(strings.item.nextSteps, block.nextSteps)}</Text>}
    </div>
  );
}

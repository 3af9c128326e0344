/**
 * One resolution's items as a stacked bar (done, on track, attention, jeopardy). The bar is an image with a text
 * alternative that gives every count; the segments have borders as well as colours, so they read without colour.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ItemState } from "../../domain/validation-types";
import type { ResolutionProgress } from "../services/resolution-progress";
import { strings } from "../strings";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(96px, auto) 1fr auto", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { display: "flex", height: "10px", borderRadius: tokens.borderRadiusMedium, overflow: "hidden", backgroundColor: tokens.colorNeutralBackground4 },
  segment: { height: "100%", boxSizing: "border-box", borderRight: `1px solid ${tokens.colorNeutralBackground1}` },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  ok: { backgroundColor: tokens.colorNeutralForeground4 },
  attention: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  jeopardy: { backgroundColor: tokens.colorPaletteRedBackground3 },
  label: { whiteSpace: "nowrap" },
});

const SEGMENTS: readonly ItemState[] = ["done", "ok", "attention", "jeopardy"];

export function ResolutionBar({ progress }: { progress: ResolutionProgress }) {
  const styles = useStyles();
  const { counts, total } = progress;
  const description = strings.progress.bar(progress.label, counts.done, counts.ok, counts.attention, counts.jeopardy, total);
  return (
    <div className={styles.row} title={progress.title}>
      <Text className={styles.label} size={200}>{progress.label}</Text>
      <div className={styles.bar} role="img" aria-label={description} data-testid={`bar-${progress.key}`}>
        {SEGMENTS.filter((state) => counts[state] > 0).map((state) => (
          <div key={state} className={mergeClasses(styles.segment, styles[state])} style={{ width: `${(100 * counts[state]) / total}%` }} data-segment={state} />
        ))}
      </div>
      <Text size={200} aria-hidden="true">{strings.progress.short(counts.done, total)}</Text>
    </div>
  );
}

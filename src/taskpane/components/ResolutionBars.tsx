/** One progress bar per resolution, in document order. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ResolutionProgress } from "../services/resolution-progress";
import { strings } from "../strings";
import { ResolutionBar } from "./ResolutionBar";

const useStyles = makeStyles({ list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

export function ResolutionBars({ resolutions }: { resolutions: ResolutionProgress[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.progress.heading}>
      {resolutions.map((progress) => (
        <li key={progress.key}>
          <ResolutionBar progress={progress} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The validation history of this document on this computer (lazily loaded): a small SVG trend of the items in
 * jeopardy, needing attention and done over the validation runs, and what changed since the validation before:
 * the items that entered or left jeopardy, each a link to the item. The chart is an image with a text alternative
 * (its aria-label) and a visually hidden table with every count; the lines differ by dash pattern and marker as
 * well as colour.
 */
import { useMemo } from "react";
import { Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatLongDate, localIsoDate } from "../../domain/dates";
import { changesSinceLastRun, trendSeries, type StateChange, type TrendPoint, type ValidationRun } from "../../domain/history";
import { strings } from "../strings";

export interface HistorySectionProps {
  /** The document's runs (any order; the store lists them newest first). */
  runs: readonly ValidationRun[];
  onOpenItem: (itemKey: string) => void;
}

const SERIES = ["jeopardy", "attention", "done"] as const;
type Series = (typeof SERIES)[number];

const WIDTH = 300;
const HEIGHT = 120;
const PAD = { left: 28, right: 10, top: 10, bottom: 22 };

const useStyles = makeStyles({
  // The positioned ancestor of the hidden table below: without it the table was placed against the whole page.
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, position: "relative" },
  chart: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: "9px", fontFamily: tokens.fontFamilyBase },
  jeopardy: { stroke: tokens.colorPaletteRedForeground1, fill: tokens.colorPaletteRedForeground1 },
  attention: { stroke: tokens.colorPaletteMarigoldForeground1, fill: tokens.colorPaletteMarigoldForeground1 },
  done: { stroke: tokens.colorPaletteGreenForeground1, fill: tokens.colorPaletteGreenForeground1 },
  line: { fill: "none", strokeWidth: 2 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // A table grows to its content whatever its width, and its unseen box made a 320 px pane scroll sideways: the fixed
  // layout keeps it as narrow as its caption.
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0, tableLayout: "fixed" },
  changes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  flat: { margin: 0 },
});

/** Dash pattern per line, so the lines differ without colour. */
const DASHES: Record<Series, string | undefined> = { jeopardy: undefined, attention: "6 3", done: "2 3" };

function Marker({ series, x, y, className }: { series: Series; x: number; y: number; className: string }) {
  if (series === "jeopardy") return <circle className={className} cx={x} cy={y} r={3} data-series={series} />;
  if (series === "attention") return <rect className={className} x={x - 3} y={y - 3} width={6} height={6} data-series={series} />;
  return <path className={className} d={`M ${x} ${y - 3.5} L ${x + 3.5} ${y + 3} L ${x - 3.5} ${y + 3} Z`} data-series={series} />;
}

/** "20 January 2022, 09:30" in the person's time zone. */
function validatedAt(iso: string): string {
  const at = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${formatLongDate(localIsoDate(at))}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function TrendChart({ points }: { points: TrendPoint[] }) {
  const styles = useStyles();
  const max = Math.max(1, ...points.flatMap((point) => SERIES.map((series) => point[series])));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number): number => PAD.left + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (count: number): number => PAD.top + plotHeight - (count * plotHeight) / max;
  const last = points.at(-1)!;
  const label = strings.history.chartLabel(points.length, formatLongDate(points[0]!.asOf), formatLongDate(last.asOf), last.jeopardy, last.attention, last.done);
  return (
    <>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="trend-chart" focusable="false">
        <line className={styles.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotHeight} />
        <line className={styles.axis} x1={PAD.left} y1={PAD.top + plotHeight} x2={WIDTH - PAD.right} y2={PAD.top + plotHeight} />
        <text className={styles.axisText} x={PAD.left - 4} y={PAD.top + 3} textAnchor="end">{max}</text>
        <text className={styles.axisText} x={PAD.left - 4} y={PAD.top + plotHeight + 3} textAnchor="end">0</text>
        <text className={styles.axisText} x={PAD.left} y={HEIGHT - 6} textAnchor="start">{points[0]!.asOf}</text>
        {points.length > 1 && <text className={styles.axisText} x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">{last.asOf}</text>}
        {SERIES.map((series) => (
          <g key={series} className={styles[series]}>
            {points.length > 1 && (
              <polyline className={styles.line} strokeDasharray={DASHES[series]} points={points.map((point, index) => `${x(index)},${y(point[series])}`).join(" ")} />
            )}
            {points.map((point, index) => (
              <Marker key={point.runId} series={series} x={x(index)} y={y(point[series])} className={styles[series]} />
            ))}
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {SERIES.map((series) => (
          <li key={series} className={styles.legendItem}>
            <svg width="22" height="10" viewBox="0 0 22 10" className={styles[series]}>
              <line className={styles.line} x1={1} y1={5} x2={21} y2={5} strokeDasharray={DASHES[series]} />
              <Marker series={series} x={11} y={5} className={styles[series]} />
            </svg>
            <Text size={200}>{strings.history.legend[series]}</Text>
          </li>
        ))}
      </ul>
      <table className={styles.visuallyHidden} data-testid="trend-table">
        <caption>{strings.history.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.history.columns.at}</th>
            <th scope="col">{strings.history.columns.asOf}</th>
            <th scope="col">{strings.history.columns.jeopardy}</th>
            <th scope="col">{strings.history.columns.attention}</th>
            <th scope="col">{strings.history.columns.done}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.runId}>
              <th scope="row">{validatedAt(point.at)}</th>
              <td>{formatLongDate(point.asOf)}</td>
              <td>{point.jeopardy}</td>
              <td>{point.attention}</td>
              <td>{point.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ChangeList({ heading, changes, onOpenItem, testId }: { heading: string; changes: StateChange[]; onOpenItem: (itemKey: string) => void; testId: string }) {
  const styles = useStyles();
  if (changes.length === 0) return null;
  const stateName = (state: StateChange["from"]): string => (state === null ? strings.history.newItem : strings.states[state]);
  return (
    <div data-testid={testId}>
      <Text weight="semibold">{heading}</Text>
      <ul className={styles.list}>
        {changes.map((change) => {
          const label = change.itemId ?? change.itemKey;
          return (
            <li key={change.itemKey}>
              {change.to === null ? (
                <Text>{strings.history.goneItem(label)}</Text>
              ) : (
                <Link as="button" onClick={() => onOpenItem(change.itemKey)}>
                  {strings.history.openItem(label)}
                </Link>
              )}{" "}
              <Text size={200}>({strings.history.stateMove(stateName(change.from), change.to === null ? "—" : strings.states[change.to])})</Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default function HistorySection({ runs, onOpenItem }: HistorySectionProps) {
  const styles = useStyles();
  const points = useMemo(() => trendSeries(runs), [runs]);
  const changes = useMemo(() => changesSinceLastRun(runs), [runs]);
  return (
    <section className={styles.section} aria-labelledby="history-heading" data-testid="history">
      <Subtitle2 as="h2" id="history-heading">{strings.history.heading}</Subtitle2>
      {points.length === 0 && <Text as="p" block>{strings.history.none}</Text>}
      {points.length > 0 && <TrendChart points={points} />}
      {points.length === 1 && <Text as="p" block>{strings.history.one}</Text>}
      {changes && (
        <div className={styles.changes} data-testid="history-changes">
          <Text as="h3" block weight="semibold" className={styles.flat}>{strings.history.changesHeading}</Text>
          <Text as="p" block size={200} className={styles.flat}>
            {strings.history.changesBetween(formatLongDate(points.at(-2)!.asOf), formatLongDate(points.at(-1)!.asOf))}
          </Text>
          {changes.enteredJeopardy.length === 0 && changes.leftJeopardy.length === 0 ? (
            <Text as="p" block className={styles.flat}>{strings.history.noChanges}</Text>
          ) : (
            <>
              <ChangeList heading={strings.history.enteredJeopardy} changes={changes.enteredJeopardy} onOpenItem={onOpenItem} testId="entered-jeopardy" />
              <ChangeList heading={strings.history.leftJeopardy} changes={changes.leftJeopardy} onOpenItem={onOpenItem} testId="left-jeopardy" />
            </>
          )}
        </div>
      )}
    </section>
  );
}

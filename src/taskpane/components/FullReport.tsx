/**
 * The full validation report, inside the pane and printable: every item of every resolution with its state, its
 * milestone as read and its findings, then the findings about the plan as a whole. Loaded lazily (rarely used).
 * Text only: document text is shown as text, never as HTML.
 */
import { useEffect, useMemo, useRef } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeftRegular, PrintRegular } from "@fluentui/react-icons";
import { formatLongDate } from "../../domain/dates";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import { StateBadge } from "./StateBadge";

export interface FullReportProps {
  validation: Validation;
  onClose: () => void;
}

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "@media print": { display: "none" } },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  cell: { textAlign: "start", verticalAlign: "top", padding: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  narrow: { width: "22%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

export default function FullReport({ validation, onClose }: FullReportProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { read, result } = validation;
  const results = useMemo(() => new Map(result.items.map((item) => [item.itemKey, item])), [result]);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <article className={styles.report} aria-labelledby="full-report-heading" data-testid="full-report">
      <div className={styles.actions}>
        <Button icon={<ArrowLeftRegular />} onClick={onClose}>
          {strings.report.back}
        </Button>
        <Button icon={<PrintRegular />} onClick={() => window.print()}>
          {strings.report.print}
        </Button>
      </div>
      <h2 className={styles.heading} id="full-report-heading" ref={headingRef} tabIndex={-1}>
        {strings.report.heading}
      </h2>
      <Text>{strings.report.asOf(formatLongDate(validation.asOf))}</Text>
      {read.plan.resolutions
        .filter((resolution) => resolution.items.length > 0)
        .map((resolution) => (
          <section key={resolution.key} aria-labelledby={`report-${resolution.key}`}>
            <h3 className={styles.subheading} id={`report-${resolution.key}`}>
              {strings.titled(strings.resolutionLabel(resolution.kind, resolution.number), resolution.title)}
            </h3>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={mergeClasses(styles.cell, styles.narrow)}>{strings.report.columns.number}</th>
                  <th className={mergeClasses(styles.cell, styles.narrow)}>{strings.report.columns.state}</th>
                  <th className={styles.cell}>{strings.report.columns.milestone}</th>
                </tr>
              </thead>
              <tbody>
                {resolution.items.map((item) => {
                  const itemResult = results.get(item.key);
                  return (
                    <tr key={item.key}>
                      <td className={styles.cell}>{item.id ?? item.proposedId ?? item.key}</td>
                      <td className={styles.cell}>{itemResult && <StateBadge state={itemResult.state} />}</td>
                      <td className={styles.cell}>
                        {itemResult?.interpretation ?? item.milestoneText}
                        {itemResult && itemResult.findings.length > 0 && (
                          <ul className={styles.list}>
                            {itemResult.findings.map((finding, index) => (
                              <li key={index}>{finding.message}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      {result.planFindings.length > 0 && (
        <section aria-labelledby="report-plan">
          <h3 className={styles.subheading} id="report-plan">
            {strings.findings.wholePlan}
          </h3>
          <ul className={styles.list}>
            {result.planFindings.map((finding, index) => (
              <li key={index}>{finding.message}</li>
            ))}
          </ul>
        </section>
      )}
      <Text size={200}>{strings.report.findingsTotal(result.items.reduce((sum, item) => sum + item.findings.length, 0) + result.planFindings.length)}</Text>
    </article>
  );
}

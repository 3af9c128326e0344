/**
 * Findings of the last validation: filtered, sorted, grouped by resolution in document order. Selecting a finding
 * selects its item (or its place) in the document through the port's navigate, when the port has one.
 */
import { useMemo, useState } from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";
import type { PaneSession } from "../hooks/use-pane-session";
import { logError } from "../office-helpers";
import { filterRows, findingRows, groupByResolution, sortRows, type FindingRow } from "../services/findings-list";
import { itemLabel } from "../services/item-detail";
import { navigateJob } from "../../jobs/navigate";
import { unwrap } from "../services/job-result";
import { describeError, type PaneError } from "../services/pane-errors";
import type { NavigateTarget } from "../../document/port";
import type { PanePort } from "../services/pane-port";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";
import { FindingItem } from "./FindingItem";
import { DOCUMENT_ORDER, FindingsFilters, type FindingsQuery } from "./FindingsFilters";
import { NeedsValidation } from "./NeedsValidation";

export interface FindingsViewProps {
  port: PanePort;
  session: Pick<PaneSession, "validation" | "busy" | "selectItem">;
  onValidate: () => void;
  onOpenItem: (itemKey: string) => void;
  onOpenReport: () => void;
  announce: (message: string) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function targetOf(row: FindingRow): NavigateTarget | null {
  if (row.item) return { item: row.item };
  return row.finding.location ? { location: row.finding.location } : null;
}

export function FindingsView({ port, session, onValidate, onOpenItem, onOpenReport, announce }: FindingsViewProps) {
  const styles = useStyles();
  const [query, setQuery] = useState<FindingsQuery>(DOCUMENT_ORDER);
  const [error, setError] = useState<PaneError | null>(null);
  const { validation } = session;
  const rows = useMemo(() => (validation ? findingRows(validation) : []), [validation]);
  const shown = useMemo(() => sortRows(filterRows(rows, query.filter), query.sort, query.direction), [rows, query]);
  const grouped = query.sort === "document";

  if (!validation) return <NeedsValidation onValidate={onValidate} busy={session.busy !== null} />;

  const select = async (row: FindingRow): Promise<void> => {
    setError(null);
    if (row.item) session.selectItem(row.item.key);
    const target = targetOf(row);
    const label = row.item ? strings.findings.item(itemLabel(row.item)) : row.resolutionLabel;
    if (!target || !port.navigate) {
      announce(target ? "" : strings.findings.cannotSelect);
      return;
    }
    try {
      unwrap(await navigateJob(port, target));
      announce(strings.findings.selected(label));
    } catch (failure) {
      void logError(failure);
      setError(describeError(failure, "navigate"));
    }
  };

  const renderRows = (list: FindingRow[]) => (
    <ul className={styles.list}>
      {list.map((row) => (
        <FindingItem key={row.id} row={row} showResolution={!grouped} onSelect={(chosen) => void select(chosen)} onDetails={onOpenItem} />
      ))}
    </ul>
  );

  return (
    <div className={styles.view}>
      <div className={styles.header}>
        <Subtitle2 as="h2">{strings.findings.heading}</Subtitle2>
        <Button icon={<OpenRegular />} onClick={onOpenReport} data-testid="open-report">
          {strings.findings.openReport}
        </Button>
      </div>
      <FindingsFilters query={query} onChange={setQuery} />
      <Text aria-live="polite" data-testid="findings-count">{strings.findings.count(shown.length, rows.length)}</Text>
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {rows.length === 0 && <Text as="p" block>{strings.findings.none}</Text>}
      {rows.length > 0 && shown.length === 0 && <Text as="p" block>{strings.findings.noneMatch}</Text>}
      {grouped ? (
        <div className={styles.groups}>
          {groupByResolution(shown).map((group, index) => (
            <section key={`${group.key}-${index}`} className={styles.group} aria-label={group.label}>
              <Subtitle2 as="h3">{group.label}</Subtitle2>
              {renderRows(group.rows)}
            </section>
          ))}
        </div>
      ) : (
        renderRows(shown)
      )}
    </div>
  );
}

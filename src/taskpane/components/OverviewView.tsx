/**
 * Overview: is this an action plan and is it structured (with "Structure this document" and "Remove structure"), the
 * as-of date and the Validate button, then the counts by state and one progress bar per resolution from the last
 * validation, and what the App adds below (the history of validations on this computer).
 */
import { useMemo, useState, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { UnwatchedReason } from "../hooks/use-auto-validate";
import type { PaneSession } from "../hooks/use-pane-session";
import type { PanePort } from "../services/pane-port";
import { resolutionProgress } from "../services/resolution-progress";
import { strings } from "../strings";
import { CalendarEndNotice } from "./CalendarEndNotice";
import { DetectionSummary } from "./DetectionSummary";
import { ErrorBar } from "./ErrorBar";
import { ResolutionBars } from "./ResolutionBars";
import { StateCounts } from "./StateCounts";
import { StructureSection } from "./StructureSection";
import { ValidateSection } from "./ValidateSection";
import { ValidationOutcome } from "./ValidationOutcome";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface OverviewViewProps {
  port: PanePort;
  session: PaneSession;
  onValidate: () => void;
  /**
   * Auto-validate is on but edits in the document are not noticed (below WordApi 1.5, or a plain document): said once
   * per reason, dismissible, next to Validate, since typing in the document will not re-validate.
   */
  autoValidateUnwatched?: UnwatchedReason | null;
  /** Opens the calendar editor (Settings), offered when the calendar ends before the as-of date; absent without storage. */
  onOpenCalendar?: () => void;
  /** Shown last, e.g. the validation history (App loads it lazily). */
  children?: ReactNode;
}

export function OverviewView({ port, session, onValidate, autoValidateUnwatched = null, onOpenCalendar, children }: OverviewViewProps) {
  const styles = useStyles();
  const [unwatchedDismissed, setUnwatchedDismissed] = useState<UnwatchedReason | null>(null);
  const { detection, validation } = session;
  const bars = useMemo(() => (validation ? resolutionProgress(validation) : []), [validation]);
  const isPlan = detection.kind === "ready" && detection.report.isActionPlan;

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-label={strings.appTitle}>
        {detection.kind === "reading" && <Spinner size="small" label={strings.loading} />}
        {detection.kind === "ready" && <DetectionSummary report={detection.report} />}
        {detection.kind === "failed" && <ErrorBar error={detection.error} action={{ label: strings.detection.retry, onClick: () => void session.redetect() }} />}
      </section>
      {isPlan && (
        <section className={styles.section} aria-labelledby="structure-heading">
          <Subtitle2 as="h2" id="structure-heading">{strings.structure.heading}</Subtitle2>
          <StructureSection port={port} session={session} report={detection.report} />
        </section>
      )}
      {isPlan && (
        <section className={styles.section} aria-labelledby="validate-heading">
          <Subtitle2 as="h2" id="validate-heading">{strings.validate.heading}</Subtitle2>
          <ValidateSection asOf={session.asOf} onAsOfChange={session.setAsOf} onValidate={onValidate} busy={session.busy !== null} step={session.step} />
          {autoValidateUnwatched && autoValidateUnwatched !== unwatchedDismissed && (
            <MessageBar intent="info" layout="multiline" data-testid="overview-auto-validate-unwatched">
              <MessageBarBody>
                <MessageBarTitle>{strings.settingsView.unwatched[autoValidateUnwatched].title}</MessageBarTitle>
                {strings.settingsView.unwatched[autoValidateUnwatched].text}
              </MessageBarBody>
              <MessageBarActions
                containerAction={<Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={() => setUnwatchedDismissed(autoValidateUnwatched)} />}
              />
            </MessageBar>
          )}
          {validation && <ValidationOutcome validation={validation} />}
          {validation && <CalendarEndNotice result={validation.result} onOpenCalendar={onOpenCalendar} />}
        </section>
      )}
      {validation && (
        <section className={styles.section} aria-labelledby="counts-heading">
          <Subtitle2 as="h2" id="counts-heading">{strings.counts.heading}</Subtitle2>
          <StateCounts states={validation.result.summary.states} />
        </section>
      )}
      {validation && bars.length > 0 && (
        <section className={styles.section} aria-labelledby="progress-heading">
          <Subtitle2 as="h2" id="progress-heading">{strings.progress.heading}</Subtitle2>
          <ResolutionBars resolutions={bars} />
        </section>
      )}
      {children}
    </div>
  );
}

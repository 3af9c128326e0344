/**
 * "Structure this document": read → preview → confirmation dialog → progress → outcome. The write itself is one
 * adapter call (structure); the session re-reads the document after it. "Remove structure" (shown while the document
 * has any of the add-in's controls, field or status-block) is the way back: confirmation → progress → outcome, one
 * adapter call (unstructure). One flow for both, so the outcome shown is always the latest operation's.
 */
import { Suspense, lazy, useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { TableDismissRegular, TableRegular } from "@fluentui/react-icons";
import type { DetectReport, StructureReport } from "../../document/port";
import { structureJob, unstructureJob } from "../../jobs/structure";
import type { PaneSession } from "../hooks/use-pane-session";
import { unwrap } from "../services/job-result";
import { logError } from "../office-helpers";
import { describeError, type PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { previewStructure, type StructurePreview } from "../services/structure-preview";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";

/** The dialog is used once per document: a chunk of its own, fetched while the preview is read. */
const loadDialog = () => import(/* webpackChunkName: "structure-dialog" */ "./StructureConfirmDialog");
const StructureConfirmDialog = lazy(() => loadDialog().then((module) => ({ default: module.StructureConfirmDialog })));
/** Same chunk as the structure dialog (same name): whoever removes the structure once structured it. */
const RemoveStructureDialog = lazy(() =>
  import(/* webpackChunkName: "structure-dialog" */ "./RemoveStructureDialog").then((module) => ({ default: module.RemoveStructureDialog })),
);

type Flow =
  | { kind: "idle" }
  | { kind: "confirming"; preview: StructurePreview }
  | { kind: "running" }
  | { kind: "done"; report: StructureReport }
  | { kind: "confirmingRemoval" }
  | { kind: "removing" }
  | { kind: "removed"; removed: number }
  | { kind: "failed"; error: PaneError };

export interface StructureSectionProps {
  port: PanePort;
  session: Pick<PaneSession, "busy" | "exclusive" | "write">;
  /**
   * What detection said: "Structure this document" is offered unless every item is structured, "Remove structure"
   * whenever the document has any of the add-in's controls — status blocks in an otherwise plain document included.
   */
  report: Pick<DetectReport, "structure" | "structuredItems" | "items" | "addinControls">;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function StructureSection({ port, session, report }: StructureSectionProps) {
  const styles = useStyles();
  const [flow, setFlow] = useState<Flow>({ kind: "idle" });
  const outcomeRef = useRef<HTMLDivElement>(null);
  /**
   * Set from a confirmation (structure or removal) until its outcome: a second click in the same tick starts nothing
   * (the session would refuse it, and its "refused" must not replace the running flow's progress).
   */
  const writing = useRef(false);
  const busy = session.busy !== null;
  /** The dialogs are not opened by a DialogTrigger: this marks the buttons that opened them, to get focus back on cancel. */
  const restoreFocusTarget = useRestoreFocusTarget();

  const openPreview = async (): Promise<void> => {
    try {
      const read = await session.exclusive("preview", async () => (await Promise.all([port.read(), loadDialog()]))[0]);
      if (read) setFlow({ kind: "confirming", preview: previewStructure(read) });
    } catch (error) {
      void logError(error);
      setFlow({ kind: "failed", error: describeError(error, "preview") });
    }
  };

  /** One confirmed write (structure or removal): its progress, the adapter call, then its outcome. */
  const runConfirmed = async <Result,>(task: "structure" | "unstructure", progress: Flow, write: () => Promise<Result>, done: (result: Result) => Flow): Promise<void> => {
    if (writing.current) return;
    writing.current = true;
    setFlow(progress);
    const ran: { result?: { value: Result } } = {};
    try {
      const outcome = await session.write(task, task, async () => {
        ran.result = { value: await write() };
      });
      if (outcome.ok && ran.result) setFlow(done(ran.result.value));
      else if (!outcome.ok && "error" in outcome) setFlow({ kind: "failed", error: outcome.error });
      else setFlow({ kind: "idle" });
    } finally {
      writing.current = false;
    }
    // The outcome replaces the button that had focus (gone once the document is plain or fully structured): move
    // focus to the outcome so keyboard users hear it.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  const confirm = (): Promise<void> => runConfirmed("structure", { kind: "running" }, async () => unwrap(await structureJob(port)).report, (report) => ({ kind: "done", report }));
  const confirmRemoval = (): Promise<void> =>
    runConfirmed("unstructure", { kind: "removing" }, async () => unwrap(await unstructureJob(port)).report.removed, (removed) => ({ kind: "removed", removed }));

  return (
    <div className={styles.section}>
      {report.structure !== "structured" && (
        <>
          <Text as="p" block>{strings.structure.explain}</Text>
          <Button className={styles.button} icon={<TableRegular />} disabledFocusable={busy} onClick={() => void openPreview()} data-testid="structure" {...restoreFocusTarget}>
            {strings.structure.button}
          </Button>
        </>
      )}
      {report.addinControls > 0 && (
        <>
          <Text as="p" block>{strings.structure.removeExplain}</Text>
          <Button className={styles.button} icon={<TableDismissRegular />} disabledFocusable={busy} onClick={() => setFlow({ kind: "confirmingRemoval" })} data-testid="remove-structure" {...restoreFocusTarget}>
            {strings.structure.removeButton}
          </Button>
        </>
      )}
      {session.busy === "preview" && <ProgressBar aria-label={strings.busy.preview} />}
      {flow.kind === "confirming" && (
        <Suspense fallback={<ProgressBar aria-label={strings.busy.preview} />}>
          <StructureConfirmDialog preview={flow.preview} onConfirm={() => void confirm()} onCancel={() => setFlow({ kind: "idle" })} />
        </Suspense>
      )}
      {flow.kind === "confirmingRemoval" && (
        <Suspense fallback={<ProgressBar aria-label={strings.loading} />}>
          <RemoveStructureDialog
            addinControls={report.addinControls}
            structuredItems={report.structuredItems}
            items={report.items}
            busy={busy}
            onConfirm={() => void confirmRemoval()}
            onCancel={() => setFlow({ kind: "idle" })}
          />
        </Suspense>
      )}
      {flow.kind === "running" && (
        <Field validationMessage={strings.structure.running} validationState="none">
          <ProgressBar aria-label={strings.structure.running} />
        </Field>
      )}
      {flow.kind === "removing" && (
        <Field validationMessage={strings.structure.removing} validationState="none">
          <ProgressBar aria-label={strings.structure.removing} />
        </Field>
      )}
      <div ref={outcomeRef} tabIndex={-1} role="status">
        {flow.kind === "done" && (
          <MessageBar intent={flow.report.skipped.length > 0 ? "warning" : "success"} layout="multiline" data-testid="structure-outcome">
            <MessageBarBody>
              <MessageBarTitle>{strings.structure.outcomeTitle}</MessageBarTitle>
              {strings.structure.outcome(flow.report.wrapped, flow.report.alreadyWrapped)}
              {flow.report.skipped.length > 0 && (
                <>
                  {" "}
                  {strings.structure.outcomeSkipped(flow.report.skipped.length)}
                  <ul className={styles.list}>
                    {flow.report.skipped.map((finding, index) => (
                      <li key={index}>{finding.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {flow.kind === "removed" && (
          <MessageBar intent="success" layout="multiline" data-testid="unstructure-outcome">
            <MessageBarBody>
              <MessageBarTitle>{strings.structure.outcomeTitle}</MessageBarTitle>
              {strings.structure.removed(flow.removed)}
            </MessageBarBody>
          </MessageBar>
        )}
        {flow.kind === "failed" && <ErrorBar error={flow.error} onDismiss={() => setFlow({ kind: "idle" })} />}
      </div>
    </div>
  );
}

/**
 * "Structure this document": read → preview → confirmation dialog → progress → outcome. The write itself is one
 * adapter call (structure); the session re-reads the document after it.
 */
import { Suspense, lazy, useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import type { StructureReport } from "../../document/port";
import type { PaneSession } from "../hooks/use-pane-session";
import { logError } from "../office-helpers";
import { describeError, type PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import { previewStructure, type StructurePreview } from "../services/structure-preview";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";

/** The dialog is used once per document: a chunk of its own, fetched while the preview is read. */
const loadDialog = () => import(/* webpackChunkName: "structure-dialog" */ "./StructureConfirmDialog");
const StructureConfirmDialog = lazy(() => loadDialog().then((module) => ({ default: module.StructureConfirmDialog })));

type Flow =
  | { kind: "idle" }
  | { kind: "confirming"; preview: StructurePreview }
  | { kind: "running" }
  | { kind: "done"; report: StructureReport }
  | { kind: "failed"; error: PaneError };

export interface StructureSectionProps {
  port: PanePort;
  session: Pick<PaneSession, "busy" | "exclusive" | "write">;
  /** The document is fully structured: only the outcome of a run (if any) is shown, not the button. */
  structured: boolean;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function StructureSection({ port, session, structured }: StructureSectionProps) {
  const styles = useStyles();
  const [flow, setFlow] = useState<Flow>({ kind: "idle" });
  const outcomeRef = useRef<HTMLDivElement>(null);

  const openPreview = async (): Promise<void> => {
    try {
      const read = await session.exclusive("preview", async () => (await Promise.all([port.read(), loadDialog()]))[0]);
      if (read) setFlow({ kind: "confirming", preview: previewStructure(read) });
    } catch (error) {
      void logError(error);
      setFlow({ kind: "failed", error: describeError(error, "preview") });
    }
  };

  const confirm = async (): Promise<void> => {
    setFlow({ kind: "running" });
    const ran: { report?: StructureReport } = {};
    const outcome = await session.write("structure", "structure", async () => {
      ran.report = await port.structure();
    });
    if (outcome.ok && ran.report) setFlow({ kind: "done", report: ran.report });
    else if (!outcome.ok && "error" in outcome) setFlow({ kind: "failed", error: outcome.error });
    else setFlow({ kind: "idle" });
    // The outcome replaces the button that had focus: move focus to the outcome so keyboard users hear it.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  return (
    <div className={styles.section}>
      {!structured && (
        <>
          <Text as="p" block>{strings.structure.explain}</Text>
          <Button className={styles.button} icon={<TableRegular />} disabledFocusable={session.busy !== null} onClick={() => void openPreview()} data-testid="structure">
            {strings.structure.button}
          </Button>
        </>
      )}
      {session.busy === "preview" && <ProgressBar aria-label={strings.busy.preview} />}
      {flow.kind === "confirming" && (
        <Suspense fallback={<ProgressBar aria-label={strings.busy.preview} />}>
          <StructureConfirmDialog preview={flow.preview} onConfirm={() => void confirm()} onCancel={() => setFlow({ kind: "idle" })} />
        </Suspense>
      )}
      {flow.kind === "running" && (
        <Field validationMessage={strings.structure.running} validationState="none">
          <ProgressBar aria-label={strings.structure.running} />
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
        {flow.kind === "failed" && <ErrorBar error={flow.error} onDismiss={() => setFlow({ kind: "idle" })} />}
      </div>
    </div>
  );
}

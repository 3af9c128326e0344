/**
 * The task pane. It talks to the document only through the DocumentPort it is given
 * (the Word adapter in Word, the simulator in tests and the playground).
 * First view: whether the open document is an action plan, its size and how far it is structured.
 */
import { useCallback, useEffect, useState } from "react";
import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title3, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DetectReport, DocumentPort } from "../document/port";
import { logError } from "./office-helpers";
import { strings } from "./strings";

export interface AppProps {
  port: DocumentPort;
  theme?: Theme;
}

type ReadState = { kind: "reading" } | { kind: "ready"; report: DetectReport } | { kind: "failed" };

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: "0" },
});

function DetectionSummary({ report }: { report: DetectReport }) {
  if (!report.isActionPlan) return <MessageBar intent="info"><MessageBarBody>{strings.detection.notAPlan}</MessageBarBody></MessageBar>;
  return (
    <section aria-label={strings.appTitle}>
      <Text as="p" weight="semibold">{strings.detection.summary(report.resolutions, report.items)}</Text>
      <Text as="p">{strings.detection.structure[report.structure]} — {strings.detection.structuredItems(report.structuredItems, report.items)}</Text>
      {report.conflictingControls > 0 && (
        <MessageBar intent="warning"><MessageBarBody>{strings.detection.conflictingControls(report.conflictingControls)}</MessageBarBody></MessageBar>
      )}
    </section>
  );
}

export function App({ port, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<ReadState>({ kind: "reading" });

  const read = useCallback(async () => {
    setState({ kind: "reading" });
    try {
      setState({ kind: "ready", report: await port.detect() });
    } catch (error) {
      void logError(error);
      setState({ kind: "failed" });
    }
  }, [port]);

  useEffect(() => {
    void read();
  }, [read]);

  return (
    <FluentProvider theme={theme}>
      <main className={styles.pane}>
        <Title3 as="h1">{strings.appTitle}</Title3>
        {state.kind === "reading" && <Spinner size="small" label={strings.loading} />}
        {state.kind === "ready" && <DetectionSummary report={state.report} />}
        {state.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
              {strings.errors.readFailed}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind !== "reading" && <Button onClick={() => void read()}>{strings.detection.retry}</Button>}
      </main>
    </FluentProvider>
  );
}

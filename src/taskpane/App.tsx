/**
 * The task pane. It talks to the document only through the port it is given, and never calls Word itself.
 *
 * Props (the services the pane receives; index.tsx wires the real ones, tests and the playground the simulator):
 * - `port`     the document (PanePort = DocumentPort + optional `navigate`): the Word adapter (WordDocument) in
 *              Word; in tests and the playground the same adapter over the Word host simulator, or a port double.
 * - `calendar` the event calendar milestones resolve against, asked for after each read (default: the shipped
 *              calendar; in Word, the calendar with the document's shared overrides).
 * - `today`    today's date as YYYY-MM-DD: the default as-of date and status-block date (default: the local date).
 * - `theme`    the Fluent theme (index.tsx maps Office's theme to webLightTheme/webDarkTheme).
 *
 * Views (a Fluent TabList): Overview (detection, structure, validate, counts, progress per resolution), Findings
 * (filter, sort, select in the document), Item (detail, edit milestone/flags), Status block (insert form). The
 * Overview is in the initial bundle; the other views and the full report are loaded lazily.
 */
import { Suspense, lazy, useCallback, useState, type ReactNode } from "react";
import { FluentProvider, Spinner, Tab, TabList, Title3, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import { defaultCalendar, type Calendar } from "../domain/calendar";
import { ErrorBar } from "./components/ErrorBar";
import { OverviewView } from "./components/OverviewView";
import { usePaneSession } from "./hooks/use-pane-session";
import { localIsoDate } from "./services/local-date";
import type { PanePort } from "./services/pane-port";
import { strings } from "./strings";

// Only the Overview is in the initial bundle (the pane opens on it); the other views, with the Fluent controls
// only they use (dropdowns, comboboxes, check boxes, text areas), are chunks prefetched after the pane has opened.
const FindingsView = lazy(() => import(/* webpackChunkName: "findings", webpackPrefetch: true */ "./components/FindingsView").then((module) => ({ default: module.FindingsView })));
const ItemView = lazy(() => import(/* webpackChunkName: "item", webpackPrefetch: true */ "./components/ItemView").then((module) => ({ default: module.ItemView })));
const StatusBlockView = lazy(() => import(/* webpackChunkName: "status-block-form", webpackPrefetch: true */ "./components/StatusBlockView"));
const FullReport = lazy(() => import(/* webpackChunkName: "full-report" */ "./components/FullReport"));

export interface AppProps {
  port: PanePort;
  calendar?: () => Calendar;
  today?: () => string;
  theme?: Theme;
}

export const PANE_TABS = ["overview", "findings", "item", "status"] as const;
export type PaneTab = (typeof PANE_TABS)[number];

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: "0", boxSizing: "border-box" },
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: "0" },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

export function App({ port, calendar = defaultCalendar, today = localIsoDate, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const session = usePaneSession({ port, calendar, today });
  const [tab, setTab] = useState<PaneTab>("overview");
  /** Views are mounted on first visit and then kept (hidden), so filters and half-filled forms survive switching. */
  const [visited, setVisited] = useState<ReadonlySet<PaneTab>>(() => new Set(["overview"]));
  const [showReport, setShowReport] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  /** Bumped when the pane opens a view for the person (e.g. "Details"): that view moves focus to its heading. */
  const [focusSignal, setFocusSignal] = useState<Record<PaneTab, number>>({ overview: 0, findings: 0, item: 0, status: 0 });

  const show = useCallback((view: PaneTab, focus = false) => {
    setTab(view);
    setVisited((previous) => (previous.has(view) ? previous : new Set([...previous, view])));
    if (focus) setFocusSignal((previous) => ({ ...previous, [view]: previous[view] + 1 }));
  }, []);

  const validate = useCallback(async () => {
    const validated = await session.validate();
    if (validated) setAnnouncement(strings.validate.announce(validated.result.summary.states.jeopardy, validated.result.summary.states.attention));
  }, [session]);

  const { selectItem } = session;
  const openItem = useCallback(
    (itemKey: string, view: "item" | "status" = "item") => {
      selectItem(itemKey);
      show(view, true);
    },
    [selectItem, show],
  );

  const onValidate = (): void => void validate();
  const panelOf = (view: PaneTab): ReactNode => {
    switch (view) {
      case "overview":
        return <OverviewView port={port} session={session} onValidate={onValidate} />;
      case "findings":
        return (
          <>
            {showReport && session.validation && (
              <Suspense fallback={<Spinner size="small" label={strings.report.loading} />}>
                <FullReport validation={session.validation} onClose={() => setShowReport(false)} />
              </Suspense>
            )}
            <div hidden={showReport && session.validation !== null}>
              <FindingsView port={port} session={session} onValidate={onValidate} onOpenItem={openItem} onOpenReport={() => setShowReport(true)} announce={setAnnouncement} />
            </div>
          </>
        );
      case "item":
        return <ItemView port={port} session={session} onValidate={onValidate} onInsertStatus={(key) => openItem(key, "status")} focusSignal={focusSignal.item} announce={setAnnouncement} />;
      case "status":
        return <StatusBlockView port={port} session={session} today={today} onValidate={onValidate} focusSignal={focusSignal.status} />;
    }
  };
  const busyLabel = session.busy === "validate" && session.step ? strings.validate.steps[session.step] : session.busy ? strings.busy[session.busy] : null;

  return (
    <FluentProvider theme={theme}>
      <main className={styles.pane}>
        <Title3 as="h1">{strings.appTitle}</Title3>
        <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_event, data) => show(data.value as PaneTab)} aria-label={strings.tabs.label}>
          {PANE_TABS.map((view) => (
            <Tab key={view} value={view} id={`tab-${view}`} aria-controls={`panel-${view}`}>
              {strings.tabs[view]}
            </Tab>
          ))}
        </TabList>
        {busyLabel !== null && !(tab === "overview" && session.busy === "validate") && <Spinner size="extra-tiny" labelPosition="after" label={busyLabel} data-testid="busy" />}
        {session.validationError && <ErrorBar error={session.validationError} onDismiss={session.dismissValidationError} />}
        {PANE_TABS.filter((view) => visited.has(view)).map((view) => (
          <div key={view} className={styles.panel} role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} hidden={view !== tab}>
            <Suspense fallback={<Spinner size="small" label={strings.loading} />}>{panelOf(view)}</Suspense>
          </div>
        ))}
        <div className={styles.visuallyHidden} role="status" aria-live="polite" data-testid="announcer">
          {announcement}
        </div>
      </main>
    </FluentProvider>
  );
}

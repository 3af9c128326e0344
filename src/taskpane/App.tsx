/**
 * The task pane. It talks to the document only through the port it is given, and never calls Word itself.
 *
 * Props (the services the pane receives; index.tsx wires the real ones, tests and the playground the simulator):
 * - `port`     the document (PanePort = DocumentPort + optional `navigate`, `watch`): the Word adapter (WordDocument) in
 *              Word; in tests and the playground the same adapter over the Word host simulator, or a port double.
 * - `calendar` the event calendar milestones resolve against when there is no storage (or it did not load), asked for
 *              after each read (default: the shipped calendar).
 * - `storage`  opens what the pane keeps beyond the document (services/pane-storage.ts): the local store (personal
 *              settings, validation history, status-block drafts; IndexedDB through Dexie, loaded lazily by index.tsx)
 *              and the calendar shared through the document (CalendarSync), read from the document for each
 *              validation. Without it the pane keeps nothing and has no settings view.
 * - `today`    today's date as YYYY-MM-DD: the default as-of date and status-block date (default: the local date).
 * - `now`      the time recorded with a validation run (default: the clock).
 * - `theme`    the Fluent theme (index.tsx maps Office's theme to webLightTheme/webDarkTheme).
 *
 * Views (a Fluent TabList): Overview (detection, structure, validate, counts, progress per resolution, history), Findings
 * (filter, sort, select in the document), Item (detail, edit milestone/flags), Status block (insert form with its
 * autosaved draft); and, from the header's settings button, Settings (personal settings and the calendar editor).
 * Every view is a chunk loaded on demand, behind a Spinner (see the chunks below): the first render needs only the
 * pane's frame, and the Overview's chunk is already on its way by then.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Title3, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import { DismissRegular, SettingsRegular } from "@fluentui/react-icons";
import type { CalendarProvider } from "../jobs/document-calendar";
import { localIsoDate } from "../domain/dates";
import { allItems } from "../domain/plan";
import { ErrorBar } from "./components/ErrorBar";
import { useAutoValidate } from "./hooks/use-auto-validate";
import { usePaneSession } from "./hooks/use-pane-session";
import { usePaneStorage } from "./hooks/use-pane-storage";
import { logError } from "./office-helpers";
import { navigateJob } from "../jobs/navigate";
import { unwrap } from "./services/job-result";
import { describeError, type PaneError } from "./services/pane-errors";
import type { PanePort } from "./services/pane-port";
import type { OpenPaneStorage } from "./services/pane-storage";
import { strings } from "./strings";
import { once, preloadWhenIdle } from "./lazy-load";

// The first render paints the pane's frame (title, tabs) and a spinner in the Overview: every view is a chunk of its
// own, with the Fluent controls only it uses. The Overview's chunk is requested as soon as this module runs, next to
// the Word adapter's (index.tsx), since both are needed once the document has been read. The others are not requested
// before the first render (a webpackPrefetch hint would be, as the entry chunk starts): once the pane has rendered and
// the browser is idle, the Findings view (the next one people open, after validating), then Item and Status block.
const loadOverview = once(() => import(/* webpackChunkName: "overview" */ "./components/OverviewView"));
const loadFindings = once(() => import(/* webpackChunkName: "findings" */ "./components/FindingsView"));
const loadItem = once(() => import(/* webpackChunkName: "item" */ "./components/ItemView"));
const loadStatusBlock = once(() => import(/* webpackChunkName: "status-block-form" */ "./components/StatusBlockPanel"));
void loadOverview();
const OverviewView = lazy(() => loadOverview().then((module) => ({ default: module.OverviewView })));
const FindingsView = lazy(() => loadFindings().then((module) => ({ default: module.FindingsView })));
const ItemView = lazy(() => loadItem().then((module) => ({ default: module.ItemView })));
const StatusBlockPanel = lazy(loadStatusBlock);
/** What is loaded after the first render, in this order, each when the browser is idle again. */
const AFTER_FIRST_RENDER = [loadFindings, loadItem, loadStatusBlock];
const FullReport = lazy(() => import(/* webpackChunkName: "full-report" */ "./components/FullReport"));
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ "./components/SettingsView"));
const HistorySection = lazy(() => import(/* webpackChunkName: "history" */ "./components/HistorySection"));

export interface AppProps {
  port: PanePort;
  calendar?: CalendarProvider;
  storage?: OpenPaneStorage;
  today?: () => string;
  now?: () => Date;
  theme?: Theme;
}

export const PANE_TABS = ["overview", "findings", "item", "status"] as const;
export type PaneTab = (typeof PANE_TABS)[number];
/** The tabs, and the settings view the header's button opens. */
export type PaneView = PaneTab | "settings";
const PANE_VIEWS: readonly PaneView[] = [...PANE_TABS, "settings"];

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: "0", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: "0" },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

/** The shipped calendar with the document's changes, loaded with the domain engine (the "word" chunk) when first asked for. */
const documentCalendar: CalendarProvider = (shared) => import(/* webpackChunkName: "word" */ "../jobs/document-calendar").then((module) => module.calendarForDocument(shared));

export function App({ port, calendar = documentCalendar, storage: openStorage, today = () => localIsoDate(new Date()), now, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const storage = usePaneStorage(openStorage, calendar, now);
  const session = usePaneSession({
    port,
    calendar: storage.calendarForValidation,
    today,
    prepare: storage.prepare,
    validationSettings: storage.validationSettings,
    onValidated: storage.recordRun,
  });
  const [tab, setTab] = useState<PaneView>("overview");
  /** Views are mounted on first visit and then kept (hidden), so filters and half-filled forms survive switching. */
  const [visited, setVisited] = useState<ReadonlySet<PaneView>>(() => new Set(["overview"]));
  const [showReport, setShowReport] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [navigationError, setNavigationError] = useState<PaneError | null>(null);
  /** Bumped when the pane opens a view for the person (e.g. "Details"): that view moves focus to its heading. */
  const [focusSignal, setFocusSignal] = useState<Record<PaneView, number>>({ overview: 0, findings: 0, item: 0, status: 0, settings: 0 });
  const settingsButton = useRef<HTMLButtonElement>(null);

  const show = useCallback((view: PaneView, focus = false) => {
    setTab(view);
    setVisited((previous) => (previous.has(view) ? previous : new Set([...previous, view])));
    if (focus) setFocusSignal((previous) => ({ ...previous, [view]: previous[view] + 1 }));
  }, []);

  const validate = useCallback(
    async (asOf?: string) => {
      const validated = await session.validate(asOf);
      if (validated) setAnnouncement(strings.validate.announce(validated.result.summary.states.jeopardy, validated.result.summary.states.attention));
      return validated;
    },
    [session],
  );

  // The personal as-of date replaces today's once the settings are read.
  const { setAsOf } = session;
  const asOfOverride = storage.status === "ready" ? storage.settings.asOfOverride : null;
  useEffect(() => {
    if (asOfOverride !== null) setAsOf(asOfOverride);
  }, [asOfOverride, setAsOf]);

  const autoValidateOn = storage.status === "ready" && storage.settings.autoValidate;
  const { unwatched } = useAutoValidate({ enabled: autoValidateOn, port, session, validate });

  const { selectItem } = session;
  const openItem = useCallback(
    (itemKey: string, view: "item" | "status" = "item") => {
      selectItem(itemKey);
      show(view, true);
    },
    [selectItem, show],
  );

  /** From the history: the item in the pane's Item view, and selected in the document when the port can. */
  const openItemInDocument = useCallback(
    async (itemKey: string) => {
      setNavigationError(null);
      openItem(itemKey);
      const item = session.validation ? allItems(session.validation.read.plan).find((candidate) => candidate.key === itemKey) : undefined;
      if (!item || !port.navigate) return;
      try {
        unwrap(await navigateJob(port, { item }));
      } catch (error) {
        void logError(error);
        setNavigationError(describeError(error, "navigate"));
      }
    },
    [openItem, port, session.validation],
  );

  // Drafts follow the document key as it becomes known (a draft saved first gives the document its key).
  const documentKeyRef = useRef(storage.documentKey);
  documentKeyRef.current = storage.documentKey;
  const { ensureDocumentKey } = storage;
  const documentKey = useMemo(() => ({ current: () => documentKeyRef.current, ensure: ensureDocumentKey }), [ensureDocumentKey]);

  // After the first render, when the browser is idle: the next views, so that opening them shows no spinner.
  useEffect(() => preloadWhenIdle(AFTER_FIRST_RENDER), []);

  const onValidate = (): void => void validate();
  const panelOf = (view: PaneView): ReactNode => {
    switch (view) {
      case "overview":
        return (
          <OverviewView
            port={port}
            session={session}
            onValidate={onValidate}
            autoValidateUnwatched={autoValidateOn ? unwatched : null}
            {...(storage.status === "ready" ? { onOpenCalendar: () => show("settings", true) } : {})}
          >
            {storage.status === "ready" && session.detection.kind === "ready" && session.detection.report.isActionPlan && (
              <Suspense fallback={null}>
                <HistorySection runs={storage.runs} onOpenItem={(itemKey) => void openItemInDocument(itemKey)} />
              </Suspense>
            )}
          </OverviewView>
        );
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
        return (
          <StatusBlockPanel port={port} session={session} today={today} onValidate={onValidate} focusSignal={focusSignal.status} store={storage.store} documentKey={documentKey} now={now} announce={setAnnouncement} />
        );
      case "settings":
        return (
          <SettingsView
            storage={storage}
            session={session}
            today={today}
            validate={validate}
            unwatched={unwatched}
            focusSignal={focusSignal.settings}
            onClose={() => {
              show("overview");
              settingsButton.current?.focus();
            }}
          />
        );
    }
  };
  const busyLabel = session.busy === "validate" && session.step ? strings.validate.steps[session.step] : session.busy ? strings.busy[session.busy] : null;

  return (
    <FluentProvider theme={theme}>
      <main className={styles.pane} data-storage={storage.status}>
        <div className={styles.header}>
          <Title3 as="h1">{strings.appTitle}</Title3>
          {openStorage && (
            <Button
              ref={settingsButton}
              appearance={tab === "settings" ? "secondary" : "subtle"}
              icon={<SettingsRegular />}
              aria-label={strings.settingsView.open}
              title={strings.settingsView.open}
              aria-pressed={tab === "settings"}
              onClick={() => (tab === "settings" ? show("overview") : show("settings", true))}
              data-testid="open-settings"
            />
          )}
        </div>
        <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_event, data) => show(data.value as PaneTab)} aria-label={strings.tabs.label}>
          {PANE_TABS.map((view) => (
            <Tab key={view} value={view} id={`tab-${view}`} aria-controls={`panel-${view}`}>
              {strings.tabs[view]}
            </Tab>
          ))}
        </TabList>
        {storage.notices.map((notice) => (
          <MessageBar key={notice.id} intent="warning" layout="multiline" data-testid={`notice-${notice.id}`}>
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label={strings.storage.dismiss} icon={<DismissRegular />} onClick={() => storage.dismissNotice(notice.id)} />}
            />
          </MessageBar>
        ))}
        {busyLabel !== null && !(tab === "overview" && session.busy === "validate") && <Spinner size="extra-tiny" labelPosition="after" label={busyLabel} data-testid="busy" />}
        {session.validationError && <ErrorBar error={session.validationError} onDismiss={session.dismissValidationError} />}
        {navigationError && <ErrorBar error={navigationError} onDismiss={() => setNavigationError(null)} />}
        {PANE_VIEWS.filter((view) => visited.has(view)).map((view) => (
          <div
            key={view}
            className={styles.panel}
            role={view === "settings" ? "region" : "tabpanel"}
            id={`panel-${view}`}
            aria-labelledby={view === "settings" ? undefined : `tab-${view}`}
            aria-label={view === "settings" ? strings.settingsView.heading : undefined}
            hidden={view !== tab}
          >
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

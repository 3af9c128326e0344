/**
 * Settings (lazily loaded, opened from the pane's header): the person's own settings, then the calendar editor.
 * Both need the pane's storage; while it opens a spinner shows, and if it could not be loaded the view says so.
 */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { UnwatchedReason } from "../hooks/use-auto-validate";
import type { PaneSession } from "../hooks/use-pane-session";
import type { PaneStorageApi } from "../hooks/use-pane-storage";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";
import { CalendarEditor } from "./CalendarEditor";
import { PersonalSettingsForm } from "./PersonalSettingsForm";

export interface SettingsViewProps {
  storage: PaneStorageApi;
  session: Pick<PaneSession, "validation" | "busy" | "setAsOf" | "exclusive">;
  today: () => string;
  validate: (asOf?: string) => Promise<Validation | null>;
  /** Edits in the document are not noticed (below WordApi 1.5, or a plain document): the auto-validate setting says so. */
  unwatched?: UnwatchedReason | null;
  /** Changes when the pane opened this view for the person: focus moves to the heading. */
  focusSignal: number;
  onClose: () => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
});

export default function SettingsView({ storage, session, today, validate, unwatched, focusSignal, onClose }: SettingsViewProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);

  return (
    <div className={styles.view}>
      <div className={styles.header}>
        <h2 className={styles.heading} ref={headingRef} tabIndex={-1} data-testid="settings-heading">
          {strings.settingsView.heading}
        </h2>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onClose}>
          {strings.settingsView.back}
        </Button>
      </div>
      {storage.status === "opening" && <Spinner size="small" label={strings.settingsView.opening} />}
      {(storage.status === "failed" || storage.status === "off") && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.settingsView.unavailable}</MessageBarBody>
        </MessageBar>
      )}
      {storage.status === "ready" && (
        <>
          <PersonalSettingsForm storage={storage} session={session} today={today} validate={validate} unwatched={unwatched} />
          <CalendarEditor storage={storage} session={session} validate={validate} />
        </>
      )}
    </div>
  );
}

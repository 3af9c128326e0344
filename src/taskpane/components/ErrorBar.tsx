/** An error as a Fluent MessageBar: what failed (title), what to do (message), and the adapter's specifics. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PaneError } from "../services/pane-errors";
import { strings } from "../strings";

export interface ErrorBarProps {
  error: PaneError;
  onDismiss?: () => void;
  /** A button that retries, e.g. "Read the document again". */
  action?: { label: string; onClick: () => void };
}

export function ErrorBar({ error, onDismiss, action }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.message}
        {error.detail !== undefined && <> {error.detail}</>}
      </MessageBarBody>
      {(onDismiss || action) && (
        <MessageBarActions
          containerAction={onDismiss && <Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
        >
          {action && <Button onClick={action.onClick}>{action.label}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

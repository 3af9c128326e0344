/**
 * The outcome of saving a form (settings, calendar edits): a message bar that takes focus each time a new outcome is
 * shown, so keyboard and screen-reader users hear it where they are.
 */
import { useEffect, useRef } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type SaveOutcome = { intent: "success" | "error"; text: string } | null;

export function SaveOutcomeBar({ outcome, testId }: { outcome: SaveOutcome; testId: string }) {
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <div ref={outcomeRef} tabIndex={-1}>
      <MessageBar intent={outcome.intent} layout="multiline" data-testid={testId}>
        <MessageBarBody>{outcome.text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

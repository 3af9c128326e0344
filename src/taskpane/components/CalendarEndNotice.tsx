/**
 * After a validation: one warning per calendar-past-end finding (docs/rules.md), next to the outcome rather than only
 * among the plan findings, because it says that some milestones were not checked at all. Its button opens the
 * calendar editor, where the later meetings can be added.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ValidationResult } from "../../domain/validation-types";
import { strings } from "../strings";

export const CALENDAR_PAST_END = "calendar-past-end";

export function CalendarEndNotice({ result, onOpenCalendar }: { result: ValidationResult; onOpenCalendar?: (() => void) | undefined }) {
  const notices = result.planFindings.filter((finding) => finding.rule === CALENDAR_PAST_END);
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((finding) => (
        <MessageBar key={finding.message} intent="warning" layout="multiline" data-testid="calendar-end-notice">
          <MessageBarBody>
            <MessageBarTitle>{strings.validate.calendarEndTitle}</MessageBarTitle>
            {finding.message}
          </MessageBarBody>
          {onOpenCalendar && (
            <MessageBarActions>
              <Button size="small" onClick={onOpenCalendar}>{strings.validate.openCalendar}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </>
  );
}

/** What the last validation did: its date, and how the document was coloured (with a warning for skipped items). */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { formatLongDate } from "../../domain/dates";
import type { Validation } from "../services/validate-document";
import { strings } from "../strings";

export function ValidationOutcome({ validation }: { validation: Validation }) {
  const { colour } = validation;
  return (
    <div data-testid="validation-outcome">
      <Text as="p" block weight="semibold">{strings.validate.validatedAsOf(formatLongDate(validation.asOf))}</Text>
      {colour && (
        <Text as="p" block>
          {strings.validate.coloured(colour.marked, colour.cleared)}
          {colour.personRedKept > 0 && <> {strings.validate.personRedKept(colour.personRedKept)}</>}
        </Text>
      )}
      {colour && colour.conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.validate.conflicts(colour.conflicts.length)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

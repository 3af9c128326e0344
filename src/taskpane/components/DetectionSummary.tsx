/** Whether the open document is an action plan, its size, and how far it is structured. */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { DetectReport } from "../../document/port";
import { strings } from "../strings";

export function DetectionSummary({ report }: { report: DetectReport }) {
  if (!report.isActionPlan) return <MessageBar intent="info"><MessageBarBody>{strings.detection.notAPlan}</MessageBarBody></MessageBar>;
  return (
    <div data-testid="detection-summary">
      <Text as="p" block weight="semibold">{strings.detection.summary(report.resolutions, report.items)}</Text>
      <Text as="p" block>{strings.detection.structure[report.structure]} — {strings.detection.structuredItems(report.structuredItems, report.items)}</Text>
      {report.conflictingControls > 0 && (
        <MessageBar intent="warning"><MessageBarBody>{strings.detection.conflictingControls(report.conflictingControls)}</MessageBarBody></MessageBar>
      )}
    </div>
  );
}

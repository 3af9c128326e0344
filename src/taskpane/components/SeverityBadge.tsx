/** A finding's severity as a badge, with an icon so that it does not depend on colour alone. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Severity } from "../../domain/finding";
import { strings } from "../strings";

const LOOK: Record<Severity, { color: BadgeProps["color"]; icon: ReactElement }> = {
  error: { color: "danger", icon: <ErrorCircleRegular /> },
  warning: { color: "warning", icon: <WarningRegular /> },
  info: { color: "informative", icon: <InfoRegular /> },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const look = LOOK[severity];
  return (
    <Badge appearance="outline" color={look.color} shape="rounded" icon={look.icon} data-severity={severity}>
      {strings.severities[severity]}
    </Badge>
  );
}

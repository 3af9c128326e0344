/** An item's state as a badge: red for jeopardy, amber for attention, green for done, neutral for on track. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { ItemState } from "../../domain/validation-types";
import { strings } from "../strings";

const COLOURS: Record<ItemState, BadgeProps["color"]> = { jeopardy: "danger", attention: "warning", ok: "informative", done: "success" };

export function StateBadge({ state }: { state: ItemState }) {
  return (
    <Badge appearance="tint" color={COLOURS[state]} shape="rounded" data-state={state}>
      {strings.states[state]}
    </Badge>
  );
}

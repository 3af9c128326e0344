/** Counts of item states per resolution, for the Overview's one bar per resolution. */
import type { ItemState } from "../../domain/validation-types";
import { strings } from "../strings";
import type { Validation } from "./validate-document";

export interface ResolutionProgress {
  key: string;
  label: string;
  title: string;
  total: number;
  counts: Record<ItemState, number>;
}

export function resolutionProgress(validation: Validation): ResolutionProgress[] {
  const byKey = new Map<string, ResolutionProgress>();
  for (const resolution of validation.read.plan.resolutions) {
    if (resolution.items.length === 0) continue;
    byKey.set(resolution.key, {
      key: resolution.key,
      label: strings.resolutionLabel(resolution.kind, resolution.number),
      title: resolution.title,
      total: 0,
      counts: { done: 0, ok: 0, attention: 0, jeopardy: 0 },
    });
  }
  for (const item of validation.result.items) {
    const entry = byKey.get(item.resolution);
    if (!entry) continue;
    entry.total += 1;
    entry.counts[item.state] += 1;
  }
  return [...byKey.values()];
}

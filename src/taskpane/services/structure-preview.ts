/**
 * What "Structure this document" will do, computed from a read before anything is written: per resolution, the
 * field cells that will be wrapped in content controls and those already wrapped, and the places that will be
 * skipped (rows the recognizer could not read, cells in conflict, items without a usable number). It applies the
 * adapters' own rules (src/document/field-cell-status.ts), so the preview says what their structure will report.
 */
import type { Finding } from "../../domain/finding";
import { UNREAD_ROW_RULES, fieldCellStatuses, statusFinding } from "../../document/field-cell-status";
import type { ReadResult } from "../../document/port";
import { strings } from "../strings";

export interface ResolutionPreview {
  key: string;
  label: string;
  items: number;
  toWrap: number;
  alreadyWrapped: number;
}

export interface StructurePreview {
  resolutions: ResolutionPreview[];
  toWrap: number;
  alreadyWrapped: number;
  /** Each with a message a person reads (and where it is). */
  skipped: Finding[];
}

export function previewStructure(read: ReadResult): StructurePreview {
  const resolutions = new Map<string, ResolutionPreview>();
  for (const resolution of read.plan.resolutions) {
    if (resolution.items.length === 0) continue;
    resolutions.set(resolution.key, { key: resolution.key, label: strings.resolutionLabel(resolution.kind, resolution.number), items: resolution.items.length, toWrap: 0, alreadyWrapped: 0 });
  }
  const skipped = read.findings.filter((finding) => UNREAD_ROW_RULES.has(finding.rule));
  for (const status of fieldCellStatuses(read.model, read.plan)) {
    const preview = resolutions.get(status.item.resolution);
    if (status.state === "wrapped") {
      if (preview) preview.alreadyWrapped += 1;
    } else if (status.state === "unwrapped" && status.expectedTag !== null) {
      if (preview) preview.toWrap += 1;
    } else {
      skipped.push(statusFinding(status));
    }
  }
  const list = [...resolutions.values()];
  return {
    resolutions: list,
    toWrap: list.reduce((sum, resolution) => sum + resolution.toWrap, 0),
    alreadyWrapped: list.reduce((sum, resolution) => sum + resolution.alreadyWrapped, 0),
    skipped,
  };
}

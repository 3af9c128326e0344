/**
 * What "Structure this document" will do, computed from a read before anything is written: per resolution, the
 * field cells that will be wrapped in content controls and those already wrapped, and what will be skipped
 * (rows the recognizer could not read, items without a usable number, cells whose control belongs elsewhere).
 * It follows the adapters' structure rules (src/document/word/structure.ts); the outcome the adapter reports
 * after the run is what counts, and the pane shows it.
 */
import type { CellAddress } from "../../domain/document-model";
import { ITEM_FIELDS, allItems, type ActionItem, type Resolution } from "../../domain/plan";
import { cellLookup } from "../../document/fingerprint";
import type { ReadResult } from "../../document/port";
import { isValidItemId, parseTag } from "../../document/tags";
import { strings } from "../strings";

/** Recognizer findings meaning "this row was not read" (the rows structure reports as skipped). */
const UNREAD_ROW_RULES: ReadonlySet<string> = new Set(["uninterpretable-row", "orphan-status-row"]);

export interface ResolutionPreview {
  key: string;
  label: string;
  items: number;
  toWrap: number;
  alreadyWrapped: number;
}

export interface SkippedPlace {
  message: string;
  location?: CellAddress;
}

export interface StructurePreview {
  resolutions: ResolutionPreview[];
  toWrap: number;
  alreadyWrapped: number;
  skipped: SkippedPlace[];
}

/** The number an item's tags carry (its own, else the proposed one), as structure decides it. */
function tagNumber(item: ActionItem): string | null {
  if (item.id && isValidItemId(item.id)) return item.id;
  if (!item.id && item.proposedId && isValidItemId(item.proposedId)) return item.proposedId;
  return null;
}

export function previewStructure(read: ReadResult): StructurePreview {
  const cellAt = cellLookup(read.model);
  const numberUse = new Map<string, number>();
  for (const item of allItems(read.plan)) {
    const number = tagNumber(item);
    if (number) numberUse.set(number, (numberUse.get(number) ?? 0) + 1);
  }
  const skipped: SkippedPlace[] = read.findings
    .filter((finding) => UNREAD_ROW_RULES.has(finding.rule))
    .map((finding) => ({ message: finding.message, ...(finding.location && { location: finding.location }) }));

  const previewOf = (resolution: Resolution): ResolutionPreview => {
    const preview: ResolutionPreview = { key: resolution.key, label: strings.resolutionLabel(resolution.kind, resolution.number), items: resolution.items.length, toWrap: 0, alreadyWrapped: 0 };
    for (const item of resolution.items) {
      const number = tagNumber(item);
      const usable = number !== null && numberUse.get(number) === 1;
      let unusable = 0;
      for (const field of ITEM_FIELDS) {
        const address = item.cells[field];
        if (!address) continue;
        const control = cellAt(address)?.control;
        if (control) {
          const tag = parseTag(control.tag);
          const own = tag?.kind === "field" && tag.field === field && tag.itemId === number;
          if (own) preview.alreadyWrapped += 1;
          else skipped.push({ message: strings.structure.conflict(item.id ?? item.key, strings.fields[field]), location: address });
        } else if (usable) preview.toWrap += 1;
        else unusable += 1;
      }
      if (unusable > 0) skipped.push({ message: strings.structure.untaggable(item.rawId.trim() || item.key), ...(item.cells.id && { location: item.cells.id }) });
    }
    return preview;
  };

  const resolutions = read.plan.resolutions.filter((resolution) => resolution.items.length > 0).map(previewOf);
  return {
    resolutions,
    toWrap: resolutions.reduce((sum, resolution) => sum + resolution.toWrap, 0),
    alreadyWrapped: resolutions.reduce((sum, resolution) => sum + resolution.alreadyWrapped, 0),
    skipped,
  };
}

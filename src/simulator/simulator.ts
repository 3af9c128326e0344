/**
 * The Word host simulator: an in-memory document loaded from a DocModel, driven through the Word JavaScript API
 * subset the adapter uses (`simulator.run` behaves as `Word.run`), with round-trip counting and fault injection.
 */
import type { CellAddress, DocModel } from "../domain/document-model";
import { CoauthorEditor } from "./coauthor";
import { ErrorCode, SimulatedOfficeError } from "./errors";
import type { ControlEventArgs } from "./events";
import { HostDocument, type SelectionModeName } from "./host-document";
import { exportModel, loadModel } from "./model-io";
import { SimOfficeSettings } from "./office-settings";
import { rangeParentCell, rangeParentControl, rangeText } from "./ranges";
import { DEFAULT_REQUIREMENT_SETS, Requirements, type RequirementSets } from "./requirements";
import { SimulatorRuntime, type SimulatorStats } from "./runtime";
import { ancestors, topLevelTableNodes, type CellNode, type ControlNode } from "./tree";

export interface SimulatorOptions {
  /** Highest version per requirement set, e.g. `{ WordApi: "1.3" }` for a host without custom XML parts or events. Default WordApi 1.5. */
  requirementSets?: RequirementSets;
  /** Paragraph separator in `text`/`value` results: "\r" (Word desktop, the default) or "\n". */
  paragraphSeparator?: "\r" | "\n";
  /** What `shadingColor` reads for a cell without shading (default ""). */
  unshadedColour?: string;
  /** `Office.onReady` / `Office.context.platform` (default "PC"). */
  platform?: "PC" | "OfficeOnline" | "Mac";
}

export interface SimulatedSelection {
  mode: SelectionModeName;
  /** Text of the selected range, paragraphs joined by "\n" ("" for a collapsed selection). */
  text: string;
  /** Tags of the content controls that are or contain the selection, innermost first. */
  controlTags: string[];
  /** The top-level table cell holding the selection, or null outside tables. */
  cell: CellAddress | null;
  /** select() calls so far. */
  count: number;
}

export interface StoredCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SimulatedWord {
  /** Behaves as `Word.run(batch)`, `Word.run(object, batch)` and `Word.run(objects, batch)`. */
  readonly run: typeof Word.run;
  /** `Office.context.requirements` of the simulated host. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  readonly platform: "PC" | "OfficeOnline" | "Mac";
  /** Round trips: total, per completed run, actions executed. Live object. */
  readonly stats: SimulatorStats;
  resetStats(): void;
  /** Runs `edit` at the start of the next sync, before its batch: a co-author changing the document between two syncs. */
  beforeNextSync(edit: (editor: CoauthorEditor) => void): void;
  /** Edits the document now, as another person would (events raised with source "Remote"). */
  edit(edit: (editor: CoauthorEditor) => void): void;
  /**
   * Calls `listener` after every round trip that reached the host and after every `edit()`, e.g. to redraw a view of
   * the document (the playground). Listeners must not throw. Returns a function that unsubscribes.
   */
  onChange(listener: () => void): () => void;
  /** Makes the next sync fail before applying anything (e.g. a lost connection). */
  failNextSync(code?: string, message?: string): void;
  /** The current document as a DocModel (see model-io.ts for how controls map). */
  exportModel(): DocModel;
  getCustomXmlParts(): StoredCustomXmlPart[];
  getSettings(): Record<string, unknown>;
  /** What `select()` last selected (initially the start of the document). */
  selection(): SimulatedSelection;
  /** Resolves when every content-control event raised so far has been delivered and its handler has settled. */
  flushEvents(): Promise<void>;
  /** Every event raised so far, whether or not a handler listened. */
  readonly raisedEvents: readonly ControlEventArgs[];
  /** Number of registered event handlers. */
  eventHandlerCount(): number;
  /** `Office.context.document.settings` (Common API) of this document; installSimulatedOffice exposes it. */
  readonly officeSettings: SimOfficeSettings;
}

export function createSimulatedWord(model: DocModel, options: SimulatorOptions = {}): SimulatedWord {
  const host = new HostDocument({ paragraphSeparator: options.paragraphSeparator ?? "\r", unshadedColour: options.unshadedColour ?? "" });
  loadModel(host, model);
  const requirements = new Requirements(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS);
  const runtime = new SimulatorRuntime(host, requirements);
  const editor = new CoauthorEditor(host);

  return {
    run: ((first: never, second?: never) => runtime.run(first, second)) as unknown as typeof Word.run,
    requirements: { isSetSupported: (name, minVersion) => requirements.isSetSupported(name, minVersion) },
    platform: options.platform ?? "PC",
    stats: runtime.stats,
    resetStats: () => runtime.resetStats(),
    beforeNextSync: (edit) => runtime.beforeNextSync(() => edit(editor)),
    edit: (edit) => {
      edit(editor);
      host.raiseEvents("Remote");
      runtime.notifyChange();
    },
    onChange: (listener) => runtime.onChange(listener),
    failNextSync: (code = ErrorCode.generalException, message = "There was an internal error while processing the request.") =>
      runtime.failNextSync(new SimulatedOfficeError(code, message, "context.sync")),
    exportModel: () => exportModel(host),
    getCustomXmlParts: () => host.customXml.list().map((part) => ({ id: part.id, namespaceUri: part.namespaceUri, xml: part.xml })),
    getSettings: () => Object.fromEntries(host.settings),
    selection: () => describeSelection(host),
    flushEvents: () => host.events.flush(),
    raisedEvents: host.events.raised,
    eventHandlerCount: () => host.events.handlerCount(),
    officeSettings: new SimOfficeSettings(host),
  };
}

function describeSelection(host: HostDocument): SimulatedSelection {
  const { range, mode } = host.selection;
  const innermost = rangeParentControl(range);
  const controls: ControlNode[] = innermost ? [innermost, ...ancestors(innermost).filter((node): node is ControlNode => node.kind === "control")] : [];
  return {
    mode,
    text: rangeText(range, "\n"),
    controlTags: controls.map((control) => control.tag),
    cell: topLevelCell(host, rangeParentCell(range)),
    count: host.selections,
  };
}

function topLevelCell(host: HostDocument, cell: CellNode | null): CellAddress | null {
  if (!cell) return null;
  const outermost = [cell, ...ancestors(cell).filter((node): node is CellNode => node.kind === "cell")].pop()!;
  const row = outermost.parent;
  const table = row?.parent;
  if (!row || !table) return null;
  return { table: topLevelTableNodes(host.root).indexOf(table), row: table.rows.indexOf(row), cell: row.cells.indexOf(outermost) };
}

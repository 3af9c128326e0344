/**
 * The document port for the live document in Word (Office.js). Every operation is one `Word.run` with a
 * fixed number of `context.sync()` calls that does not grow with the number of items:
 *   detect 1 · read 1 (+1 when the document holds the add-in's state) · structure 2 · unstructure 2 ·
 *   colour 2 · insert status block 2 · set field 2 · navigate 2 (3 by cell address, when the item has no control) · item at the cursor 1 · watch 2 to start, 1 to stop ·
 *   shared state (sharedStateAccess) read 1–2, update 2–3.
 * Writes take the fingerprints of the read they are based on and check them in their first batch.
 */
import type { SharedState } from "../shared-state";
import type { ColourMark, ColourReport, DetectReport, DocumentPort, ItemFingerprint, ReadResult, StatusBlockInsert, StructureReport, UnstructureReport } from "../port";
import { colourDocument } from "./colour";
import { detectDocument } from "./detect";
import { setItemField, type EditableField } from "./edit-field";
import { WordAdapterError } from "./errors";
import { itemAtSelection, type ItemAtSelection } from "./item-at-selection";
import { navigateTo, type NavigateResult, type NavigateTarget } from "./navigate";
import { readDocument } from "./read";
import { assertCoreSupported, detectCapabilities, type WordCapabilities } from "./requirements";
import { runInWord } from "./run";
import { WordSharedStateStore } from "./shared-state-access";
import type { StateRead } from "./shared-state-store";
import { insertStatusBlockInDocument } from "./status-block-insert";
import { structureDocument } from "./structure";
import { unstructureDocument } from "./unstructure";
import { startWatching, type WatchOptions, type WatchStart } from "./watch";

export interface WordDocumentOptions {
  /** Defaults to what Office.context.requirements reports. */
  capabilities?: WordCapabilities;
  /** Random source for status-block ids (tests pass a fixed one). */
  random?: () => number;
}

export class WordDocument implements DocumentPort {
  readonly capabilities: WordCapabilities;
  private readonly random: () => number;
  /** The shared state as of this adapter's last read or colour: where it lives and what it said. */
  private lastState: StateRead | null = null;
  private stateAccess: WordSharedStateStore | null = null;

  constructor(options: WordDocumentOptions = {}) {
    this.capabilities = options.capabilities ?? detectCapabilities();
    this.random = options.random ?? Math.random;
  }

  async detect(): Promise<DetectReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => detectDocument(context));
  }

  async read(): Promise<ReadResult> {
    assertCoreSupported(this.capabilities);
    const read = await runInWord((context) => readDocument(context, this.capabilities));
    this.lastState = read.state;
    return read.result;
  }

  async structure(): Promise<StructureReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => structureDocument(context));
  }

  async unstructure(): Promise<UnstructureReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => unstructureDocument(context));
  }

  async colour(marks: ColourMark[], basis: ItemFingerprint[]): Promise<ColourReport> {
    assertCoreSupported(this.capabilities);
    const lastState = this.lastState;
    if (!lastState) throw new WordAdapterError("NoRead", "Read the plan before colouring it: colours are applied against a read.");
    const result = await runInWord((context) => colourDocument(context, marks, basis, lastState));
    this.lastState = result.state;
    return result.report;
  }

  async insertStatusBlock(request: StatusBlockInsert, basis: ItemFingerprint[]): Promise<void> {
    assertCoreSupported(this.capabilities);
    await runInWord((context) => insertStatusBlockInDocument(context, request, basis, this.random));
  }

  async setField(itemKey: string, field: EditableField, value: string, basis: ItemFingerprint[]): Promise<void> {
    assertCoreSupported(this.capabilities);
    await runInWord((context) => setItemField(context, itemKey, field, value, basis));
  }

  async navigate(target: NavigateTarget): Promise<NavigateResult> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => navigateTo(context, target));
  }

  /** The action item the cursor is in (its number, and whether a control's tag or the table row said so), or null. */
  async itemAtSelection(): Promise<ItemAtSelection | null> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => itemAtSelection(context));
  }

  async watch(options: WatchOptions): Promise<WatchStart> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => startWatching(context, this.capabilities, options));
  }

  /** The shared state as last read or written (null before the first read). */
  sharedState(): SharedState | null {
    return this.lastState?.state ?? null;
  }

  /**
   * Read and update of the shared state (document key, calendar overrides) on their own, for storage's CalendarSync
   * (see shared-state-access.ts). What it writes becomes this adapter's last known state, so a colour after it
   * writes to the same place (e.g. the part it just created) instead of refusing as if a co-author had added one.
   */
  sharedStateAccess(): WordSharedStateStore {
    this.stateAccess ??= new WordSharedStateStore({
      capabilities: this.capabilities,
      onWritten: (written) => {
        if (this.lastState) this.lastState = written;
      },
    });
    return this.stateAccess;
  }
}

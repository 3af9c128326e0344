/**
 * The document port for the live document in Word (Office.js). Every operation is one `Word.run` with a
 * fixed number of `context.sync()` calls that does not grow with the number of items:
 *   detect 1 · read 1 (+1 when the document holds the add-in's state) · structure 2 · unstructure 2 ·
 *   colour 2 · insert status block 2 · set field 2 · navigate 2 (3 by cell address, when the item has no control) · item at the cursor 1 · watch 2 to start, 1 to stop ·
 *   shared state (sharedStateAccess) read 1–2, update 2–3.
 * Writes take the read they are based on (its fingerprints; colour also its shared state's location) and check it in
 * their first batch. The adapter keeps no state between operations but the session's shared state where the
 * document can hold none.
 */
import type {
  ColourMark,
  ColourReport,
  DetectReport,
  DocumentCapabilities,
  DocumentPort,
  ItemAtSelection,
  ItemFingerprint,
  NavigateResult,
  NavigateTarget,
  ReadBasis,
  ReadResult,
  StatusBlockInsert,
  StructureReport,
  UnstructureReport,
  WatchOptions,
  WatchStart,
} from "../port";
import { colourDocument } from "./colour";
import { detectDocument } from "./detect";
import type { EditableField } from "../field-value";
import { setItemField } from "./edit-field";
import { itemAtSelection } from "./item-at-selection";
import { navigateTo } from "./navigate";
import { readDocument } from "./read";
import { assertCoreSupported, detectCapabilities, type WordCapabilities } from "./requirements";
import { runInWord } from "./run";
import { WordSharedStateStore } from "./shared-state-access";
import { insertStatusBlockInDocument } from "./status-block-insert";
import { structureDocument } from "./structure";
import { unstructureDocument } from "./unstructure";
import { startWatching } from "./watch";

export interface WordDocumentOptions {
  /** Defaults to what Office.context.requirements reports. */
  capabilities?: WordCapabilities;
  /** Random source for status-block ids (tests pass a fixed one). */
  random?: () => number;
}

export class WordDocument implements DocumentPort, DocumentCapabilities {
  readonly capabilities: WordCapabilities;
  private readonly random: () => number;
  /** The shared state's own read and update; also holds the state of this session when the document can keep none. */
  private readonly stateStore: WordSharedStateStore;

  constructor(options: WordDocumentOptions = {}) {
    this.capabilities = options.capabilities ?? detectCapabilities();
    this.random = options.random ?? Math.random;
    this.stateStore = new WordSharedStateStore({ capabilities: this.capabilities });
  }

  async detect(): Promise<DetectReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => detectDocument(context));
  }

  async read(): Promise<ReadResult> {
    assertCoreSupported(this.capabilities);
    const { result } = await runInWord((context) => readDocument(context, this.capabilities));
    if (result.sharedState.location.kind !== "session") return result;
    return { ...result, sharedState: { ...result.sharedState, state: this.stateStore.sessionSnapshot() } };
  }

  async structure(): Promise<StructureReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => structureDocument(context));
  }

  async unstructure(): Promise<UnstructureReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => unstructureDocument(context));
  }

  async colour(marks: ColourMark[], basis: ReadBasis): Promise<ColourReport> {
    assertCoreSupported(this.capabilities);
    return await runInWord((context) => colourDocument(context, marks, basis));
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

  /** Read and update of the shared state (document key, calendar overrides) on their own, for storage's CalendarSync (see shared-state-access.ts). */
  sharedStateAccess(): WordSharedStateStore {
    return this.stateStore;
  }
}

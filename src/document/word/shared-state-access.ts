/**
 * The Word adapter's access to the add-in's shared document state (storage's SharedStateAccess): where the
 * document key and the calendar overrides co-authors share are read and written. It goes through the
 * shared-state store (shared-state-store.ts), so it uses the same places as colouring:
 * - WordApi 1.4 and later: the custom XML part urn:action-plan-addin:state.
 *     read   1 sync (2 when the document holds the part: probe, then its XML);
 *     update 2 syncs (3 when the part exists: probe, XML, write). The part is read again in the update's own
 *            batches, so a co-author's change since an earlier read is kept; the write keeps every field
 *            `mutate` does not change (the red marks among them).
 * - below 1.4: the document settings (no Word round trip; saveAsync stores them in the document);
 * - without either: this session only (kept in this object, so the pane still has one key while it is open).
 * `mutate` throwing (or state in the document that cannot be read) writes nothing; the update rejects with
 * mutate's own error, unchanged, so a caller can tell its refusal from Word failing.
 */
import type { SharedStateAccess } from "../port";
import { emptySharedState, type SharedState } from "../shared-state";
import type { WordCapabilities } from "./requirements";
import { runInWord } from "./run";
import { finishStateRead, queueStateProbe, queueStateWrite, queueStateXml, readFallbackState, settingsAvailable, type PendingState, type StateRead } from "./shared-state-store";

export interface SharedStateAccessOptions {
  capabilities: Pick<WordCapabilities, "customXmlParts">;
}

/** mutate's own error, carried out of Word.run so that runInWord does not turn it into a Word failure. */
class MutateRejected {
  constructor(readonly error: unknown) {}
}

export class WordSharedStateStore implements SharedStateAccess {
  private readonly capabilities: Pick<WordCapabilities, "customXmlParts">;
  /** The state when the document can hold none (no custom XML parts, no settings): this session only. */
  private sessionState: SharedState = emptySharedState();

  constructor(options: SharedStateAccessOptions) {
    this.capabilities = options.capabilities;
  }

  async read(): Promise<SharedState> {
    const read = await this.readWithLocation();
    if (read.error) throw read.error;
    return read.state;
  }

  async update(mutate: (state: SharedState) => SharedState): Promise<void> {
    const outcome = this.capabilities.customXmlParts ? await this.updatePart(mutate) : await this.updateFallback(mutate);
    if (outcome instanceof MutateRejected) throw outcome.error;
  }

  /** The state kept for this session when the document can hold none (what a read of the document then stands on). */
  sessionSnapshot(): SharedState {
    return copyState(this.sessionState);
  }

  private async readWithLocation(): Promise<StateRead> {
    if (this.capabilities.customXmlParts) {
      return await runInWord(async (context) => {
        const probe = queueStateProbe(context);
        await context.sync();
        const pending = queueStateXml(probe);
        if (pending) await context.sync();
        return finishStateRead(probe, pending);
      });
    }
    const fallback = readFallbackState();
    return fallback.location.kind === "session" ? { ...fallback, state: copyState(this.sessionState) } : fallback;
  }

  private async updatePart(mutate: (state: SharedState) => SharedState): Promise<StateRead | MutateRejected> {
    return await runInWord(async (context) => {
      const probe = queueStateProbe(context);
      await context.sync();
      const xml = queueStateXml(probe);
      if (xml) await context.sync();
      const current = finishStateRead(probe, xml);
      if (current.error) throw current.error;
      let next: SharedState;
      try {
        next = mutate(current.state);
      } catch (error) {
        return new MutateRejected(error);
      }
      // The part just read (the first when a document holds copies, as reading uses the first), else a new one.
      const pending: PendingState = { location: current.location, part: probe.items[0] ?? null, xml: null, probe: null };
      const write = queueStateWrite(context, pending, next);
      await context.sync();
      return { state: next, location: await write.finish(), findings: [] };
    });
  }

  private async updateFallback(mutate: (state: SharedState) => SharedState): Promise<StateRead | MutateRejected> {
    const current = readFallbackState();
    if (current.error) throw current.error;
    const state = current.location.kind === "session" ? copyState(this.sessionState) : current.state;
    let next: SharedState;
    try {
      next = mutate(state);
    } catch (error) {
      return new MutateRejected(error);
    }
    if (current.location.kind === "session" || !settingsAvailable()) {
      this.sessionState = copyState(next);
      return { state: next, location: { kind: "session" }, findings: [] };
    }
    // The settings write needs no Word round trip: Word.run only gives it the adapter's error handling.
    const location = await runInWord(async (context) => {
      const write = queueStateWrite(context, { location: current.location, part: null, xml: null, probe: null }, next);
      return await write.finish();
    });
    return { state: next, location, findings: [] };
  }
}

function copyState(state: SharedState): SharedState {
  return { ...state, redMarks: state.redMarks.map((mark) => ({ ...mark })) };
}

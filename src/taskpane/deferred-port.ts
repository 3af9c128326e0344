/**
 * A document port whose adapter is still loading: every call waits for it, then goes to it unchanged. index.tsx hands
 * this to the pane so that the Word adapter and the domain engine (a chunk of their own) load while the pane paints
 * its first view, instead of before it; the first call (detection) simply waits for the chunk, already on its way.
 * A failed load rejects every call with the loader's error, which the pane shows like any other failure.
 */
import type { PanePort } from "./services/pane-port";

/** A port with every optional part the pane can use (the Word adapter has them all). */
export type CompletePanePort = Required<PanePort>;

export function deferredPort(loading: Promise<CompletePanePort>): CompletePanePort {
  const when = <T>(call: (port: CompletePanePort) => Promise<T>): Promise<T> => loading.then(call);
  return {
    detect: () => when((port) => port.detect()),
    read: () => when((port) => port.read()),
    structure: () => when((port) => port.structure()),
    unstructure: () => when((port) => port.unstructure()),
    colour: (marks, basis) => when((port) => port.colour(marks, basis)),
    insertStatusBlock: (request, basis) => when((port) => port.insertStatusBlock(request, basis)),
    setField: (itemKey, field, value, basis) => when((port) => port.setField(itemKey, field, value, basis)),
    navigate: (target) => when((port) => port.navigate(target)),
    itemAtSelection: () => when((port) => port.itemAtSelection()),
    watch: (options) => when((port) => port.watch(options)),
    sharedStateAccess: () => ({
      read: () => when((port) => port.sharedStateAccess().read()),
      update: (mutate) => when((port) => port.sharedStateAccess().update(mutate)),
    }),
  };
}

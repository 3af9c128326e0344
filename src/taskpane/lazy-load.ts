/** Small helpers for the pane's chunks loaded on demand (App.tsx). */

/**
 * The first call's promise, kept: a chunk is requested once, whoever asks first (a preload or React.lazy). A load that
 * failed is forgotten, so that the next call (opening the view) tries again instead of failing for good.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/**
 * Runs `task` when the browser is idle (requestIdleCallback, else after a short timeout where it is missing, as in
 * older WebKit); returns what cancels it, for an effect's cleanup.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

/**
 * Loads each chunk in turn, each when the browser is idle again after the previous one (a failed load is skipped:
 * the view tries again when opened); returns what stops the rest, for an effect's cleanup.
 */
export function preloadWhenIdle(loads: ReadonlyArray<() => Promise<unknown>>): () => void {
  let cancel: () => void = () => undefined;
  let stopped = false;
  const next = (index: number): void => {
    const load = loads[index];
    if (stopped || !load) return;
    cancel = whenIdle(() => {
      void load()
        .catch(() => undefined)
        .then(() => next(index + 1));
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}

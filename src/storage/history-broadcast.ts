/**
 * "A validation run was recorded for document K": said by the ribbon's Validate plan (another page of the add-in,
 * same origin) so that an open task pane shows the run in its history without being reopened. BroadcastChannel where
 * the webview has it; without it nothing is said, and the pane still catches up when it regains focus.
 */
const CHANNEL_NAME = "action-plan-addin/history";

interface RunRecordedMessage {
  kind: "run-recorded";
  documentKey: string;
}

function isRunRecorded(data: unknown): data is RunRecordedMessage {
  return typeof data === "object" && data !== null && (data as RunRecordedMessage).kind === "run-recorded" && typeof (data as RunRecordedMessage).documentKey === "string";
}

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel !== "function") return null;
  try {
    return new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

/** Tells open panes; never throws (a pane that misses it catches up on focus). */
export function announceRunRecorded(documentKey: string): void {
  const channel = openChannel();
  if (!channel) return;
  try {
    channel.postMessage({ kind: "run-recorded", documentKey } satisfies RunRecordedMessage);
  } catch {
    // Nothing to do: the message is a courtesy.
  } finally {
    channel.close();
  }
}

/** Calls `onRecorded` with the document key of each run another page recorded; returns `stop`. */
export function listenForRecordedRuns(onRecorded: (documentKey: string) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isRunRecorded(event.data)) onRecorded(event.data.documentKey);
  };
  return () => channel.close();
}

/**
 * The task pane with its storage, on the Word host simulator: the real Word adapter, the real local store (Dexie over
 * fake-indexeddb: one IDBFactory is one computer) and CalendarSync over the adapter's shared state, opened through the
 * same module index.tsx loads lazily. "A fresh pane" is a new App with a new WordDocument on the same simulated
 * document (and, for the same computer, the same IDBFactory).
 */
import { deserialize, serialize } from "node:v8";
import { render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { DocModel } from "../../src/domain/document-model";
import { WordDocument } from "../../src/document/word/word-document";
import type { SimulatedWord } from "../../src/simulator";
import type { LocalStore } from "../../src/storage/local-store";
import { openLocalStore } from "../../src/storage/open-local-store";
import { App, type AppProps } from "../../src/taskpane/App";
import { openPaneStorage } from "../../src/taskpane/services/open-pane-storage";
import type { OpenPaneStorage } from "../../src/taskpane/services/pane-storage";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, simulatedPort, smallPlan } from "./pane-harness";

// jsdom has no structuredClone (browsers and Node do); the memory store and fake-indexeddb use it.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

export const NOW = new Date("2022-01-20T09:30:00Z");

/** The pane's storage on `factory` (a computer's IndexedDB; `null`: a host without IndexedDB). */
export function storageOn(port: WordDocument, factory: IDBFactory | null): OpenPaneStorage {
  return () => openPaneStorage({ access: port.sharedStateAccess(), store: { indexedDB: factory, IDBKeyRange } });
}

/** A second connection to the same computer's store, to look at what the pane kept. */
export function storeOn(factory: IDBFactory): Promise<LocalStore> {
  return openLocalStore({ indexedDB: factory, IDBKeyRange });
}

export interface StoragePane extends RenderResult {
  sim: SimulatedWord;
  port: WordDocument;
  factory: IDBFactory;
}

let tick = 0;
/** A clock that moves a minute per run recorded, so runs are ordered as they were made. */
export function steppingClock(): () => Date {
  return () => new Date(NOW.getTime() + 60_000 * tick++);
}

export function renderStoragePane(model: DocModel = smallPlan(), options: { factory?: IDBFactory | null; props?: Partial<AppProps> } = {}): StoragePane {
  const { sim, port } = simulatedPort(model);
  const factory = options.factory === undefined ? new IDBFactory() : options.factory;
  const result = render(<App port={port} storage={storageOn(port, factory)} today={() => AS_OF} now={steppingClock()} {...options.props} />);
  return { sim, port, factory: factory ?? new IDBFactory(), ...result };
}

/** Another pane on the same simulated document (and computer): the first one is closed. */
export function reopenPane(previous: StoragePane, props: Partial<AppProps> = {}): StoragePane {
  previous.unmount();
  const port = new WordDocument({ random: () => 0.25 });
  const result = render(<App port={port} storage={storageOn(port, previous.factory)} today={() => AS_OF} now={steppingClock()} {...props} />);
  return { sim: previous.sim, port, factory: previous.factory, ...result };
}

/** Validates as of `asOf` from the Overview and waits for the outcome. */
export async function validateAsOf(user: UserEvent, asOf: string): Promise<void> {
  const input = await screen.findByTestId("as-of");
  await user.clear(input);
  await user.type(input, asOf);
  const button = screen.getByRole("button", { name: strings.validate.button });
  await user.click(button);
  await screen.findByText(strings.validate.validatedAsOf(formatAsOf(asOf)));
  await waitFor(() => expect(button.getAttribute("aria-disabled")).not.toBe("true"));
}

function formatAsOf(iso: string): string {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${months[month! - 1]} ${year}`;
}

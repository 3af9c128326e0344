/** @jest-environment jsdom */
/**
 * Status-block drafts: the form is saved on this computer while the person types (after a short pause), restored when
 * a fresh pane opens the same item's form, listed when no item is chosen, and gone once discarded or inserted.
 */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { IDBFactory } from "fake-indexeddb";
import { parseSharedState, STATE_NAMESPACE } from "../../src/document/shared-state";
import type { SimulatedWord } from "../../src/simulator";
import type { LocalStore } from "../../src/storage/local-store";
import { draftToFields, fieldsToDraft, isUntouched } from "../../src/taskpane/services/status-drafts";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, reopenPane, storeOn, validateAsOf } from "../support/pane-storage-harness";

afterEach(uninstallSimulatedOffice);

function documentKeyIn(sim: SimulatedWord): string {
  const part = sim.getCustomXmlParts().find((candidate) => candidate.namespaceUri === STATE_NAMESPACE);
  return parseSharedState(part!.xml).documentKey!;
}

/** Validates and opens the Status view's form for `number` through the item picker. */
async function openForm(user: UserEvent, number = "01-02"): Promise<HTMLElement> {
  await screen.findByText("2 resolutions, 6 items");
  await validateAsOf(user, AS_OF);
  await user.click(screen.getByRole("tab", { name: strings.tabs.status }));
  const panel = await screen.findByTestId("status-heading");
  await user.type(within(panel.parentElement!).getByTestId("item-picker"), number);
  await user.click(await screen.findByRole("option", { name: number }));
  return screen.findByTestId("status-block-form");
}

async function typeDraft(user: UserEvent, form: HTMLElement): Promise<void> {
  await user.click(within(form).getByTestId("status-event"));
  await user.paste("TSAG meeting, January 2022");
  await user.click(within(form).getByTestId("status-summary"));
  await user.paste("Drafting the report to Council.");
  await user.type(within(form).getByTestId("status-reference-0"), "TSAG-TD1187");
}

async function draftIn(store: LocalStore, sim: SimulatedWord, itemKey = "01-02") {
  return store.getDraft(documentKeyIn(sim), itemKey);
}

describe("status-block drafts", () => {
  test("autosaved while typing, restored in a fresh pane, then discarded", async () => {
    const user = userEvent.setup({ delay: null });
    const factory = new IDBFactory();
    const store = await storeOn(factory);
    const pane = renderStoragePane(undefined, { factory });
    const form = await openForm(user);
    expect(screen.queryByTestId("discard-draft")).toBeNull();
    await typeDraft(user, form);
    expect(await screen.findByText(strings.drafts.saved)).toBeTruthy();
    await waitFor(async () => expect((await draftIn(store, pane.sim))?.fields.references).toBe("TSAG-TD1187"));
    expect((await draftIn(store, pane.sim))?.fields).toEqual({
      date: AS_OF,
      event: "TSAG meeting, January 2022",
      state: "On track",
      summary: "Drafting the report to Council.",
      references: "TSAG-TD1187",
      nextSteps: "",
    });

    // The pane closes and opens again on the same document.
    reopenPane(pane);
    const restored = await openForm(user);
    expect((within(restored).getByTestId("status-summary") as HTMLTextAreaElement).value).toBe("Drafting the report to Council.");
    expect((within(restored).getByTestId("status-event") as HTMLInputElement).value).toBe("TSAG meeting, January 2022");
    expect((within(restored).getByTestId("status-reference-0") as HTMLInputElement).value).toBe("TSAG-TD1187");
    expect(screen.getByTestId("draft-status").textContent).toMatch(/^Unfinished draft restored \(saved 20 January 2022, \d\d:\d\d\)\.$/);

    await user.click(screen.getByRole("button", { name: strings.drafts.discard }));
    await waitFor(() => expect((within(screen.getByTestId("status-block-form")).getByTestId("status-summary") as HTMLTextAreaElement).value).toBe(""));
    expect(screen.getByTestId("announcer").textContent).toBe(strings.drafts.discarded);
    expect(await draftIn(store, pane.sim)).toBeNull();
    expect(screen.queryByTestId("discard-draft")).toBeNull();
  });

  test("without an item chosen, the view lists unfinished drafts and one click opens the item's form with its draft", async () => {
    const user = userEvent.setup({ delay: null });
    const pane = renderStoragePane();
    await typeDraft(user, await openForm(user, "02-02"));
    await screen.findByText(strings.drafts.saved);

    reopenPane(pane);
    await screen.findByText("2 resolutions, 6 items");
    await validateAsOf(user, AS_OF);
    await user.click(screen.getByRole("tab", { name: strings.tabs.status }));
    const list = await screen.findByTestId("draft-list");
    await user.click(within(list).getByRole("button", { name: /^Item 02-02 \(saved 20 January 2022/ }));
    const form = await screen.findByTestId("status-block-form");
    expect(screen.getByText(strings.statusBlock.forItem("02-02"))).toBeTruthy();
    expect((within(form).getByTestId("status-summary") as HTMLTextAreaElement).value).toBe("Drafting the report to Council.");
  });

  test("inserting the block discards its draft; a form left as it opened is not kept", async () => {
    const user = userEvent.setup({ delay: null });
    const factory = new IDBFactory();
    const store = await storeOn(factory);
    const pane = renderStoragePane(undefined, { factory });
    const form = await openForm(user);
    await typeDraft(user, form);
    await waitFor(async () => expect(await draftIn(store, pane.sim)).not.toBeNull());
    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    await screen.findByTestId("status-inserted");
    expect(await draftIn(store, pane.sim)).toBeNull();
    // The new, empty form after the insertion: typing and erasing leaves no draft behind.
    const summaryField = (): HTMLTextAreaElement => within(screen.getByTestId("status-block-form")).getByTestId("status-summary");
    await waitFor(() => expect(summaryField().value).toBe(""));
    const summary = summaryField();
    await user.type(summary, "x");
    await user.clear(summary);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await store.listDrafts(documentKeyIn(pane.sim))).toEqual([]);
  });
});

describe("draft fields", () => {
  test("a form round-trips through the stored fields; an unknown state falls back to the form's default", () => {
    const draft = { date: "2022-01-20", event: "TSAG", state: "In jeopardy" as const, summary: "S", references: ["TSAG-TD1", "CL-21/3"], nextSteps: "N" };
    expect(draftToFields(draft).references).toBe("TSAG-TD1\nCL-21/3");
    expect(fieldsToDraft(draftToFields(draft), "2022-01-20")).toEqual(draft);
    expect(fieldsToDraft({ ...draftToFields(draft), state: "Sideways", references: "" }, "2022-01-20")).toMatchObject({ state: "On track", references: [""] });
    expect(isUntouched(fieldsToDraft({ date: "2022-01-20", event: "", state: "On track", summary: " ", references: "", nextSteps: "" }, "2022-01-20"), "2022-01-20")).toBe(true);
    expect(isUntouched(draft, "2022-01-20")).toBe(false);
  });
});

/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { cellText } from "../../src/domain/document-model";
import { cellAt } from "../../src/document/fingerprint";
import type { SimulatedWord } from "../../src/simulator";
import { strings } from "../../src/taskpane/strings";
import { AS_OF, cellOf, quietConsole, renderSimulatedPane, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";

afterEach(uninstallSimulatedOffice);

/** Validates, opens item 01-02 and goes on to "Insert a status block" (as a person would, from the Item view). */
async function openStatusFormFor(user: UserEvent, number = "01-02"): Promise<HTMLElement> {
  await screen.findByText("2 resolutions, 6 items");
  await user.click(screen.getByRole("button", { name: strings.validate.button }));
  await screen.findByTestId("state-counts");
  await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
  await user.type(await screen.findByTestId("item-picker"), number);
  await user.click(await screen.findByRole("option", { name: number }));
  await user.click(await screen.findByRole("button", { name: strings.item.insertStatus }));
  return screen.findByTestId("status-block-form");
}

function statusText(sim: SimulatedWord, number = "01-02"): string {
  return cellText(cellAt(sim.exportModel(), cellOf(smallPlan(), number, "status"))!);
}

/** Types a long text in one go (as a paste): typing character by character adds nothing these tests check. */
async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

/** The inline error of the field whose control is `control` (Fluent's Field links them with aria-describedby). */
function errorOf(control: HTMLElement): string {
  return (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

describe("Insert status block", () => {
  test("opens for the item with today's date and focus on its heading", async () => {
    const user = userEvent.setup({ delay: null });
    renderSimulatedPane();
    await openStatusFormFor(user);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("status-heading")));
    expect(screen.getByText(strings.statusBlock.forItem("01-02"))).toBeTruthy();
    expect((screen.getByTestId("status-date") as HTMLInputElement).value).toBe(AS_OF);
  });

  test("a bad date, an empty summary and a bad reference are shown inline and block the insertion", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = renderSimulatedPane();
    const form = await openStatusFormFor(user);
    const before = statusText(sim);

    const date = within(form).getByTestId("status-date");
    await user.clear(date);
    await user.type(date, "2022-13-45");
    await fill(user, within(form).getByTestId("status-event"), "TSAG, January 2022");
    const reference = within(form).getByTestId("status-reference-0");
    await user.type(reference, "TD1187");
    await user.tab();
    // A reference is checked as soon as it is left, before any submission.
    expect(errorOf(reference)).toContain("write TSAG-TD1187");
    expect(reference.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(date)).toBe("");

    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    expect(errorOf(date)).toContain('"2022-13-45" is not a date');
    expect(errorOf(within(form).getByTestId("status-summary"))).toContain("Write a summary");
    expect(within(form).getByText(strings.statusBlock.fixErrors)).toBeTruthy();
    // Focus goes to the first field to correct.
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(statusText(sim)).toBe(before);

    // Corrections clear the errors one by one; the reference still blocks.
    await user.clear(date);
    await user.type(date, "2022-01-20");
    await fill(user, within(form).getByTestId("status-summary"), "Council agreed.");
    expect(errorOf(date)).toBe("");
    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    await waitFor(() => expect(document.activeElement).toBe(reference));
    expect(statusText(sim)).toBe(before);
  });

  test("a valid block is inserted at the top of the item's status, the form is emptied and the item shows it", async () => {
    const user = userEvent.setup({ delay: null });
    const { sim } = renderSimulatedPane();
    const form = await openStatusFormFor(user);
    await user.type(within(form).getByTestId("status-event"), "jan");
    await user.click(await screen.findByRole("option", { name: /^TSAG meeting, January 2022, virtual/ }));
    await user.click(within(form).getByTestId("status-state"));
    await user.click(await screen.findByRole("option", { name: "Attention" }));
    await fill(user, within(form).getByTestId("status-summary"), "Report postponed to the next session.");
    await user.type(within(form).getByTestId("status-reference-0"), "C21/47");
    await user.click(within(form).getByRole("button", { name: strings.statusBlock.addReference }));
    await fill(user, within(form).getByTestId("status-reference-1"), "https://www.itu.int/md/S21-CL-C-0047");
    await fill(user, within(form).getByTestId("status-next-steps"), "Present at Council 2022.");
    expect(within(form).getByTestId("status-preview").textContent).toContain("[Status 2022-01-20 · TSAG meeting, January 2022, virtual · Attention]");

    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    const inserted = await screen.findByTestId("status-inserted");
    expect(inserted.textContent).toBe(strings.statusBlock.inserted("01-02"));
    expect(statusText(sim).split("\n")).toEqual([
      "[Status 2022-01-20 · TSAG meeting, January 2022, virtual · Attention]",
      "Summary: Report postponed to the next session.",
      "References: C21/47; https://www.itu.int/md/S21-CL-C-0047",
      "Next steps: Present at Council 2022.",
      "[End of status]",
      "Status of 01-02",
    ]);
    expect((screen.getByTestId("status-summary") as HTMLTextAreaElement).value).toBe("");

    await user.click(screen.getByRole("tab", { name: strings.tabs.item }));
    const latest = await screen.findByTestId("latest-status");
    expect(within(latest).getByText(strings.item.statusHeader("2022-01-20", "TSAG meeting, January 2022, virtual", "Attention"))).toBeTruthy();
  });

  test("a document changed since the read: a message bar, nothing inserted, and the form keeps what was typed", async () => {
    const restore = quietConsole();
    const user = userEvent.setup({ delay: null });
    const { sim } = renderSimulatedPane();
    const form = await openStatusFormFor(user);
    sim.edit((editor) => editor.setCellText(cellOf(smallPlan(), "01-02", "action"), "Report to Council, revised"));
    await fill(user, within(form).getByTestId("status-event"), "TSAG, January 2022");
    await user.type(within(form).getByTestId("status-summary"), "Agreed.");
    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    const bar = await screen.findByTestId("error-bar");
    expect(within(bar).getByText(strings.errors.byCode.DocumentChanged)).toBeTruthy();
    expect(statusText(sim)).toBe("Status of 01-02");
    expect((within(form).getByTestId("status-summary") as HTMLTextAreaElement).value).toBe("Agreed.");
    restore();
  });
});

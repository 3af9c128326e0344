/**
 * @jest-environment jsdom
 *
 * axe-core on every view of the pane in jsdom (no layout, so colour contrast is left to the Chromium e2e scan):
 * no serious or critical violation. Tabster's focus-passing dummy elements are set aside for aria-hidden-focus only
 * (a known false positive, see tests/support/axe.ts).
 */
import "../support/jsdom-layout";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strings } from "../../src/taskpane/strings";
import { renderSimulatedPane, renderStructuredPane, uninstallSimulatedOffice } from "../support/pane-harness";
import { scanDocument } from "../support/axe";

afterEach(uninstallSimulatedOffice);

describe("accessibility (axe-core, serious and critical)", () => {
  // The structure dialog is scanned in Chromium (tests/e2e/playground.e2e.test.ts): in jsdom, Tabster's modalizer marks the
  // open dialog aria-hidden while axe runs (no real focus), which would hide it from the scan.
  test("overview before and after validation", async () => {
    const user = userEvent.setup();
    renderSimulatedPane();
    await screen.findByText("2 resolutions, 6 items");
    expect(await scanDocument()).toEqual([]);
    await user.click(screen.getByRole("button", { name: strings.structure.button }));
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    expect(await scanDocument()).toEqual([]);
  });

  test("findings, item detail with editors, status-block form with errors, full report", async () => {
    const user = userEvent.setup();
    await renderStructuredPane();
    await screen.findByText("2 resolutions, 6 items");
    await user.click(screen.getByRole("button", { name: strings.validate.button }));
    await screen.findByTestId("state-counts");
    await user.click(screen.getByRole("tab", { name: strings.tabs.findings }));
    await screen.findAllByTestId("finding");
    expect(await scanDocument()).toEqual([]);

    await user.click(screen.getByRole("button", { name: strings.findings.details(strings.findings.item("01-02")) }));
    await screen.findByTestId("item-details");
    expect(await scanDocument()).toEqual([]);

    await user.click(screen.getByRole("button", { name: strings.item.insertStatus }));
    const form = await screen.findByTestId("status-block-form");
    await user.click(within(form).getByRole("button", { name: strings.statusBlock.submit }));
    await within(form).findByText(strings.statusBlock.fixErrors);
    expect(await scanDocument()).toEqual([]);

    await user.click(screen.getByRole("tab", { name: strings.tabs.findings }));
    await user.click(screen.getByRole("button", { name: strings.findings.openReport }));
    await screen.findByTestId("full-report");
    expect(await scanDocument()).toEqual([]);
  });
});

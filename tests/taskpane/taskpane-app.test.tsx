/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DetectReport } from "../../src/document/port";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/strings";
import { detectOnlyPort } from "../support/pane-harness";

const plan: DetectReport = { isActionPlan: true, structure: "partial", resolutions: 54, items: 412, structuredItems: 100, conflictingControls: 2, addinControls: 602 };

describe("task pane App", () => {
  test("summarizes a detected action plan: size, structure, conflicting controls", async () => {
    render(<App port={detectOnlyPort(plan)} />);
    expect(await screen.findByText("54 resolutions, 412 items")).toBeTruthy();
    expect(screen.getByText(`${strings.detection.structure.partial} — 100 of 412 items structured`)).toBeTruthy();
    expect(screen.getByText(strings.detection.conflictingControls(2))).toBeTruthy();
  });

  test("says so when the document is not an action plan", async () => {
    render(<App port={detectOnlyPort({ ...plan, isActionPlan: false })} />);
    expect(await screen.findByText(strings.detection.notAPlan)).toBeTruthy();
  });

  test("a failed read shows an error message bar, and reading again recovers", async () => {
    const quiet = ["error", "group", "groupCollapsed", "groupEnd"] as const;
    const spies = quiet.map((method) => jest.spyOn(console, method).mockImplementation(() => undefined));
    const port = detectOnlyPort(new Error("GeneralException"), { ...plan, conflictingControls: 0 });
    render(<App port={port} />);
    expect(await screen.findByText(strings.errors.readFailed)).toBeTruthy();
    await waitFor(() => expect(spies[1]).toHaveBeenCalledWith("Error: GeneralException"));
    await userEvent.click(screen.getByRole("button", { name: strings.detection.retry }));
    expect(await screen.findByText("54 resolutions, 412 items")).toBeTruthy();
    expect(screen.queryByText(strings.errors.readFailed)).toBeNull();
    expect(port.detectCalls).toBe(2);
    spies.forEach((spy) => spy.mockRestore());
  });
});

/** @jest-environment jsdom */
import "../support/jsdom-layout";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { DetectReport } from "../../src/document/port";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/strings";
import { detectOnlyPort } from "../support/pane-harness";

const plan: DetectReport = { isActionPlan: true, structure: "plain", resolutions: 54, items: 412, structuredItems: 0, conflictingControls: 0, addinControls: 0 };

/** The CSS rule FluentProvider writes for its theme (custom properties on the provider's own class). */
function providerThemeRule(container: HTMLElement): string {
  const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
  if (!provider) throw new Error("no FluentProvider rendered");
  const tag = [...provider.classList].map((name) => document.getElementById(name)).find((element) => element instanceof HTMLStyleElement);
  if (!(tag instanceof HTMLStyleElement) || !tag.sheet) throw new Error("the provider has no theme style tag");
  return [...tag.sheet.cssRules].map((rule) => rule.cssText).join("\n");
}

describe("the pane follows a theme change while open", () => {
  test("re-rendered with the dark theme, the provider's colours change and the pane keeps its tab, inputs and reads", async () => {
    const port = detectOnlyPort(plan);
    const { container, rerender } = render(<App port={port} theme={webLightTheme} today={() => "2022-01-20"} />);
    await screen.findByText(strings.detection.summary(54, 412));
    const light = providerThemeRule(container);
    expect(light).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);

    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2021-06-01" } });
    await userEvent.click(screen.getByRole("tab", { name: strings.tabs.findings }));
    expect(screen.getByRole("tab", { name: strings.tabs.findings }).getAttribute("aria-selected")).toBe("true");

    rerender(<App port={port} theme={webDarkTheme} today={() => "2022-01-20"} />);
    const dark = providerThemeRule(container);
    expect(dark).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(dark).toContain(`--colorNeutralForeground1: ${webDarkTheme.colorNeutralForeground1}`);
    expect(dark).not.toEqual(light);

    expect(screen.getByRole("tab", { name: strings.tabs.findings }).getAttribute("aria-selected")).toBe("true");
    expect((screen.getByTestId("as-of") as HTMLInputElement).value).toBe("2021-06-01");
    expect(port.detectCalls).toBe(1);
  });
});

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentThemeFor } from "../../src/taskpane/office-theme";

describe("Office theme → Fluent theme", () => {
  test("Office's isDarkTheme decides when Office gives it", () => {
    expect(fluentThemeFor({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(webDarkTheme);
    expect(fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
  });

  test("without the flag, a dark body background means the dark theme", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#F3F3F3" })).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });

  test("outside Office (no theme) the light theme", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor(null)).toBe(webLightTheme);
  });
});

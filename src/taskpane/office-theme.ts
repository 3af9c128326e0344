/**
 * The Fluent theme for Office's theme: dark when Office says so (isDarkTheme, or a dark body background where the
 * flag is missing), light otherwise or outside Office. index.tsx reads Office.context.officeTheme and passes it in;
 * office-theme-watch.ts maps it again when Office's theme changes while the pane is open.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColours {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of "#RRGGBB", or null when it is not such a colour. */
function luminance(colour: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const channel = parseInt(hex ?? "0", 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function fluentThemeFor(officeTheme: OfficeThemeColours | null | undefined): Theme {
  if (!officeTheme) return webLightTheme;
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? webDarkTheme : webLightTheme;
  const background = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return background !== null && background < 0.2 ? webDarkTheme : webLightTheme;
}

/**
 * axe-core results reduced to what the tests fail on: serious and critical violations, each with the nodes found,
 * minus one known false positive, node by node: Fluent UI's focus manager (Tabster) puts focusable
 * `<i aria-hidden="true" data-tabster-dummy>` elements around TabList, Dialog etc. that only pass focus on, and axe's
 * aria-hidden-focus flags them (microsoft/tabster#288, microsoft/fluentui#25133; Accessibility Insights suppresses
 * exactly these nodes, microsoft/accessibility-insights-web#7605). Any other node of that rule still fails.
 * Used by the jsdom scans (scanDocument) and by the Chromium ones (tests/e2e/playground-axe.ts).
 */
import axe, { type Result } from "axe-core";

export function seriousViolationsOf(violations: readonly Result[]): Result[] {
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0);
}

function isTabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\sdata-tabster-dummy=/.test(html);
}

/**
 * jsdom: axe on the whole document, one line a serious node ("rule: target — summary"). Colour contrast is left to
 * the Chromium scans: jsdom has no layout.
 */
export async function scanDocument(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } }, resultTypes: ["violations"] });
  return seriousViolationsOf(results.violations).flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} — ${node.failureSummary ?? ""}`));
}

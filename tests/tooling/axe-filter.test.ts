/** The reduction of axe-core results every accessibility scan here fails on (tests/support/axe.ts). */
import type { NodeResult, Result } from "axe-core";
import { seriousViolationsOf } from "../support/axe";

const TABSTER_DUMMY = '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true" style="position: fixed;"></i>';

function node(html: string, target: string): NodeResult {
  return { html, target: [target], any: [], all: [], none: [], impact: "serious" };
}

function violation(id: string, impact: Result["impact"], nodes: NodeResult[]): Result {
  return { id, impact, nodes, help: id, description: id, helpUrl: "", tags: [] };
}

describe("seriousViolationsOf", () => {
  test("keeps serious and critical violations, drops moderate and minor ones", () => {
    const violations = [
      violation("label", "critical", [node("<input>", "#a")]),
      violation("color-contrast", "serious", [node("<span>x</span>", "#b")]),
      violation("region", "moderate", [node("<div>", "#c")]),
      violation("heading-order", "minor", [node("<h3>", "#d")]),
    ];
    expect(seriousViolationsOf(violations).map((kept) => kept.id)).toEqual(["label", "color-contrast"]);
  });

  test("sets aside Tabster's focus-passing dummies for aria-hidden-focus only, node by node", () => {
    const result = seriousViolationsOf([
      violation("aria-hidden-focus", "serious", [node(TABSTER_DUMMY, "i:nth-child(1)"), node('<div aria-hidden="true"><button>x</button></div>', "#hidden")]),
      violation("button-name", "critical", [node(TABSTER_DUMMY, "i:nth-child(2)")]),
    ]);
    expect(result.map((kept) => [kept.id, kept.nodes.map((found) => found.target.join(" "))])).toEqual([
      ["aria-hidden-focus", ["#hidden"]],
      ["button-name", ["i:nth-child(2)"]],
    ]);
  });

  test("a violation whose only nodes are Tabster dummies is no violation; another element naming the attribute still is", () => {
    const onlyDummies = violation("aria-hidden-focus", "serious", [node(TABSTER_DUMMY, "i")]);
    const notAnI = violation("aria-hidden-focus", "serious", [node('<span data-tabster-dummy="" aria-hidden="true" tabindex="0"></span>', "span")]);
    expect(seriousViolationsOf([onlyDummies])).toEqual([]);
    expect(seriousViolationsOf([notAnI]).map((kept) => kept.nodes.length)).toEqual([1]);
  });
});

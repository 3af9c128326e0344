/** docs/rules.md is what a user reads to learn "why is this red?": it must list every registered rule with its reason and effect. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/domain/rules";
import { REFERENCE_KINDS } from "../../src/domain/status-block";
import { ITEM_STATES } from "../../src/domain/validation-types";

const doc = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");

describe("docs/rules.md", () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))("documents %s with the registry's reason, state and severity", (id, rule) => {
    const row = doc.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(rule.reason);
    expect(row).toContain(`| ${rule.severity} |`);
    if (rule.effect !== "none") expect(row).toContain(`| ${rule.effect} |`);
  });

  it("documents no rule the registry does not have", () => {
    const documented = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    const notRules: readonly string[] = [...REFERENCE_KINDS, ...ITEM_STATES];
    expect(documented.filter((id) => !notRules.includes(id!)).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

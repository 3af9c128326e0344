import { mergeResults } from "../../bench/merge-results";

const section = (title: string, body: string): string => `## ${title}\n\n| a |\n| --- |\n| ${body} |\n\n- note\n`;
const HEADER = "# Benchmark results\n\nMachine: now\n";

describe("bench results merging", () => {
  test("a full run writes the header and its sections, as they come", () => {
    const sections = [section("One", "1"), section("Two", "2")];
    expect(mergeResults(null, HEADER, sections)).toBe([HEADER, ...sections].join("\n"));
  });

  test("a partial run replaces only its own sections, in place, and keeps the others", () => {
    const earlier = ["# Benchmark results\n\nMachine: before\n", section("One", "1"), section("Two", "2"), section("Three", "3")].join("\n");
    const merged = mergeResults(earlier, HEADER, [section("Two", "22")]);
    expect(merged).toBe([HEADER, section("One", "1"), section("Two", "22"), section("Three", "3")].join("\n"));
  });

  test("a suite new since the earlier run is added at the end", () => {
    const earlier = [HEADER, section("One", "1")].join("\n");
    expect(mergeResults(earlier, HEADER, [section("Four", "4")])).toBe([HEADER, section("One", "1"), section("Four", "4")].join("\n"));
  });

  test("titles match whole: 'Domain engine' does not replace 'Domain engine: more'", () => {
    const earlier = [HEADER, section("Domain engine: more", "1")].join("\n");
    expect(mergeResults(earlier, HEADER, [section("Domain engine", "2")])).toBe([HEADER, section("Domain engine: more", "1"), section("Domain engine", "2")].join("\n"));
  });
});

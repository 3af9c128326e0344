import fc from "fast-check";
import { parseReference } from "../../src/domain/references";

describe("parseReference: accepted shapes (as found in the plan's own status text)", () => {
  it.each([
    ["TSAG-TD1187", "tsag-td"],
    ["TSAG TD1187", "tsag-td"],
    ["TSAG-TD 55", "tsag-td"],
    ["TSAG-TD1187-R1", "tsag-td"],
    ["CL-21/3", "circular-letter"],
    ["CL-19/45", "circular-letter"],
    ["TSB Circular 123", "circular-letter"],
    ["TSB Circular 168 Cor.1", "circular-letter"],
    ["C21/47", "council-doc"],
    ["C19/1", "council-doc"],
    ["C17/24", "council-doc"],
    ["C21/INF/3", "council-doc"],
    ["WTSA-C28", "wtsa-contribution"],
    ["WTSA-20 C28", "wtsa-contribution"],
    ["WTSA-C29", "wtsa-contribution"],
    ["WTSA-C28(Add.1)", "wtsa-contribution"],
    ["Recommendation ITU-T X.1234", "recommendation"],
    ["Recommendation ITU‑T A.23", "recommendation"],
    ["ITU-T A.13", "recommendation"],
    ["ITU-T Y.3500.1", "recommendation"],
    ["ITU-T G.709 Amd.2", "recommendation"],
    ["ITU-T Y.Suppl.58", "recommendation"],
    ["ITU-T Q Suppl.74", "recommendation"],
    ["ITU-T Y.3500-series Supplement 49", "recommendation"],
    ["Supplement 64 to ITU-T Y.3100-series", "recommendation"],
    ["Recommendation ITU-R BT.500", "recommendation"],
    ["LS", "liaison"],
    ["LS TSAG-TD55", "liaison"],
    ["TSAG-LS 3", "liaison"],
    ["SG17-LS123", "liaison"],
    ["FG-NET2030-LS12", "liaison"],
    ["https://www.itu.int/en/ITU-T/about/Pages/res2-annexc-sp16.aspx", "url"],
    ["https://www.itu.int/itu-t/workprog/wp_item.aspx?isn=123", "url"],
  ])("%s is a %s reference, kept as written", (text, kind) => {
    expect(parseReference(`  ${text} `)).toEqual({ kind, text });
  });
});

describe("parseReference: refused shapes, with the reason", () => {
  it.each([
    ["", /empty/],
    ["TD1187", /write TSAG-TD1187 — a bare TD number is ambiguous/],
    ["Circular 62", /write TSB Circular 62/],
    ["X.1234", /name the Sector, e.g. ITU-T X.1234/],
    ["Recommendation Y.2060", /name the Sector, e.g. ITU-T Y.2060/],
    ["http://www.itu.int/net/ITU-T/res/notifications.aspx", /use an https:\/\/ link/],
    ["https://example.org/a;b", /%3B/],
    ["https://localhost/page", /not a valid https:\/\/ link/],
    ["CL21/3", /not a reference this format knows/],
    ["C21-47", /not a reference this format knows/],
    ["WTSA-C", /not a reference this format knows/],
    ["LS to SG2", /not a reference this format knows/],
    ["TSAG-R12", /not a reference this format knows/],
  ])("%j is refused", (text, reason) => {
    const parsed = parseReference(text);
    expect("error" in parsed && parsed.error).toMatch(reason);
  });

  it("never throws and always answers a kind or an error", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const parsed = parseReference(text);
        expect("kind" in parsed ? parsed.text === text.trim() : parsed.error.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

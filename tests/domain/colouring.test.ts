import { CONTROL_COLOURS, DEFAULT_RED_POLICY, colourMarks, type RedPolicy } from "../../src/domain/colouring";
import type { ItemResult, ItemState, ValidationResult } from "../../src/domain/validation-types";

function resultWith(...states: ItemState[]): ValidationResult {
  const items: ItemResult[] = states.map((state, index) => ({ itemKey: `01-0${index + 1}`, itemId: `01-0${index + 1}`, resolution: "1", state, dueDates: [], interpretation: "", findings: [] }));
  return {
    summary: { asOf: "2022-01-20", resolutions: 1, items: items.length, completed: 0, periodicMet: 0, states: { done: 0, ok: 0, attention: 0, jeopardy: 0 } },
    items,
    planFindings: [],
  };
}

describe("colourMarks", () => {
  const all = resultWith("done", "ok", "attention", "jeopardy");

  it("follows the document's legend by default: red for attention and for jeopardy", () => {
    expect(DEFAULT_RED_POLICY).toBe("attention-and-jeopardy");
    expect(colourMarks(all).map((mark) => [mark.itemKey, mark.red])).toEqual([
      ["01-01", false],
      ["01-02", false],
      ["01-03", true],
      ["01-04", true],
    ]);
  });

  it("can narrow red to jeopardy only", () => {
    expect(colourMarks(all, { redFor: "jeopardy" }).map((mark) => mark.red)).toEqual([false, false, false, true]);
  });

  it("gives each state its control colour: dark red, amber, neutral for ok and done", () => {
    expect(colourMarks(all).map((mark) => mark.controlColour)).toEqual(["#7F7F7F", "#7F7F7F", "#E8A000", "#C00000"]);
    expect(Object.values(CONTROL_COLOURS).every((colour) => /^#[0-9A-F]{6}$/.test(colour))).toBe(true);
  });

  it("answers every item once, in the result's order, and nothing for an empty plan", () => {
    expect(colourMarks(all).map((mark) => mark.itemKey)).toEqual(all.items.map((item) => item.itemKey));
    expect(colourMarks(resultWith())).toEqual([]);
  });

  it("refuses an unknown policy with a clear error", () => {
    expect(() => colourMarks(all, { redFor: "everything" as RedPolicy })).toThrow(/Unknown red policy "everything"/);
  });
});

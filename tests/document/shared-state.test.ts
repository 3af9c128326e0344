import { emptySharedState, parseSharedState, serializeSharedState, isSharedStateXml } from "../../src/document/shared-state";
import { DocumentError } from "../../src/document/document-error";

describe("shared document state (custom XML part)", () => {
  it("round-trips every field, escaping markup", () => {
    const state = {
      ...emptySharedState(),
      documentKey: "6f1c2d3e-aaaa-bbbb-cccc-0123456789ab",
      redMarks: [
        { itemId: "44-01", colour: "#FF0000" },
        { itemId: "01-04", colour: "#FF0000" },
      ],
      calendarOverrides: JSON.stringify([{ id: "tsag-2022", name: "TSAG <next> & \"final\"" }]),
    };
    const xml = serializeSharedState(state);
    expect(isSharedStateXml(xml)).toBe(true);
    const parsed = parseSharedState(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
    expect(parsed.documentKey).toBe(state.documentKey);
    expect(parsed.calendarOverrides).toBe(state.calendarOverrides);
    expect(parsed.redMarks.map((mark) => mark.itemId)).toEqual(["01-04", "44-01"]);
  });

  it("reads an empty element", () => {
    expect(parseSharedState('<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"/>')).toEqual(emptySharedState());
  });

  it("rejects malformed, foreign, truncated and future parts with a clear error", () => {
    const bad = [
      "<other/>",
      '<actionPlanState xmlns="urn:wrong" schemaVersion="1"></actionPlanState>',
      '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"><redMark item="01-04" colour="red"/></actionPlanState>',
      '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"><redMark item="01-04" colour="#FF0000"/>',
      '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"><script>x</script></actionPlanState>',
    ];
    for (const xml of bad) expect(() => parseSharedState(xml)).toThrow(DocumentError);
    expect(() => parseSharedState('<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="9"/>')).toThrow(/newer version/);
  });

  it("accepts only item keys the recognizer makes in a red mark (a number, or a number used again and #n), and refuses oversized parts", () => {
    const withItem = (item: string): string =>
      `<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1"><redMark item="${item}" colour="#FF0000"/></actionPlanState>`;
    for (const item of ["01-04", "22-10", "OP-01", "07-01#2", "07-01#12"]) expect(parseSharedState(withItem(item)).redMarks).toEqual([{ itemId: item, colour: "#FF0000" }]);
    for (const item of [" 01-04", "01-04 ", "x", "01/04", "OP-1", "../01-04", "07-01#", "07-01#1", "07-01#0", "07-01#x", "#2", "x#2"]) {
      expect(() => parseSharedState(withItem(item))).toThrow(/not an action item number/);
    }
    const huge = `<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="1">${" ".repeat(1_000_001)}</actionPlanState>`;
    expect(() => parseSharedState(huge)).toThrow(/too large/);
  });

  describe("the fill a red mark replaced (previous)", () => {
    const NS = 'xmlns="urn:action-plan-addin:state" schemaVersion="1"';

    it("round-trips a mark's previous fill as an optional attribute, upper-cased", () => {
      const state = {
        ...emptySharedState(),
        redMarks: [
          { itemId: "01-05", colour: "#FF0000", previous: "#ffff00" },
          { itemId: "01-04", colour: "#FF0000" },
        ],
      };
      const xml = serializeSharedState(state);
      expect(xml).toContain('<redMark item="01-05" colour="#FF0000" previous="#ffff00"/>');
      expect(xml).toContain('<redMark item="01-04" colour="#FF0000"/>');
      expect(parseSharedState(xml).redMarks).toEqual([
        { itemId: "01-04", colour: "#FF0000" },
        { itemId: "01-05", colour: "#FF0000", previous: "#FFFF00" },
      ]);
    });

    it("writes no attribute for a cell that had no fill (null), so the part reads as before", () => {
      const xml = serializeSharedState({ ...emptySharedState(), redMarks: [{ itemId: "01-04", colour: "#FF0000", previous: null }] });
      expect(xml).not.toContain("previous");
      expect(parseSharedState(xml).redMarks).toEqual([{ itemId: "01-04", colour: "#FF0000" }]);
    });

    it("reads marks written before the attribute existed, and keeps schema version 1", () => {
      const parsed = parseSharedState(`<actionPlanState ${NS}><redMark item="01-04" colour="#FF0000"/></actionPlanState>`);
      expect(parsed.schemaVersion).toBe(1);
      expect(parsed.redMarks).toEqual([{ itemId: "01-04", colour: "#FF0000" }]);
      expect(serializeSharedState({ ...emptySharedState(), redMarks: [{ itemId: "01-04", colour: "#FF0000", previous: "#FFFF00" }] })).toContain('schemaVersion="1"');
    });

    it("rejects a previous fill that is not #RRGGBB, naming the item", () => {
      for (const previous of ["yellow", "", "#FFF", "#FFFF00 ", "auto"]) {
        expect(() => parseSharedState(`<actionPlanState ${NS}><redMark item="01-04" colour="#FF0000" previous="${previous}"/></actionPlanState>`)).toThrow(
          /item 01-04 .*malformed previous fill/,
        );
      }
    });
  });
});

import { fieldTag, fieldTitle, isOurTag, parseTag, statusBlockTag, statusPartTag, newStatusBlockId, MAX_TAG_LENGTH } from "../../src/document/tags";
import { ITEM_FIELDS } from "../../src/domain/plan";

describe("content-control tag codec", () => {
  it("round-trips every field of an item, proposed or not", () => {
    for (const field of ITEM_FIELDS) {
      expect(parseTag(fieldTag("01-04", field))).toEqual({ kind: "field", itemId: "01-04", proposed: false, field });
      expect(parseTag(fieldTag("44-25", field, true))).toEqual({ kind: "field", itemId: "44-25", proposed: true, field });
    }
    expect(fieldTag("01-04", "milestone")).toBe("ap/1/item/01-04/milestone");
    expect(fieldTitle("01-04", "milestone")).toBe("Action item 01-04 — milestone");
  });

  it("round-trips status blocks and their parts", () => {
    const blockId = newStatusBlockId("2022-01-20", () => 0.5);
    expect(blockId).toMatch(/^20220120[a-z0-9]{4}$/);
    expect(parseTag(statusBlockTag("32-09", blockId))).toEqual({ kind: "status-block", itemId: "32-09", blockId });
    expect(parseTag(statusPartTag("32-09", blockId, "next"))).toEqual({ kind: "status-part", itemId: "32-09", blockId, part: "next" });
  });

  it("rejects tampered, foreign and future tags instead of guessing", () => {
    for (const tag of [
      "",
      "ap/2/item/01-04/milestone",
      "ap/1/item/01-04/colour",
      "ap/1/item/1-4/milestone",
      "ap/1/item/01-04/milestone/extra",
      "ap/1/item/../milestone",
      "other/1/item/01-04/milestone",
      "ap/1/status/01-04/notadate",
      "ap/1/item/01-04~~/id",
      "x".repeat(MAX_TAG_LENGTH + 1),
    ]) {
      expect(parseTag(tag)).toBeNull();
    }
    expect(parseTag(null)).toBeNull();
    expect(isOurTag("ap/2/item/01-04/milestone")).toBe(true);
    expect(isOurTag("someone-else")).toBe(false);
  });

  it("refuses to encode an invalid item number", () => {
    expect(() => fieldTag("../x", "id")).toThrow(RangeError);
  });
});

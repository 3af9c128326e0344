import { formatItemNumber, itemPrefixFor, parseItemNumberCell, prefixOf, serialOf } from "../../src/domain/item-number";
import { parseResolutionTitle } from "../../src/domain/recognizer-summary";
import { isRedShading } from "../../src/domain/shading";

describe("item numbers", () => {
  it.each([
    ["01-04", "01-04", []],
    ["1-4", "01-04", []],
    [" 44-31 ", "44-31", []],
    ["44–31", "44-31", []],
    ["102-01", "102-01", []],
    ["OP-01", "OP-01", []],
    ["54-03\n(44-25)", "54-03", ["44-25"]],
    ["54-03\n(44-25, 44-26)", "54-03", ["44-25", "44-26"]],
  ])("reads %j as %s", (text, id, altIds) => {
    expect(parseItemNumberCell(text)).toEqual({ id, altIds, malformed: false });
  });

  it("tells an empty number cell from one that holds something else", () => {
    expect(parseItemNumberCell(" \n ")).toEqual({ id: null, altIds: [], malformed: false });
    expect(parseItemNumberCell("tbd")).toEqual({ id: null, altIds: [], malformed: true });
    expect(parseItemNumberCell("see 44-25")).toEqual({ id: null, altIds: [], malformed: true });
  });

  it("knows each resolution's prefix and formats numbers in sequence", () => {
    expect(itemPrefixFor("Resolution", 1)).toBe("01");
    expect(itemPrefixFor("Resolution", 102)).toBe("102");
    expect(itemPrefixFor("Opinion", 1)).toBe("OP");
    expect([prefixOf("44-25"), serialOf("44-25"), formatItemNumber("44", 36)]).toEqual(["44", 25, "44-36"]);
  });
});

describe("resolution title lines", () => {
  it("reads headings with and without titles, with any dash", () => {
    expect(parseResolutionTitle("Resolution 1 - Rules of procedure")).toEqual({ key: "1", kind: "Resolution", number: 1, title: "Rules of procedure" });
    expect(parseResolutionTitle("Resolution 55 – Promoting gender equality")?.title).toBe("Promoting gender equality");
    expect(parseResolutionTitle(" Resolution 34")).toEqual({ key: "34", kind: "Resolution", number: 34, title: "" });
    expect(parseResolutionTitle("Opinion 1 - Practical application")?.key).toBe("OP1");
  });

  it("does not take references in body text for headings", () => {
    expect(parseResolutionTitle("Resolution 40 (Rev. Hammamet, 2016) on “Regulatory aspects”")).toBeNull();
    expect(parseResolutionTitle("Resolutions 1 and 2")).toBeNull();
    expect(parseResolutionTitle("resolves")).toBeNull();
  });
});

describe("isRedShading", () => {
  it.each(["#FF0000", "#C00000", "#E06666", "#F4CCCC", "#FFC7CE", "#ff3300", "FF0000", "#800000"])("%s is red", (hex) => {
    expect(isRedShading(hex)).toBe(true);
  });

  it.each(["#FFFFFF", "#000000", "#FFFF00", "#FF6600", "#FF0066", "#FFF0F0", "#400000", "#00B050", "#808080", "auto", "", null, undefined])("%s is not red", (hex) => {
    expect(isRedShading(hex)).toBe(false);
  });
});

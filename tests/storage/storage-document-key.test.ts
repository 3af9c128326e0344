import fc from "fast-check";
import { isDocumentKey, newDocumentKey } from "../../src/domain/document-key";

function sequence(values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length]!;
}

describe("newDocumentKey", () => {
  it("formats 16 random bytes as a version 4 GUID", () => {
    expect(newDocumentKey(sequence([0]))).toBe("00000000-0000-4000-8000-000000000000");
    expect(newDocumentKey(sequence([0.999999]))).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });

  it("always produces a key isDocumentKey accepts, and different sources give different keys", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 16, maxLength: 16 }), (values) => {
        expect(isDocumentKey(newDocumentKey(sequence(values)))).toBe(true);
      }),
    );
    expect(newDocumentKey(sequence([0.1]))).not.toBe(newDocumentKey(sequence([0.2])));
  });

  it("rejects a random source that leaves [0, 1)", () => {
    expect(() => newDocumentKey(() => 1)).toThrow(RangeError);
    expect(() => newDocumentKey(() => -0.5)).toThrow(/from 0 up to/);
    expect(() => newDocumentKey(() => Number.NaN)).toThrow(RangeError);
  });
});

describe("isDocumentKey", () => {
  it("accepts lower-case version 4 GUIDs only", () => {
    expect(isDocumentKey("0f8fad5b-d9cb-469f-a165-70867728950e")).toBe(true);
    expect(isDocumentKey("0F8FAD5B-D9CB-469F-A165-70867728950E")).toBe(false);
    expect(isDocumentKey("0f8fad5b-d9cb-169f-a165-70867728950e")).toBe(false);
    expect(isDocumentKey("0f8fad5b-d9cb-469f-c165-70867728950e")).toBe(false);
    expect(isDocumentKey("{0f8fad5b-d9cb-469f-a165-70867728950e}")).toBe(false);
    expect(isDocumentKey(" 0f8fad5b-d9cb-469f-a165-70867728950e")).toBe(false);
    expect(isDocumentKey("")).toBe(false);
    expect(isDocumentKey(null)).toBe(false);
    expect(isDocumentKey(42)).toBe(false);
  });
});

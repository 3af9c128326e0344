import fc from "fast-check";
import {
  addDays,
  addMonths,
  compareIsoDates,
  endOfMonth,
  endOfYear,
  formatDateRange,
  formatLongDate,
  isValidIsoDate,
  parseIsoDate,
  toIsoDate,
} from "../../src/domain/dates";

describe("ISO date helpers (UTC, no locale)", () => {
  test("parse and validate", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ["2023-02-29", "2022-13-01", "2022-00-10", "2022-1-10", "2022-01-32", "", "20220110", " 2022-01-10"]) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
    expect(isValidIsoDate("2000-02-29")).toBe(true);
    expect(isValidIsoDate("1900-02-29")).toBe(false);
  });

  test("ends of periods", () => {
    expect(endOfMonth(2020, 2)).toBe("2020-02-29");
    expect(endOfMonth(2021, 9)).toBe("2021-09-30");
    expect(endOfYear(2021)).toBe("2021-12-31");
    expect(toIsoDate(999, 1, 2)).toBe("0999-01-02");
  });

  test("addMonths clamps to the target month's length", () => {
    expect(addMonths("2022-03-01", -12)).toBe("2021-03-01");
    expect(addMonths("2022-03-01", -3)).toBe("2021-12-01");
    expect(addMonths("2021-03-31", -1)).toBe("2021-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2021-12-15", 1)).toBe("2022-01-15");
  });

  test("addDays crosses months, years and leap days", () => {
    expect(addDays("2022-03-01", -1)).toBe("2022-02-28");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2021-12-31", 1)).toBe("2022-01-01");
    expect(addDays("0050-01-01", -1)).toBe("0049-12-31");
  });

  test("addDays agrees with day counting and is reversible (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -5000, max: 5000 }), (offset, days) => {
        const date = addDays("1950-01-01", offset);
        expect(isValidIsoDate(date)).toBe(true);
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(Math.sign(compareIsoDates(addDays(date, days), date))).toBe(Math.sign(days));
      }),
    );
  });

  test("helpers that need a valid date reject invalid ones with a RangeError", () => {
    expect(() => addDays("2022-02-30", 1)).toThrow(RangeError);
    expect(() => addMonths("nope", 1)).toThrow(RangeError);
  });

  test("formatting for people", () => {
    expect(formatLongDate("2021-06-18")).toBe("18 June 2021");
    expect(formatLongDate("not a date")).toBe("not a date");
    expect(formatDateRange("2021-06-08", "2021-06-18", "day")).toBe("8–18 June 2021");
    expect(formatDateRange("2018-02-26", "2018-03-02", "day")).toBe("26 February – 2 March 2018");
    expect(formatDateRange("2016-10-25", "2016-11-03", "day")).toBe("25 October – 3 November 2016");
    expect(formatDateRange("2022-02-28", "2022-02-28", "day")).toBe("28 February 2022");
    expect(formatDateRange("2021-12-30", "2022-01-02", "day")).toBe("30 December 2021 – 2 January 2022");
    expect(formatDateRange("2022-01-01", "2022-01-31", "month")).toBe("January 2022");
    expect(formatDateRange("2017-01-01", "2017-05-31", "month")).toBe("January–May 2017");
    expect(formatDateRange("2021-12-01", "2022-01-31", "month")).toBe("December 2021 – January 2022");
  });
});

import * as fc from "fast-check";
import {
  calendarDate,
  calendarDateOfLocal,
  formatIsoDate,
  parseDateText,
  dayNumber,
  fromDayNumber,
} from "../../../src/domain/dates/calendar-date";
import { dateFromCell, dateFromExcelSerial, excelSerialOf } from "../../../src/domain/dates/excel-serial";

describe("date text", () => {
  test.each([
    ["2026-01-10", "2026-01-10"],
    ["2026/1/10", "2026-01-10"],
    ["2026.1.10", "2026-01-10"],
    ["2026年1月10日", "2026-01-10"],
    ["２０２６－０１－１０", "2026-01-10"],
    ["2024-02-29", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(formatIsoDate(parseDateText(text)!)).toBe(iso);
  });

  test.each(["2026-02-30", "2025-02-29", "2026-13-01", "明天", "10/01/2026", "2026-01"])("%s is not a date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  test("calendarDate refuses impossible days", () => {
    expect(calendarDate(2026, 4, 31)).toBeUndefined();
    expect(calendarDate(1900, 2, 29)).toBeUndefined();
    expect(calendarDate(2000, 2, 29)).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

describe("Excel serials (1900 system)", () => {
  // Reference serials as Excel shows them (=DATEVALUE(...)).
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [36526, "2000-01-01"],
    [46022, "2025-12-31"],
    [46032, "2026-01-10"],
    [2958465, "9999-12-31"],
  ])("%i is %s", (serial, iso) => {
    expect(formatIsoDate(dateFromExcelSerial(serial)!)).toBe(iso);
    expect(excelSerialOf(parseDateText(iso)!)).toBe(serial);
  });

  test("Excel's phantom 1900-02-29 (serial 60), 0, negatives and NaN are no date", () => {
    for (const s of [60, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2958466])
      expect(dateFromExcelSerial(s)).toBeUndefined();
  });

  test("a time of day keeps the date", () => {
    expect(formatIsoDate(dateFromExcelSerial(46032.75)!)).toBe("2026-01-10");
  });

  test("serial and date round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => excelSerialOf(dateFromExcelSerial(s)!) === s));
  });

  test("cells: numbers are serials, text is date text, anything else is not a date", () => {
    expect(dateFromCell(46032)).toEqual({ year: 2026, month: 1, day: 10 });
    expect(dateFromCell("2026/1/10")).toEqual({ year: 2026, month: 1, day: 10 });
    expect(dateFromCell(true)).toBeUndefined();
    expect(dateFromCell("46032")).toBeUndefined();
  });
});

test("day numbers round-trip", () => {
  fc.assert(fc.property(fc.integer({ min: -100000, max: 2000000 }), (n) => dayNumber(fromDayNumber(n)) === n));
});

test("a local Date gives the user's calendar day", () => {
  expect(calendarDateOfLocal(new Date(2026, 0, 31, 23, 59))).toEqual({ year: 2026, month: 1, day: 31 });
});

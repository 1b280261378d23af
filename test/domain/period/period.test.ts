import * as fc from "fast-check";
import {
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodStart,
  samePeriod,
  type Period,
} from "../../../src/domain/period/period";
import { frequencyOfPeriod, parseFrequency, periodForDate, periodKindOf } from "../../../src/domain/period/frequency";

describe("parsePeriod", () => {
  test.each([
    ["2026-W05", "2026-W05"],
    ["2026-W5", "2026-W05"],
    ["2026w05", "2026-W05"],
    ["2026W05", "2026-W05"],
    ["2026年第5周", "2026-W05"],
    ["2026年第5週", "2026-W05"],
    ["2026-W53", "2026-W53"],
    ["2026-01", "2026-01"],
    ["2026-1", "2026-01"],
    ["2026/01", "2026-01"],
    ["2026年1月", "2026-01"],
    ["2026-Q1", "2026-Q1"],
    ["2026q4", "2026-Q4"],
    ["2026年Q2", "2026-Q2"],
    ["2026年第一季度", "2026-Q1"],
    ["2026年第3季度", "2026-Q3"],
    ["2026", "2026"],
    ["2026年", "2026"],
    [" ２０２６－Ｗ０５ ", "2026-W05"],
    ["2026-01-05", "2026-01-05"],
  ])("%s → %s", (text, canonical) => {
    expect(formatPeriod(parsePeriod(text)!)).toBe(canonical);
  });

  test("a whole-number cell is a year", () => {
    expect(parsePeriod(2026)).toEqual({ kind: "year", year: 2026 });
  });

  test.each([
    ["2025-W53"],
    ["2026-W54"],
    ["2026-W00"],
    ["2026-13"],
    ["2026-00"],
    ["2026-Q5"],
    ["W05"],
    ["上周"],
    [""],
    ["2026-02-30"],
  ])("%s is no period", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  test("dates as Excel serials and other values are no period", () => {
    expect(parsePeriod(46023)).toBeUndefined();
    expect(parsePeriod(2026.5)).toBeUndefined();
    expect(parsePeriod(null)).toBeUndefined();
    expect(parsePeriod(true)).toBeUndefined();
  });
});

describe("comparePeriods", () => {
  const p = (s: string) => parsePeriod(s)!;

  test("weeks in calendar order, not text order", () => {
    expect(comparePeriods(p("2026-W9"), p("2026-W10"))).toBeLessThan(0);
    expect(comparePeriods(p("2026-W53"), p("2027-W01"))).toBeLessThan(0);
    expect(comparePeriods(p("2026-W05"), p("2026-W5"))).toBe(0);
  });

  test("months, quarters and years in calendar order", () => {
    const sorted = ["2026-10", "2025-12", "2026-2", "2026-01"].map(p).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(["2025-12", "2026-01", "2026-02", "2026-10"]);
    expect(["2026-Q3", "2025-Q4", "2026-Q1"].map(p).sort(comparePeriods).map(formatPeriod)).toEqual([
      "2025-Q4",
      "2026-Q1",
      "2026-Q3",
    ]);
    expect(comparePeriods(p("2025"), p("2026"))).toBeLessThan(0);
  });

  test("periods starting the same day: the shorter first", () => {
    expect(comparePeriods(p("2026-01"), p("2026-Q1"))).toBeLessThan(0);
    expect(comparePeriods(p("2026"), p("2026-Q1"))).toBeGreaterThan(0);
  });

  test("samePeriod", () => {
    expect(samePeriod(p("2026-W5"), p("2026-W05"))).toBe(true);
    expect(samePeriod(p("2026-01"), p("2026-Q1"))).toBe(false);
  });

  test("week order agrees with the order of their Mondays", () => {
    const weeks = fc.record({ year: fc.integer({ min: 2000, max: 2040 }), week: fc.integer({ min: 1, max: 52 }) });
    fc.assert(
      fc.property(weeks, weeks, (a, b) => {
        const pa: Period = { kind: "week", ...a };
        const pb: Period = { kind: "week", ...b };
        const byText = a.year - b.year || a.week - b.week;
        return Math.sign(comparePeriods(pa, pb)) === Math.sign(byText);
      }),
    );
  });
});

describe("period for a date", () => {
  const d = (year: number, month: number, day: number) => ({ year, month, day });
  test.each([
    [d(2026, 1, 28), "weekly", "2026-W05"],
    [d(2026, 1, 1), "weekly", "2026-W01"],
    [d(2027, 1, 1), "weekly", "2026-W53"],
    [d(2026, 1, 28), "monthly", "2026-01"],
    [d(2026, 3, 31), "quarterly", "2026-Q1"],
    [d(2026, 4, 1), "quarterly", "2026-Q2"],
    [d(2026, 12, 31), "quarterly", "2026-Q4"],
    [d(2026, 12, 31), "yearly", "2026"],
    [d(2026, 2, 3), "daily", "2026-02-03"],
  ] as const)("%o %s → %s", (date, f, text) => {
    expect(formatPeriod(periodForDate(date, f))).toBe(text);
  });

  test("the period holds the date and is of the frequency's kind", () => {
    const freqs = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(...freqs),
        (y, m, day, f) => {
          const p = periodForDate({ year: y, month: m, day }, f);
          const start = periodStart(p);
          const startsBefore = Date.UTC(start.year, start.month - 1, start.day) <= Date.UTC(y, m - 1, day);
          return (
            p.kind === periodKindOf(f) &&
            frequencyOfPeriod(p) === f &&
            startsBefore &&
            samePeriod(parsePeriod(formatPeriod(p))!, p)
          );
        },
      ),
    );
  });
});

test.each([
  ["周", "weekly"],
  ["Weekly", "weekly"],
  ["週", "weekly"],
  ["月", "monthly"],
  ["季", "quarterly"],
  ["季度", "quarterly"],
  ["日", "daily"],
  ["年", "yearly"],
  ["", undefined],
  ["每两周", undefined],
])("frequency %s → %s", (text, f) => {
  expect(parseFrequency(text)).toBe(f);
});

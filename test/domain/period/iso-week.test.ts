import * as fc from "fast-check";
import { isoWeekOf, isoWeekStart, isoWeeksInYear } from "../../../src/domain/period/iso-week";
import { addDays, compareDates, fromDayNumber, isoWeekday } from "../../../src/domain/dates/calendar-date";

const d = (year: number, month: number, day: number) => ({ year, month, day });

// Reference weeks from ISO 8601 calendars.
test.each([
  [d(2026, 1, 1), 2026, 1],
  [d(2027, 1, 1), 2026, 53],
  [d(2026, 12, 31), 2026, 53],
  [d(2026, 1, 28), 2026, 5],
  [d(2026, 1, 26), 2026, 5],
  [d(2026, 2, 1), 2026, 5],
  [d(2021, 1, 3), 2020, 53],
  [d(2019, 12, 30), 2020, 1],
  [d(2024, 12, 30), 2025, 1],
  [d(2010, 1, 3), 2009, 53],
  [d(2008, 12, 29), 2009, 1],
])("%o is %i-W%i", (date, year, week) => {
  expect(isoWeekOf(date)).toEqual({ year, week });
});

test("53-week years", () => {
  expect(isoWeeksInYear(2026)).toBe(53);
  expect(isoWeeksInYear(2020)).toBe(53);
  expect(isoWeeksInYear(2025)).toBe(52);
  expect(isoWeeksInYear(2027)).toBe(52);
});

test("week 1 of 2026 starts on Monday 2025-12-29", () => {
  expect(isoWeekStart(2026, 1)).toEqual(d(2025, 12, 29));
  expect(isoWeekStart(2026, 53)).toEqual(d(2026, 12, 28));
});

const anyDate = fc.integer({ min: -20000, max: 60000 }).map(fromDayNumber);

test("a day's week starts on the Monday on or before it, within the 6 days before", () => {
  fc.assert(
    fc.property(anyDate, (date) => {
      const w = isoWeekOf(date);
      const monday = isoWeekStart(w.year, w.week);
      const diff = compareDates(date, monday);
      return isoWeekday(monday) === 1 && diff >= 0 && diff <= 6;
    }),
  );
});

test("consecutive Mondays are consecutive weeks (wrapping after the year's last week)", () => {
  fc.assert(
    fc.property(anyDate, (date) => {
      const monday = addDays(date, 1 - isoWeekday(date));
      const a = isoWeekOf(monday);
      const b = isoWeekOf(addDays(monday, 7));
      return a.week === isoWeeksInYear(a.year)
        ? b.year === a.year + 1 && b.week === 1
        : b.year === a.year && b.week === a.week + 1;
    }),
  );
});

/**
 * The timeline (甘特图) sheet as data: one row per strategy, its ID, action,
 * owner, status, start and due as formulas pointing at the strategy sheet (so
 * they follow edits), its prerequisites and the ones it starts before
 * (prerequisite-columns.ts), then one column per ISO week. Bars and the current week
 * are conditional formats with formulas, drawn by the spreadsheet itself, so
 * they move when a date is edited and when the day changes.
 */
import { columnLetters } from "../address/a1";
import { addDays, compareDates, isoWeekday, parseDateText, type CalendarDate } from "../dates/calendar-date";
import { excelSerialOf } from "../dates/excel-serial";
import type { Lang, Localized } from "../language";
import type { SheetRead } from "../read/read-sheet";
import { PREREQUISITE_LABELS, prerequisiteCells, prerequisiteMarkFormula } from "./prerequisite-columns";

export const TIMELINE_SHEET: Localized = { "zh-CN": "甘特图", "en-US": "Timeline" };

const LABELS: readonly Localized[] = [
  { "zh-CN": "编号", "en-US": "ID" },
  { "zh-CN": "具体动作", "en-US": "Action" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "状态", "en-US": "Status" },
  { "zh-CN": "开始日期", "en-US": "Start" },
  { "zh-CN": "截止日期", "en-US": "Due" },
];
/** Strategy columns copied beside each bar, in the order of LABELS. */
const COPIED = ["id", "action", "owner", "status", "start", "due"] as const;

/**
 * Whether a header row is the timeline's own (in either language): refresh may replace only such a sheet.
 * Only the first six labels are compared, so a timeline written before the prerequisite columns is still its own.
 */
export function isTimelineHeader(row: readonly unknown[]): boolean {
  return (["zh-CN", "en-US"] as const).some((lang) => LABELS.every((l, i) => String(row[i] ?? "").trim() === l[lang]));
}

/** At most two years of weeks: a typo in a year must not make a sheet thousands of columns wide. */
export const MAX_WEEKS = 104;
const DEFAULT_WEEKS = 12;

export interface TimelineLayout {
  readonly sheetName: string;
  /** Header row: the labels, then each week's Monday as an Excel date serial. */
  readonly header: readonly (string | number)[];
  /** One row of formulas per strategy row, referring to the strategy sheet. */
  readonly rows: readonly string[][];
  readonly weeks: number;
  /** 0-based column of the first week. */
  readonly firstWeekCol: number;
  /** A1 range of the week cells of the body, and the formulas drawing bars and the current week (relative to its top-left cell). */
  readonly barRange: string;
  readonly barFormula: string;
  readonly todayRange: string;
  readonly todayFormula: string;
  /** 0-based columns of 前置 / Depends on and of the note naming prerequisites not yet due at the start. */
  readonly dependsOnCol: number;
  readonly noteCol: number;
  /** A1 range of the 前置 cells of the body, and the formula marking those whose note names something. */
  readonly markRange: string;
  readonly markFormula: string;
}

const monday = (d: CalendarDate) => addDays(d, 1 - isoWeekday(d));

/**
 * `strategySheetRef` is how a formula names the strategy sheet ('策略执行'!).
 * Weeks run from the Monday of the earliest start (or due) to the week of the
 * latest due; without any date, twelve weeks from the as-of week.
 */
export function timelineLayout(
  read: SheetRead<"strategies">,
  lang: Lang,
  asOf: CalendarDate,
  strategySheetRef: string,
): TimelineLayout {
  const dates = read.rows
    .flatMap((r) => [r.cells.start?.value, r.cells.due?.value])
    .flatMap((t) => (t ? [parseDateText(t)] : []))
    .filter((d): d is CalendarDate => !!d);
  const sorted = [...dates].sort(compareDates);
  const first = monday(sorted[0] ?? asOf);
  const last = monday(sorted[sorted.length - 1] ?? addDays(asOf, 7 * (DEFAULT_WEEKS - 1)));
  const weeks = Math.min(MAX_WEEKS, Math.round((excelSerialOf(last) - excelSerialOf(first)) / 7) + 1);
  const header: (string | number)[] = [
    ...[...LABELS, ...PREREQUISITE_LABELS].map((l) => l[lang]),
    ...Array.from({ length: weeks }, (_, i) => excelSerialOf(addDays(first, 7 * i))),
  ];

  const dependsOnCol = LABELS.length;
  const at = { start: COPIED.indexOf("start"), due: COPIED.indexOf("due"), dependsOn: dependsOnCol, firstRow: 2 };
  const prerequisites = prerequisiteCells(read, lang, strategySheetRef, at);
  const rows = read.rows.map((r, i) => [
    ...COPIED.map((key) => {
      const col = (read.columns as Record<string, number | undefined>)[key];
      if (col === undefined) return "";
      const ref = `${strategySheetRef}${columnLetters(col)}${r.rowNumber}`;
      // A blank source shows blank, not 0 (which a date format would show as 1900-01-00).
      return `=IF(${ref}="","",${ref})`;
    }),
    ...prerequisites[i]!,
  ]);
  const noteCol = dependsOnCol + 1;
  const firstWeekCol = noteCol + 1;
  const firstLetter = columnLetters(firstWeekCol);
  const lastLetter = columnLetters(firstWeekCol + weeks - 1);
  const bodyLast = Math.max(2, rows.length + 1);
  return {
    sheetName: TIMELINE_SHEET[lang],
    header,
    rows,
    weeks,
    firstWeekCol,
    barRange: `${firstLetter}2:${lastLetter}${bodyLast}`,
    // The week overlaps start…due; a strategy without a start is drawn in its due week.
    barFormula: `=AND(ISNUMBER($F2),${firstLetter}$1<=$F2,${firstLetter}$1+6>=IF(ISNUMBER($E2),$E2,$F2))`,
    todayRange: `${firstLetter}1:${lastLetter}${bodyLast}`,
    todayFormula: `=AND(${firstLetter}$1<=TODAY(),TODAY()<=${firstLetter}$1+6)`,
    dependsOnCol,
    noteCol,
    markRange: `${columnLetters(dependsOnCol)}2:${columnLetters(dependsOnCol)}${bodyLast}`,
    markFormula: prerequisiteMarkFormula(at, noteCol),
  };
}

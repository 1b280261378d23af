/**
 * Creates or refreshes the timeline (甘特图 / Timeline) sheet from the
 * strategy table. Refresh replaces only that sheet, and only when it is the
 * timeline's own (its header row says so); a sheet of that name holding
 * anything else is left alone and the refresh is refused. One Excel.run and a
 * constant number of round trips (find the table with its values and the
 * sheet, look at an existing sheet's header, write), whatever the row count.
 * Which strategies start before a prerequisite is due is the domain's rule,
 * written by the layout as formulas; this file only places them.
 */
import { columnLetters } from "../domain/address/a1";
import { calendarDateOfLocal, type CalendarDate } from "../domain/dates/calendar-date";
import type { Lang } from "../domain/language";
import { readSheet } from "../domain/read/read-sheet";
import { NUMBER_FORMATS } from "../domain/schema/column";
import { isTimelineHeader, TIMELINE_SHEET, timelineLayout } from "../domain/timeline/gantt";
import { AMBER, HEADER_FILL, columnWidthPoints } from "../domain/write/look";
import { quoteSheet } from "./address";
import type { TimelineReport } from "./contract";
import { WorkbookError } from "./errors";
import { runAction } from "./run";
import { scanWorkbook } from "./scan";

const BAR_FILL = "#5B9BD5";
const TODAY_FILL = "#FCE4D6";
const WEEK_FORMAT = "m/d";

export async function refreshTimeline(
  lang: Lang,
  asOf: CalendarDate = calendarDateOfLocal(new Date()),
): Promise<TimelineReport> {
  return runAction(async (action) => {
    const names = [TIMELINE_SHEET["zh-CN"], TIMELINE_SHEET["en-US"]];
    const scan = await scanWorkbook(action, { tables: ["strategies"], withValues: ["strategies"], sheets: names });
    const found = scan.tables.strategies;
    if (!found || !found.values) throw new WorkbookError("noStrategies", { sheetName: TIMELINE_SHEET[lang] });
    const read = readSheet("strategies", {
      sheetName: found.sheetName,
      values: found.values,
      origin: { row: found.row, col: found.col },
    });
    const layout = timelineLayout(read, lang, asOf, `${quoteSheet(found.sheetName)}!`);

    const wb = action.context.workbook;
    const existing = [...scan.sheets.entries()].find(([n]) => names.some((x) => x.toLowerCase() === n.toLowerCase()));
    if (existing && !existing[1].empty) {
      const head = wb.worksheets.getItem(existing[0]).getRange("A1:F1");
      head.load("values");
      await action.sync();
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- action.sync() is the counted context.sync()
      if (!isTimelineHeader(head.values[0] ?? []))
        throw new WorkbookError("timelineSheetTaken", { sheetName: existing[0] });
    }
    // Deleting and adding again drops the old bars, rows and formats in one step.
    if (existing) wb.worksheets.getItem(existing[0]).delete();
    const ws = wb.worksheets.add(layout.sheetName);
    const lastCol = layout.header.length - 1;
    const letter = columnLetters;
    const header = ws.getRange(`A1:${letter(lastCol)}1`);
    header.values = [layout.header as (string | number)[]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    ws.getRange(`${letter(layout.firstWeekCol)}1:${letter(lastCol)}1`).numberFormat = [
      Array(layout.weeks).fill(WEEK_FORMAT),
    ];
    if (layout.rows.length > 0) {
      const body = ws.getRange(`A2:${letter(layout.noteCol)}${layout.rows.length + 1}`);
      body.formulas = layout.rows.map((r) => [...r]);
      ws.getRange(`E2:F${layout.rows.length + 1}`).numberFormat = layout.rows.map(() => [
        NUMBER_FORMATS.date,
        NUMBER_FORMATS.date,
      ]);
    }
    ws.getRange("A:A").format.columnWidth = columnWidthPoints(8);
    ws.getRange("B:B").format.columnWidth = columnWidthPoints(22);
    ws.getRange("C:F").format.columnWidth = columnWidthPoints(11);
    ws.getRange(`${letter(layout.dependsOnCol)}:${letter(layout.dependsOnCol)}`).format.columnWidth =
      columnWidthPoints(10);
    ws.getRange(`${letter(layout.noteCol)}:${letter(layout.noteCol)}`).format.columnWidth = columnWidthPoints(14);
    ws.getRange(`${letter(layout.firstWeekCol)}:${letter(lastCol)}`).format.columnWidth = columnWidthPoints(5);
    const bar = ws.getRange(layout.barRange).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    bar.custom.rule.formula = layout.barFormula;
    bar.custom.format.fill.color = BAR_FILL;
    const today = ws.getRange(layout.todayRange).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    today.custom.rule.formula = layout.todayFormula;
    today.custom.format.fill.color = TODAY_FILL;
    const mark = ws.getRange(layout.markRange).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    mark.custom.rule.formula = layout.markFormula;
    mark.custom.format.fill.color = AMBER.fill;
    mark.custom.format.font.color = AMBER.font;
    ws.freezePanes.freezeRows(1);
    ws.activate();
    await action.sync();
    return { sheetName: layout.sheetName, strategies: layout.rows.length, weeks: layout.weeks, syncs: action.syncs };
  });
}

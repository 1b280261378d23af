/**
 * How a plan table looks: number formats, widths, computed columns set apart
 * from input columns, drop-downs for lists and id links, red/amber highlights
 * for alerts and approvals. Each function queues calls for one column (or one
 * table); none syncs.
 */
import type { Lang } from "../domain/language";
import type { ColumnDef } from "../domain/schema/column";
import { SHEET_SCHEMAS } from "../domain/schema/sheets";
import type { PlanSheetKey } from "../domain/schema/sheet-keys";
import { COMPUTED_FILL, COMPUTED_FONT, columnWidthPoints, DROPDOWN_ALERT, highlightsOf } from "../domain/write/look";

export {
  COMPUTED_FILL,
  COMPUTED_FONT,
  RED,
  AMBER,
  TABLE_STYLE,
  columnWidthPoints,
  numberFormatOf,
  listSource,
  highlightsOf,
} from "../domain/write/look";

/** count×1 array of one value (Office wants one entry per cell). */
export function columnOf<T>(value: T, count: number): T[][] {
  const out: T[][] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = [value];
  return out;
}

/**
 * Queues width and the input/computed look of one column's body (number
 * formats go with the values, see layout.columnWrites).
 */
export function formatColumn(sheet: Excel.Worksheet, def: ColumnDef, colLetter: string, body: Excel.Range): void {
  sheet.getRange(`${colLetter}:${colLetter}`).format.columnWidth = columnWidthPoints(def.width);
  if (def.type === "computed") {
    body.format.fill.color = COMPUTED_FILL;
    body.format.font.italic = true;
    body.format.font.color = COMPUTED_FONT;
  } else if (def.format === "text") {
    body.format.horizontalAlignment = Excel.HorizontalAlignment.left;
  }
}

/**
 * Queues a drop-down: the list's words, or for an id link the id column of the
 * linked sheet (a formula such as ='目标分解'!$A$2:$A$1000), warning style.
 */
export function addDropDown(body: Excel.Range, source: string, lang: Lang): void {
  body.dataValidation.clear();
  body.dataValidation.rule = { list: { inCellDropDown: true, source } };
  body.dataValidation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.warning,
    title: DROPDOWN_ALERT.title[lang],
    message: DROPDOWN_ALERT.message[lang],
  };
}

/** Queues the conditional formats of a status or approval column. */
export function addHighlights(body: Excel.Range, def: ColumnDef): void {
  for (const { text, color } of highlightsOf(def)) {
    const cf = body.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
    cf.textComparison.format.font.color = color.font;
    cf.textComparison.format.fill.color = color.fill;
    cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text };
  }
}

/** The id column a link column points at: goals.id for goalId, strategies.id for strategyId/dependsOn. */
export function linkTarget(def: ColumnDef): PlanSheetKey | undefined {
  return def.type === "ref" ? def.ref : undefined;
}

export function tableNameOf(sheet: PlanSheetKey): string {
  return SHEET_SCHEMAS[sheet].table;
}

/**
 * How a plan table looks: number formats, widths, computed columns set apart
 * from input columns, drop-downs for lists and id links, red/amber highlights
 * for alerts and approvals. Each function queues calls for one column (or one
 * table); none syncs.
 */
import type { Lang } from "../domain/language";
import { APPROVAL_LABELS, STATUS_LABELS } from "../domain/labels";
import { NUMBER_FORMATS, type ColumnDef } from "../domain/schema/column";
import { SHEET_SCHEMAS } from "../domain/schema/sheets";
import type { PlanSheetKey } from "../domain/schema/sheet-keys";

/** Computed cells: grey and italic, so nobody mistakes them for input. */
export const COMPUTED_FILL = "#F2F2F2";
export const COMPUTED_FONT = "#595959";
export const RED = { font: "#9C0006", fill: "#FFC7CE" };
export const AMBER = { font: "#9C5700", fill: "#FFEB9C" };
export const TABLE_STYLE = "TableStyleMedium2";

/** Excel column width in points for a width in characters (CJK headers need a little more). */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 7.5 + 6);
}

/** A column's number format, the same for every body cell. */
export function numberFormatOf(def: ColumnDef): string {
  return NUMBER_FORMATS[def.format];
}

/** count×1 array of one value (Office wants one entry per cell). */
export function columnOf<T>(value: T, count: number): T[][] {
  const out: T[][] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = [value];
  return out;
}

/** The drop-down entries of a list column in the sheet's language. */
export function listSource(def: ColumnDef, lang: Lang): string | undefined {
  if (!def.list || def.list.length === 0) return undefined;
  return def.list.map((i) => i.label[lang]).join(",");
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
 * linked sheet (a formula such as ='目标分解'!$A$2:$A$1000). Warning style: a
 * typed alias (English word in a Chinese sheet, ">=") is allowed, the reader understands it.
 */
export function addDropDown(body: Excel.Range, source: string, lang: Lang): void {
  body.dataValidation.clear();
  body.dataValidation.rule = { list: { inCellDropDown: true, source } };
  body.dataValidation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.warning,
    title: lang === "zh-CN" ? "不在列表中" : "Not in the list",
    message: lang === "zh-CN" ? "请从下拉列表中选择。" : "Please pick an entry from the drop-down list.",
  };
}

/** Which highlight each text of a computed column gets; both languages, since PLAN.* follows Excel's display language. */
export function highlightsOf(def: ColumnDef): { text: string; color: { font: string; fill: string } }[] {
  const both = (l: Record<Lang, string>) => [l["zh-CN"], l["en-US"]];
  switch (def.computed?.kind) {
    case "status":
      return [
        ...both(STATUS_LABELS.alert).map((text) => ({ text, color: RED })),
        ...both(STATUS_LABELS.warning).map((text) => ({ text, color: AMBER })),
      ];
    case "approval":
      return [
        ...both(APPROVAL_LABELS.gm).map((text) => ({ text, color: RED })),
        ...both(APPROVAL_LABELS.lead).map((text) => ({ text, color: AMBER })),
      ];
    default:
      return [];
  }
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

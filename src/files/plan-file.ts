/**
 * The plan as an .xlsx file: what `plan template` writes and the preview's
 * "download .xlsx" offers. ExcelJS is imported on first use, so a browser
 * bundle only loads it when someone asks for a file.
 */
import type { Lang } from "../domain/language";
import { DEFAULT_FORMULA_STYLE, type FormulaStyle } from "../domain/formulas/style";
import { exampleRows, exampleThresholds, workedExample } from "../domain/example";
import { planBlueprint, type BlueprintRows, type WorkbookBlueprint } from "../domain/write/blueprint";
import type { Thresholds } from "../domain/settings/thresholds";
import { buildWorkbook } from "./write-workbook";

export interface PlanFileOptions {
  lang: Lang;
  style?: FormulaStyle;
  /** The framework's worked example (rows and its thresholds); otherwise empty tables. */
  example?: boolean;
  /** Rows to write instead (tests, the preview's own workbook). */
  rows?: BlueprintRows;
  thresholds?: Thresholds;
}

export function planFileBlueprint(options: PlanFileOptions): WorkbookBlueprint {
  const style = options.style ?? DEFAULT_FORMULA_STYLE;
  if (options.example && !options.rows) {
    return planBlueprint({
      lang: options.lang,
      style,
      rows: exampleRows(workedExample(options.lang)),
      thresholds: options.thresholds ?? exampleThresholds(workedExample(options.lang)),
    });
  }
  return planBlueprint({ lang: options.lang, style, rows: options.rows, thresholds: options.thresholds });
}

/** The .xlsx bytes of a blueprint. */
export async function blueprintXlsx(bp: WorkbookBlueprint): Promise<Uint8Array> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const buffer = await buildWorkbook(ExcelJS, bp).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The .xlsx bytes of a new plan workbook. */
export function planXlsx(options: PlanFileOptions): Promise<Uint8Array> {
  return blueprintXlsx(planFileBlueprint(options));
}

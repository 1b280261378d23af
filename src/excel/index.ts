/**
 * The workbook as the task pane uses it (PlanWorkbook), implemented with the
 * Office JS Excel API only. Each method is one Excel.run with a constant number
 * of round trips; see the modules for what each does.
 */
import type { Lang } from "../domain/language";
import type { Thresholds } from "../domain/settings/thresholds";
import type { BudgetSplitPreset, CreateOptions, FormulaStyle, PeriodUpdateOptions, PlanWorkbook } from "./contract";
import { checkWorkbook } from "./check-plan";
import { createPlan } from "./create-plan";
import { addPeriodRows } from "./period-rows";
import { insertFormula, selectAddress } from "./select";
import { readSettings, writeSettings } from "./settings";
import { switchStyle } from "./switch-style";
import { writeRollupSheet } from "./rollup";
import type { RollupSheet } from "../domain/rollup/rollup-sheets";
import { restoreFormulas } from "./restore-formulas";
import { refreshTimeline } from "./timeline";

export function createExcelPlanWorkbook(): PlanWorkbook {
  return {
    create: (options: CreateOptions) => createPlan(options),
    check: () => checkWorkbook(),
    select: (address: string) => selectAddress(address),
    addPeriodRows: (options: PeriodUpdateOptions) => addPeriodRows(options),
    readSettings: () => readSettings(),
    writeSettings: (thresholds: Thresholds, split?: BudgetSplitPreset) => writeSettings(thresholds, split),
    insertFormula: (formula: string) => insertFormula(formula),
    switchStyle: (style: FormulaStyle, lang: Lang) => switchStyle(style, lang),
    writeRollup: (sheet: RollupSheet) => writeRollupSheet(sheet),
    // The review and dashboard code loads when first used, not before the pane's first render.
    refreshReview: async (lang: Lang) =>
      (await import(/* webpackChunkName: "excel-review" */ "./review")).refreshReview(lang),
    restoreFormulas: (addresses: readonly string[], lang: Lang) => restoreFormulas(addresses, lang),
    refreshTimeline: (lang: Lang) => refreshTimeline(lang),
  };
}

export type { PlanWorkbook } from "./contract";
export { setPayloadBudget, PAYLOAD_LIMIT_BYTES } from "./payload";

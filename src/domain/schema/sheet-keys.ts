import type { Localized } from "../language";

/** The four plan sheets, each holding one Excel table. */
export type PlanSheetKey = "goals" | "strategies" | "budget" | "monitoring";

/** Every sheet the add-in manages: the plan sheets plus the settings sheet with the thresholds. */
export type WorkbookSheetKey = PlanSheetKey | "settings";

/** In the order the framework fills them: goal decomposition → strategy → budget → monitoring. */
export const PLAN_SHEET_KEYS: readonly PlanSheetKey[] = ["goals", "strategies", "budget", "monitoring"];

export const WORKBOOK_SHEET_KEYS: readonly WorkbookSheetKey[] = [...PLAN_SHEET_KEYS, "settings"];

/** Worksheet names the add-in creates, by display language. */
export const SHEET_NAMES: Record<WorkbookSheetKey, Localized> = {
  goals: { "zh-CN": "目标分解", "en-US": "Goals" },
  strategies: { "zh-CN": "策略执行", "en-US": "Strategies" },
  budget: { "zh-CN": "预算分配", "en-US": "Budget" },
  monitoring: { "zh-CN": "效果监控", "en-US": "Monitoring" },
  settings: { "zh-CN": "设置", "en-US": "Settings" },
};

/**
 * Traditional Chinese names a sheet may carry when a colleague in Taiwan or
 * Hong Kong made or renamed the workbook; recognised when looking sheets up.
 */
export const SHEET_NAME_ALIASES: Record<WorkbookSheetKey, readonly string[]> = {
  goals: ["目標分解"],
  strategies: ["策略執行"],
  budget: ["預算分配"],
  monitoring: ["效果監控"],
  settings: ["設置", "設定"],
};

/** Table (ListObject) names are language-neutral so formulas and code find them in any workbook. */
export const TABLE_NAMES: Record<PlanSheetKey, string> = {
  goals: "PlanGoals",
  strategies: "PlanStrategies",
  budget: "PlanBudget",
  monitoring: "PlanMonitoring",
};

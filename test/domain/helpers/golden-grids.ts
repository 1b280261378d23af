import type { SheetGrid } from "../../../src/domain/read/grid";
import { fx, grid } from "./grid";
import type { GoldenExample } from "./spec-files";

/** The spec's zh-CN headers with the golden-example field each holds; null marks a computed column. */
const LAYOUT: Record<"goals" | "strategies" | "budget" | "monitoring", [string, string | null][]> = {
  goals: [
    ["编号", "id"],
    ["目标维度", "dimension"],
    ["具体指标", "metric"],
    ["方向", "direction"],
    ["基准值", "baseline"],
    ["目标值", "target"],
    ["挑战值", "stretch"],
    ["单位", "unit"],
    ["完成标准", "criterion"],
    ["责任人", "owner"],
    ["数据来源", "source"],
    ["统计周期", "period"],
  ],
  strategies: [
    ["编号", "id"],
    ["关联目标", "goalId"],
    ["策略方向", "strategy"],
    ["具体动作", "action"],
    ["开始日期", "start"],
    ["截止日期", "due"],
    ["负责人", "owner"],
    ["协作部门", "partners"],
    ["前置依赖", "dependsOn"],
    ["资源需求", "resources"],
    ["预算(万元)", "cost"],
    ["预期效果", "expected"],
    ["状态", "status"],
    ["优先级", "priority"],
  ],
  budget: [
    ["项目类别", "category"],
    ["明细科目", "item"],
    ["关联策略", "strategyId"],
    ["预算金额(万元)", "budget"],
    ["实际支出(万元)", "actual"],
    ["差异(万元)", null],
    ["差异率", null],
    ["影响", null],
    ["审批级别", null],
    ["差异分析", "explanation"],
    ["审批人", "approver"],
  ],
  monitoring: [
    ["周期", "period"],
    ["监控指标", "metric"],
    ["关联目标", "goalId"],
    ["数据来源", "source"],
    ["监控频率", "frequency"],
    ["方向", "direction"],
    ["目标值", "target"],
    ["实际值", "actual"],
    ["偏差率", null],
    ["状态", null],
    ["改进措施", "action"],
  ],
};

const SHEET_NAMES = { goals: "目标分解", strategies: "策略执行", budget: "预算分配", monitoring: "效果监控" };

export type Sheet = keyof typeof LAYOUT;

export function headersOf(sheet: Sheet): string[] {
  return LAYOUT[sheet].map(([h]) => h);
}

/** One sheet's rows as cells: JSON fields in their columns, "" where absent, a formula in computed columns. */
export function rowsOf(sheet: Sheet, records: readonly Record<string, unknown>[]): unknown[][] {
  return records.map((r) =>
    LAYOUT[sheet].map(([, field]) => (field === null ? fx("=PLAN.X()", "stale text") : (r[field] ?? ""))),
  );
}

export function sheetGrid(
  sheet: Sheet,
  records: readonly Record<string, unknown>[],
  extraRows: unknown[][] = [],
): SheetGrid {
  return grid(SHEET_NAMES[sheet], headersOf(sheet), [...rowsOf(sheet, records), ...extraRows]);
}

export function goldenGrids(g: GoldenExample): Record<Sheet, SheetGrid> {
  return {
    goals: sheetGrid("goals", g.goals),
    strategies: sheetGrid("strategies", g.strategies),
    budget: sheetGrid("budget", g.budget),
    monitoring: sheetGrid("monitoring", g.monitoring),
  };
}

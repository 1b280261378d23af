/**
 * PLAN.* custom functions: thin shells over the domain calculations.
 *
 * custom-functions-metadata-plugin reads the JSDoc of the `@customfunction`
 * declarations below to generate functions.json, and appends
 * `CustomFunctions.associate("<ID>", <function>)` for each of them to this module
 * in the webpack build. Outside webpack (Jest, the HyperFormula test double)
 * nothing is registered: import the functions, or PLAN_FUNCTIONS from
 * ./registry, and call them with matrices.
 *
 * Every argument is a matrix (a single cell is 1×1) and every result spills
 * (see ./spill). Per cell: blank input → "" (blank), text that is no number →
 * #VALUE!, division by zero → #DIV/0!; errors are returned, never thrown, and no
 * cell is ever NaN or ±Infinity.
 *
 * Custom-function declarations must stay top-level `function` declarations with
 * inline types (no aliases): that is what the metadata generator reads.
 */
import * as calc from "../domain/calc";
import { APPROVAL_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../domain/labels";
import type { Calc } from "../domain/values/result";
import { fromCalcError, planError } from "./errors";
import { functionsLang } from "./lang";
import { spill } from "./spill";

const OUT_OF_RANGE = "The result is too large for a cell";

/**
 * A number result as a cell: the number, "" for blank, or an error value. The
 * domain already turns overflow into #VALUE!; #NUM! is a backstop so that no
 * NaN/±Infinity can ever reach a cell.
 */
function numberCell(result: Calc<number>): unknown {
  if (result.kind === "ok") {
    return Number.isFinite(result.value) ? result.value : planError("#NUM!", OUT_OF_RANGE);
  }
  return result.kind === "blank" ? "" : fromCalcError(result);
}

function deviationCell(actual: unknown, target: unknown): unknown {
  return numberCell(calc.deviation(actual, target));
}

function statusCell(
  actual: unknown,
  target: unknown,
  direction: unknown,
  alertShortfall: unknown,
  tolerance: unknown,
): unknown {
  const result = calc.status(actual, target, direction, alertShortfall, tolerance);
  if (result.kind === "ok") return STATUS_LABELS[result.value][functionsLang()];
  return result.kind === "blank" ? "" : fromCalcError(result);
}

function roiCell(revenue: unknown, cost: unknown, mode: unknown): unknown {
  return numberCell(calc.roi(revenue, cost, mode));
}

function varianceCell(actual: unknown, budget: unknown): unknown {
  return numberCell(calc.variance(actual, budget));
}

function variancePctCell(actual: unknown, budget: unknown): unknown {
  const result = calc.variancePctShown(actual, budget);
  if (result.kind === "ok" && result.value === "unbudgeted") return VARIANCE_PCT_LABELS.unbudgeted[functionsLang()];
  return numberCell(result as Calc<number>);
}

function approvalCell(actual: unknown, budget: unknown, lead: unknown, gm: unknown): unknown {
  const result = calc.approvalLevel(actual, budget, lead, gm);
  if (result.kind === "ok") return APPROVAL_LABELS[result.value][functionsLang()];
  return result.kind === "blank" ? "" : fromCalcError(result);
}

function explainCell(actual: unknown, budget: unknown, pctThreshold: unknown, minAmount: unknown): unknown {
  const result = calc.needsExplanation(actual, budget, pctThreshold, minAmount);
  if (result.kind === "ok") return result.value;
  return result.kind === "blank" ? "" : fromCalcError(result);
}

/**
 * Deviation rate (偏差率): (actual − target) / |target|, as a fraction (format the cell as %). Blank when actual is blank (not reported yet); #DIV/0! when target is 0.
 * @customfunction DEVIATION
 * @param actual Actual value (实际值). A cell or a range.
 * @param target Target value (目标值). A cell, or a range of the same size as actual.
 * @returns Deviation rate, e.g. -0.25 for actual 1.5% against target 2%; spills for ranges.
 */
export function deviation(actual: unknown[][], target: unknown[][]): unknown[][] {
  return spill(deviationCell, actual, target);
}

/**
 * Status (状态) of a metric against its target: 达标 On track, 预警 Warning or 告警 Alert, in Excel's display language. On track when the shortfall is within the tolerance; Alert when the shortfall reaches the alert threshold.
 * @customfunction STATUS
 * @param actual Actual value (实际值). A cell or a range.
 * @param target Target value (目标值). A cell, or a range of the same size as actual.
 * @param [direction] Direction (方向): "≥" higher is better (default), "≤" lower is better, "=" closer to target is better.
 * @param [alertShortfall] Alert at a shortfall of at least this (告警偏差线), default 20% (PlanAlertShortfall).
 * @param [tolerance] On-track tolerance (达标容差), default 0% (PlanOnTrackTolerance).
 * @returns 达标/预警/告警 or On track/Warning/Alert; blank when actual is blank.
 */
export function status(
  actual: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
  alertShortfall?: unknown[][],
  tolerance?: unknown[][],
): unknown[][] {
  return spill(statusCell, actual, target, direction, alertShortfall, tolerance);
}

/**
 * Return on investment (投资回报率). Mode "ratio" (default): revenue / cost, the framework's 1:3.6 (format the cell as "1:"0.0). Mode "net": (revenue − cost) / cost. #DIV/0! when cost is 0 or less.
 * @customfunction ROI
 * @param revenue Revenue (收入). A cell or a range.
 * @param cost Cost (投入). A cell, or a range of the same size as revenue.
 * @param [mode] "ratio" (比率, default) or "net" (净收益).
 * @returns The ROI, e.g. 3.6 for cost 100 and revenue 360; spills for ranges.
 */
export function roi(revenue: unknown[][], cost: unknown[][], mode?: unknown[][]): unknown[][] {
  return spill(roiCell, revenue, cost, mode);
}

/**
 * Budget variance (差异): actual − budget, positive is overspend. Blank when actual is blank (nothing spent yet). Budget and actual must not be negative.
 * @customfunction VARIANCE
 * @param actual Actual spend (实际支出). A cell or a range.
 * @param budget Budget (预算金额). A cell, or a range of the same size as actual.
 * @returns The variance in the budget's unit (万元); spills for ranges.
 */
export function variance(actual: unknown[][], budget: unknown[][]): unknown[][] {
  return spill(varianceCell, actual, budget);
}

/**
 * Budget variance rate (差异率): (actual − budget) / budget, as a fraction (format as %). 无预算 / Unbudgeted when budget is 0.
 * @customfunction VARIANCEPCT
 * @param actual Actual spend (实际支出). A cell or a range.
 * @param budget Budget (预算金额). A cell, or a range of the same size as actual.
 * @returns The variance rate, e.g. 0.1 for actual 11 against budget 10, or 无预算/Unbudgeted; spills for ranges.
 */
export function variancePct(actual: unknown[][], budget: unknown[][]): unknown[][] {
  return spill(variancePctCell, actual, budget);
}

/**
 * Approval level (审批级别) for a budget line's overspend: 总经理 General manager above the GM threshold, 营销负责人 Marketing lead above the lead threshold, else 无需审批 None. Thresholds are exclusive; spend on a zero budget needs the general manager.
 * @customfunction APPROVAL
 * @param actual Actual spend (实际支出). A cell or a range.
 * @param budget Budget (预算金额). A cell, or a range of the same size as actual.
 * @param [leadThreshold] Overrun above which the marketing lead approves (营销负责人审批线), default 10% (PlanApprovalLead).
 * @param [gmThreshold] Overrun above which the general manager approves (总经理审批线), default 50% (PlanApprovalGM).
 * @returns The approval level in Excel's display language; blank when actual is blank.
 */
export function approval(
  actual: unknown[][],
  budget: unknown[][],
  leadThreshold?: unknown[][],
  gmThreshold?: unknown[][],
): unknown[][] {
  return spill(approvalCell, actual, budget, leadThreshold, gmThreshold);
}

/**
 * Whether a budget line needs a written explanation (需填写差异分析): TRUE when |variance %| is above the threshold and |variance| is at least the minimum amount.
 * @customfunction EXPLAIN
 * @param actual Actual spend (实际支出). A cell or a range.
 * @param budget Budget (预算金额). A cell, or a range of the same size as actual.
 * @param [pctThreshold] Explain a |variance %| above this (差异说明阈值), default 10% (PlanExplainAbove).
 * @param [minAmount] …but only from this |variance| (差异说明金额下限, 万元), default 0 (PlanExplainMinAmount).
 * @returns TRUE when an explanation is required, else FALSE; blank when actual is blank.
 */
export function explain(
  actual: unknown[][],
  budget: unknown[][],
  pctThreshold?: unknown[][],
  minAmount?: unknown[][],
): unknown[][] {
  return spill(explainCell, actual, budget, pctThreshold, minAmount);
}

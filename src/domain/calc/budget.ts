import { atLeast, clean, greaterThan } from "../values/tolerance";
import { roundResult } from "../values/rounding";
import { BLANK, fail, ok, okNumber, type Calc } from "../values/result";
import { isAmount, numberInput, plainThreshold, thresholdInput, withNumbers } from "../values/number-input";
import { DEFAULT_THRESHOLDS } from "../settings/thresholds";

export type ApprovalLevel = "none" | "lead" | "gm";
export type Effect = "favourable" | "unfavourable";

/** Approval levels in rising order; an index comparison says which is higher. */
export const APPROVAL_LEVELS: readonly ApprovalLevel[] = ["none", "lead", "gm"];

/** Budget and actual as numbers ≥ 0; a blank actual means nothing spent yet, so results are blank. */
function spend(actual: unknown, budget: unknown, f: (a: number, b: number) => Calc<unknown>) {
  return withNumbers([numberInput(actual, "Actual", "money"), numberInput(budget, "Budget", "money")], ([a, b]) => {
    if (b < 0) return fail("VALUE", `Budget cannot be negative: ${b}`);
    if (a < 0) return fail("VALUE", `Actual cannot be negative: ${a}`);
    return f(a, b);
  });
}

/** actual − budget, positive is overspend, rounded as the sheet's ROUND(E2-D2,10). */
export function varianceOf(actual: number, budget: number): number {
  return roundResult(actual - budget);
}

/** (actual − budget) / budget, rounded as the sheet rounds it; ±Infinity for budget 0. */
export function variancePctOf(actual: number, budget: number): number {
  return roundResult((actual - budget) / budget);
}

export function variance(actual: unknown, budget: unknown): Calc<number> {
  // Fast path (as in each entry point below): amounts that are plain numbers ≥ 0, which spend() would pass on unchanged.
  if (isAmount(actual) && isAmount(budget)) return okNumber(varianceOf(actual, budget));
  return spend(actual, budget, (a, b) => okNumber(varianceOf(a, b))) as Calc<number>;
}

export function variancePct(actual: unknown, budget: unknown): Calc<number> {
  if (isAmount(actual) && isAmount(budget) && budget !== 0) return okNumber(variancePctOf(actual, budget));
  return spend(actual, budget, (a, b) =>
    b === 0 ? fail("DIV0", "Budget is 0: the line is unbudgeted") : okNumber(variancePctOf(a, b)),
  ) as Calc<number>;
}

/**
 * What a variance % cell shows: the rate, or "unbudgeted" on a line with budget 0
 * (无预算 / Unbudgeted), which a reviewer reads where a bare #DIV/0! says nothing.
 */
export function variancePctShown(actual: unknown, budget: unknown): Calc<number | "unbudgeted"> {
  const pct = variancePct(actual, budget);
  if (pct.kind === "error" && pct.code === "DIV0") return ok("unbudgeted");
  return pct;
}

export function effect(actual: unknown, budget: unknown): Calc<Effect> {
  return spend(actual, budget, (a, b) => {
    const v = varianceOf(a, b);
    return v === 0 ? BLANK : ok(v > 0 ? "unfavourable" : "favourable");
  }) as Calc<Effect>;
}

/**
 * Only overspend counts; thresholds are exclusive ("above 10%") and compare
 * plainly with the rounded overrun, as the sheet's formula does. Spend on a
 * line with budget 0 is unbudgeted and needs the highest level.
 */
export function approvalLevelOf(actual: number, budget: number, lead: number, gm: number): ApprovalLevel {
  if (budget === 0) return actual > 0 ? "gm" : "none";
  const overrun = variancePctOf(actual, budget);
  if (overrun > gm) return "gm";
  if (overrun > lead) return "lead";
  return "none";
}

export function approvalLevel(actual: unknown, budget: unknown, lead?: unknown, gm?: unknown): Calc<ApprovalLevel> {
  const ln = plainThreshold(lead, DEFAULT_THRESHOLDS.approvalLead);
  const gn = plainThreshold(gm, DEFAULT_THRESHOLDS.approvalGM);
  if (ln !== undefined && gn !== undefined && isAmount(actual) && isAmount(budget)) {
    return ok(approvalLevelOf(actual, budget, ln, gn));
  }
  const l = thresholdInput(lead, DEFAULT_THRESHOLDS.approvalLead, "Lead threshold");
  const g = thresholdInput(gm, DEFAULT_THRESHOLDS.approvalGM, "GM threshold");
  return withNumbers([l, g], ([leadAt, gmAt]) =>
    spend(actual, budget, (a, b) => ok(approvalLevelOf(a, b, leadAt, gmAt))),
  ) as Calc<ApprovalLevel>;
}

/** |variance %| above the threshold and |variance| at least the materiality floor. */
export function needsExplanationOf(actual: number, budget: number, pctThreshold: number, minAmount: number): boolean {
  const v = varianceOf(actual, budget);
  if (v === 0) return false;
  if (!atLeast(Math.abs(v), minAmount)) return false;
  if (budget === 0) return true;
  return greaterThan(Math.abs(variancePctOf(actual, budget)), pctThreshold);
}

export function needsExplanation(
  actual: unknown,
  budget: unknown,
  pctThreshold?: unknown,
  minAmount?: unknown,
): Calc<boolean> {
  const pn = plainThreshold(pctThreshold, DEFAULT_THRESHOLDS.explainAbove);
  const mn = plainThreshold(minAmount, DEFAULT_THRESHOLDS.explainMinAmount);
  if (pn !== undefined && mn !== undefined && isAmount(actual) && isAmount(budget)) {
    return ok(needsExplanationOf(actual, budget, pn, mn));
  }
  const p = thresholdInput(pctThreshold, DEFAULT_THRESHOLDS.explainAbove, "Explanation threshold");
  const m = thresholdInput(minAmount, DEFAULT_THRESHOLDS.explainMinAmount, "Minimum amount");
  return withNumbers([p, m], ([pctAt, minAt]) =>
    spend(actual, budget, (a, b) => ok(needsExplanationOf(a, b, pctAt, minAt))),
  ) as Calc<boolean>;
}

/** Contingency lines over the total budget. */
export function contingencyShareOf(contingency: number, total: number): Calc<number> {
  if (total <= 0) return fail("DIV0", "Total budget is 0");
  return okNumber(clean(contingency / total));
}

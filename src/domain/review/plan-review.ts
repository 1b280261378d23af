import { share, total } from "../check/amounts";
import { budgetFactsOf, type BudgetFacts } from "../check/budget-facts";
import type { PlanReads } from "../check/place";
import { summarize } from "../check/summary";
import type { Lang } from "../language";
import type { Thresholds } from "../settings/thresholds";
import { clean } from "../values/tolerance";
import { reviewGoals, type GoalReview } from "./goals-review";
import { reviewMetrics, type MetricSeries } from "./metric-series";
import { reviewStrategies, type StrategyReview } from "./strategies-review";

/** The plan's totals (万元 and fractions); a figure that cannot be computed is null, never 0. */
export interface PlanTotals {
  /** Σ budget, contingency included; null without a budget sheet. */
  budget: number | null;
  actual: number | null;
  /** actual / budget; 1.2 = 120%. */
  executionRate: number | null;
  /** Σ attributed revenue of the strategies; null when no strategy records one. */
  revenue: number | null;
  /** revenue / actual, the x of 1:x. */
  roi: number | null;
  /** contingency budget / budget. */
  contingencyShare: number | null;
}

export interface CategoryReview {
  /** List key (channel, promotion …), or the text typed when it is in no list, "" when blank. */
  category: string;
  /** The category as the sheet names it in the review's language. */
  label: string;
  budget: number;
  actual: number;
  /** The category's budget / total budget; null when there is no budget to share. */
  share: number | null;
}

/** One budget line, for the dashboard's variance chart. */
export interface LineReview {
  item: string;
  category: string;
  budget: number | null;
  actual: number | null;
  /** (actual − budget) / budget; null without an actual or a budget. */
  variancePct: number | null;
  row: number;
}

/** The review (复盘): the framework's five parts but the lessons, which people write. */
export interface PlanReview {
  plan: PlanTotals;
  goals: GoalReview[];
  strategies: StrategyReview[];
  categories: CategoryReview[];
  lines: LineReview[];
  /** Each monitored metric's target and actual, period by period. */
  metrics: MetricSeries[];
}

function ratio(part: number | null, whole: number | null): number | null {
  return part !== null && whole !== null && whole > 0 ? clean(part / whole) : null;
}

function categoriesOf(facts: readonly BudgetFacts[], reads: PlanReads, t: Thresholds, lang: Lang): CategoryReview[] {
  const allBudgets = facts.map((f) => f.budget ?? 0);
  return summarize(reads, t, lang)
    .categoryShare.map(({ category, label, budget }) => {
      const mine = facts.filter((f) => f.category === category);
      return {
        category,
        label,
        budget,
        actual: clean(total(mine.map((f) => f.actual ?? 0))),
        share: share(
          mine.map((f) => f.budget ?? 0),
          allBudgets,
        ),
      };
    })
    .map((c) => ({ ...c, share: c.share === null ? null : clean(c.share) }));
}

/** The review from the plan sheets as read, with the workbook's thresholds; labels in `lang`. */
export function reviewPlan(reads: PlanReads, t: Thresholds, lang: Lang): PlanReview {
  const facts = reads.budget ? budgetFactsOf(reads.budget, t) : [];
  const summary = summarize(reads, t, lang);
  const strategies = reviewStrategies(reads, t);
  // A total over an amount typed as words would be a silent zero for that line: the check reports the cell, the total waits for it.
  const unreadable = (key: "budget" | "actual") => facts.some((f) => f.row.cells[key]?.state === "invalid");
  const budget = reads.budget && !unreadable("budget") ? summary.totalBudget : null;
  const actual = reads.budget && !unreadable("actual") ? summary.totalActual : null;
  const revenues = strategies.map((s) => s.revenue).filter((r): r is number => r !== null);
  const revenue = revenues.length > 0 ? clean(total(revenues)) : null;
  return {
    plan: {
      budget,
      actual,
      executionRate: ratio(actual, budget),
      revenue,
      roi: ratio(revenue, actual),
      contingencyShare: summary.contingencyShare,
    },
    goals: reviewGoals(reads, t),
    strategies,
    categories: categoriesOf(facts, reads, t, lang),
    lines: facts.map((f) => ({
      item: String(f.row.cells.item?.value ?? ""),
      category: f.category,
      budget: f.budget,
      actual: f.actual,
      variancePct: f.variancePct,
      row: f.row.row,
    })),
    metrics: reviewMetrics(reads, t),
  };
}

import { share, total } from "./amounts";
import type { Lang } from "../language";
import { normalizeLabel } from "../schema/normalize";
import { BUDGET_CATEGORIES, CONTINGENCY_CATEGORY } from "../schema/lists";
import type { Thresholds } from "../settings/thresholds";
import { atLeast, clean } from "../values/tolerance";
import { formatPeriod } from "../period/period";
import { idKey } from "./ids";
import { budgetFactsOf } from "./budget-facts";
import { monitoringFactsOf, type MonitoringFacts } from "./monitoring-facts";
import type { PlanReads } from "./place";

/** The plan at a glance (the task pane's SummaryView). */
export interface PlanSummary {
  totalBudget: number;
  totalActual: number;
  /** Sum of the line variances, i.e. over lines with an actual (a blank actual has no variance yet). */
  variance: number;
  /** Budget share by category, in list order, then categories typed outside the list. */
  categoryShare: { category: string; label: string; budget: number; share: number }[];
  /** null when there is no budget to share out. */
  contingencyShare: number | null;
  /** Budget lines whose overrun needs each approval level. */
  approvalsDue: { lead: number; gm: number };
  /**
   * Each metric counted once, by its latest period (what a manager looks at):
   * notReported when that period has no actual yet, no status can be taken from
   * it, or the metric's periods cannot be read.
   */
  metricsByStatus: { onTrack: number; warning: number; alert: number; notReported: number };
  /**
   * Metrics whose latest reported actual reaches the stretch value (挑战值) of
   * the goal they link to, in the goal's direction: beyond the target, the
   * three-level system's top level. The pane shows how many, and which.
   */
  stretchReached: { metric: string; goalId: string; period: string; actual: number; stretch: number }[];
}

export function summarize(reads: PlanReads, t: Thresholds, lang: Lang): PlanSummary {
  return {
    ...budgetSummary(reads, t, lang),
    metricsByStatus: metricsByStatus(reads, t),
    stretchReached: stretchReached(reads, t),
  };
}

function stretchReached(reads: PlanReads, t: Thresholds): PlanSummary["stretchReached"] {
  if (!reads.monitoring || !reads.goals) return [];
  const goals = new Map<string, { stretch: number; direction: string }>();
  for (const g of reads.goals.rows) {
    const id = g.cells.id?.value;
    const stretch = g.cells.stretch?.value;
    const dir = g.cells.direction;
    const direction = !dir || dir.state === "blank" ? "≥" : dir.state === "value" ? (dir.value ?? "") : "";
    if (id && stretch != null && !goals.has(idKey(id))) goals.set(idKey(id), { stretch, direction });
  }
  const out: PlanSummary["stretchReached"] = [];
  for (const rows of monitoringFactsOf(reads.monitoring, t).series.values()) {
    const latest = [...rows].reverse().find((f) => f.actual !== null);
    if (!latest || latest.actual === null || !latest.period) continue;
    for (const goalId of latest.row.cells.goalId?.value ?? []) {
      const goal = goals.get(idKey(goalId));
      if (!goal) continue;
      const reached =
        goal.direction === "≥"
          ? atLeast(latest.actual, goal.stretch)
          : goal.direction === "≤"
            ? atLeast(goal.stretch, latest.actual)
            : false;
      if (reached) {
        out.push({
          metric: latest.metric,
          goalId,
          period: formatPeriod(latest.period),
          actual: latest.actual,
          stretch: goal.stretch,
        });
        break;
      }
    }
  }
  return out;
}

function budgetSummary(
  reads: PlanReads,
  t: Thresholds,
  lang: Lang,
): Omit<PlanSummary, "metricsByStatus" | "stretchReached"> {
  const facts = reads.budget ? budgetFactsOf(reads.budget, t) : [];
  const budgets = facts.map((f) => f.budget ?? 0);
  const totalBudget = clean(total(budgets));
  const totalActual = clean(total(facts.map((f) => f.actual ?? 0)));
  const variance = clean(total(facts.map((f) => f.variance ?? 0)));

  const byCategory = new Map<string, number[]>();
  for (const f of facts) {
    const amounts = byCategory.get(f.category);
    if (amounts) amounts.push(f.budget ?? 0);
    else byCategory.set(f.category, [f.budget ?? 0]);
  }
  const listed = BUDGET_CATEGORIES.filter((c) => byCategory.has(c.key)).map((c) => ({
    category: c.key,
    label: budgetCategoryLabel(c.key, lang),
  }));
  const others = [...byCategory.keys()]
    .filter((k) => !BUDGET_CATEGORIES.some((c) => c.key === k))
    .map((k) => ({ category: k, label: budgetCategoryLabel(k, lang) }));
  const categoryShare = [...listed, ...others].map(({ category, label }) => {
    const amounts = byCategory.get(category)!;
    return { category, label, budget: clean(total(amounts)), share: clean(share(amounts, budgets) ?? 0) };
  });

  const contingency = share(byCategory.get(CONTINGENCY_CATEGORY) ?? [], budgets);
  return {
    totalBudget,
    totalActual,
    variance,
    categoryShare,
    contingencyShare: contingency === null ? null : clean(contingency),
    approvalsDue: {
      lead: facts.filter((f) => f.approval === "lead").length,
      gm: facts.filter((f) => f.approval === "gm").length,
    },
  };
}

function metricsByStatus(reads: PlanReads, t: Thresholds): PlanSummary["metricsByStatus"] {
  const counts = { onTrack: 0, warning: 0, alert: 0, notReported: 0 };
  const { facts, series } = reads.monitoring
    ? monitoringFactsOf(reads.monitoring, t)
    : { facts: [], series: new Map<string, MonitoringFacts[]>() };
  const latest: MonitoringFacts[] = [...series.values()].map((rows) => rows[rows.length - 1]);
  // A metric whose rows all have unreadable periods still exists: counted once, as not reported.
  const named = new Set(latest.map((f) => normalizeLabel(f.metric)));
  for (const f of facts) {
    const name = normalizeLabel(f.metric);
    if (!f.period && name !== "" && !named.has(name)) {
      named.add(name);
      counts.notReported++;
    }
  }
  for (const f of latest) {
    if (f.status === null) counts.notReported++;
    else counts[f.status]++;
  }
  return counts;
}

/** A summary category (a list key, or what was typed) as people read it in `lang`. */
export function budgetCategoryLabel(category: string, lang: Lang): string {
  const listed = BUDGET_CATEGORIES.find((c) => c.key === category);
  if (listed) return listed.label[lang];
  return category === "" ? (lang === "zh-CN" ? "（未分类）" : "(no category)") : category;
}

import { budgetFactsOf } from "../check/budget-facts";
import { idKey } from "../check/ids";
import type { PlanReads } from "../check/place";
import type { Thresholds } from "../settings/thresholds";
import { atLeast, clean } from "../values/tolerance";

/** One strategy at review time: what it cost, what it brought, and its share of the plan's revenue. */
export interface StrategyReview {
  id: string | null;
  action: string;
  /** 预算(万元) as planned on the strategy sheet. */
  cost: number | null;
  /** Σ actual of the budget lines linked to it; its cost when no line links it; null when a linked actual cannot be read. */
  spend: number | null;
  /** 归因收入(万元); null when blank or the column is not on the sheet. */
  revenue: number | null;
  /** revenue / spend, the x of 1:x; null without revenue or spend. */
  roi: number | null;
  /** ROI below PlanMinROI; null when there is no ROI. */
  belowMinRoi: boolean | null;
  /** Its revenue / all attributed revenue; null without its revenue or any revenue at all. */
  contribution: number | null;
  row: number;
}

interface Spend {
  sum: number;
  lines: number;
  unreadable: boolean;
}

/**
 * What the budget lines spent per strategy id. A line that names two
 * strategies counts for both: the sheet does not say how it splits, and the
 * check's cost-vs-lines rule reads it the same way.
 */
function spendByStrategy(reads: PlanReads, t: Thresholds): Map<string, Spend> {
  const out = new Map<string, Spend>();
  if (!reads.budget) return out;
  for (const f of budgetFactsOf(reads.budget, t)) {
    const actualCell = f.row.cells.actual;
    const unreadable = actualCell?.state === "invalid";
    for (const id of f.row.cells.strategyId?.value ?? []) {
      const key = idKey(id);
      const s = out.get(key) ?? { sum: 0, lines: 0, unreadable: false };
      s.sum += f.actual ?? 0; // blank = nothing spent yet
      s.lines++;
      s.unreadable ||= unreadable;
      out.set(key, s);
    }
  }
  return out;
}

export function reviewStrategies(reads: PlanReads, t: Thresholds): StrategyReview[] {
  if (!reads.strategies) return [];
  const spends = spendByStrategy(reads, t);
  const rows = reads.strategies.rows.map((row) => {
    const id = row.cells.id?.value ?? null;
    const cost = row.cells.cost?.value ?? null;
    const linked = id ? spends.get(idKey(id)) : undefined;
    const spend = linked ? (linked.unreadable ? null : clean(linked.sum)) : cost;
    const revenue = row.cells.revenue?.value ?? null;
    const roi = revenue !== null && spend !== null && spend > 0 ? clean(revenue / spend) : null;
    return {
      id,
      action: String(row.cells.action?.value ?? ""),
      cost,
      spend,
      revenue,
      roi,
      belowMinRoi: roi === null ? null : !atLeast(roi, t.minROI),
      row: row.row,
    };
  });
  const allRevenue = rows.reduce((s, r) => s + (r.revenue ?? 0), 0);
  return rows.map((r) => ({
    ...r,
    contribution: r.revenue !== null && allRevenue > 0 ? clean(r.revenue / allRevenue) : null,
  }));
}

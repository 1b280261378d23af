import { findListItem } from "../schema/lists";
import { sheetColumns } from "../schema/sheets";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { THRESHOLD_DEFS, type Thresholds } from "../settings/thresholds";
import type { RowInput } from "../write/cell-values";
import type { PlanExample } from "./example-shape";

export interface ExampleRows {
  goals: RowInput<"goals">[];
  strategies: RowInput<"strategies">[];
  budget: RowInput<"budget">[];
  monitoring: RowInput<"monitoring">[];
}

/**
 * Turns example-shaped data into domain rows for each sheet: list entries
 * (品牌, 月, 渠道费用 …) become list keys so the rows can be written in either
 * language, links become id lists, and only schema columns are kept. An entry
 * that is in no list is a mistake in the example data, so it throws.
 */
export function exampleRows(example: PlanExample): ExampleRows {
  return {
    goals: example.goals.map((r) => toRow("goals", r)),
    strategies: example.strategies.map((r) => toRow("strategies", r)),
    budget: example.budget.map((r) => toRow("budget", r)),
    monitoring: example.monitoring.map((r) => toRow("monitoring", r)),
  };
}

function toRow<S extends PlanSheetKey>(sheet: S, data: object): RowInput<S> {
  const source = data as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const def of sheetColumns(sheet)) {
    const value = source[def.key];
    if (value === undefined || def.type === "computed") continue;
    if (def.type === "list") {
      const item = findListItem(def.list ?? [], value);
      if (!item) throw new Error(`Example ${sheet}.${def.key}: "${String(value)}" is not in the list`);
      row[def.key] = item.key;
    } else if (def.type === "ref") {
      row[def.key] = [String(value)];
    } else {
      row[def.key] = value;
    }
  }
  return row as RowInput<S>;
}

/** The example's settings as thresholds; names it does not give keep their defaults. */
export function exampleThresholds(example: PlanExample): Thresholds {
  const t: Record<string, number> = {};
  for (const def of THRESHOLD_DEFS) t[def.key] = example.thresholds[def.name] ?? def.defaultValue;
  return t as unknown as Thresholds;
}

/**
 * Realistic plan data at any size, in domain terms (RowInput, list keys, ISO
 * dates, id lists) and as the grids Office hands the domain (values plus the
 * formulas of the computed columns).
 *
 * Shape: goals G1…Gn over six dimensions and ~40 owners; strategies S1…Sn each
 * serving a goal, every fifth depending on the one before (no cycles); budget
 * lines in 万元 over the six categories (about a tenth contingency), 70–160% spent,
 * some not yet, most overspends explained; monitoring as metrics × weeks (a
 * weekly row per metric, the latest week not yet reported). About 1% of rows
 * have a typical slip (no owner, unexplained overspend) so the check has
 * findings to report, as a real plan does.
 */
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import type { Lang } from "../../src/domain/language";
import type { SheetGrid } from "../../src/domain/read/grid";
import type { PlanSheetKey } from "../../src/domain/schema/sheet-keys";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import { sheetColumns, sheetHeaders } from "../../src/domain/schema/sheets";
import { rowInSchemaOrder, type RowInput } from "../../src/domain/write/cell-values";
import { computedColumnFormulas, computedDefs, newTableColumns } from "../../src/domain/write/layout";
import { rng } from "./util";

export interface PlanRows {
  goals: RowInput<"goals">[];
  strategies: RowInput<"strategies">[];
  budget: RowInput<"budget">[];
  monitoring: RowInput<"monitoring">[];
}

const OWNERS = [
  "王经理",
  "李总监",
  "张主管",
  "赵专员",
  "刘经理",
  "陈主管",
  "杨专员",
  "黄总监",
  "周经理",
  "吴专员",
].flatMap((n) => [n, `${n}A`, `${n}B`, `${n}C`]);
const DIMENSIONS = ["brand", "sales", "user", "acquisition", "retention", "revenue"];
const METRICS = [
  "品牌搜索量",
  "新产品月销量",
  "新增注册用户",
  "点击率",
  "复购率",
  "品牌美誉度",
  "获客成本",
  "转化率",
  "客单价",
  "留存率",
];
const SOURCES = ["百度指数", "ERP系统", "CRM系统", "KOL后台数据", "第三方调研报告", "GA4", "天猫生意参谋"];
const STRATEGY_TYPES = ["product", "price", "channel", "promotion"];
const STATUSES = ["notStarted", "inProgress", "done", "delayed"];
const CATEGORIES = ["channel", "promotion", "materials", "staff", "services"];
const ACTIONS = [
  "筛选10位垂类KOL",
  "天猫旗舰店首发",
  "推出体验装",
  "618大促预热",
  "小红书种草",
  "直播间专场",
  "会员日满减",
  "门店快闪活动",
];
const ITEMS = [
  "天猫推广费",
  "KOL合作费",
  "宣传册/海报",
  "直播坑位费",
  "信息流投放",
  "活动场地费",
  "设计外包费",
  "调研服务费",
];

function isoDate(dayOfYear: number): string {
  const d = new Date(Date.UTC(2026, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** `n` rows per sheet (monitoring: ⌈n/50⌉ metrics × 50 weeks, cut to n). */
export function planRows(n: number, seed = 2026): PlanRows {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const goals: RowInput<"goals">[] = [];
  for (let i = 1; i <= n; i++) {
    const m = METRICS[i % METRICS.length];
    const target = i % 3 === 0 ? round2(0.01 + r() * 0.3) : Math.round(1000 + r() * 99_000);
    goals.push({
      id: `G${i}`,
      dimension: DIMENSIONS[i % DIMENSIONS.length],
      metric: `${m}${i}`,
      direction: m === "获客成本" ? "≤" : "≥",
      baseline: typeof target === "number" ? round2(target * 0.8) : "",
      target,
      stretch: round2(target * 1.2),
      unit: i % 3 === 0 ? "%" : "次/月",
      criterion: `月均${m}达标`,
      owner: r() < 0.01 ? "" : pick(OWNERS),
      source: pick(SOURCES),
      period: "monthly",
    });
  }
  const strategies: RowInput<"strategies">[] = [];
  for (let i = 1; i <= n; i++) {
    const start = Math.floor(r() * 300);
    strategies.push({
      id: `S${i}`,
      goalId: [`G${1 + ((i * 7) % n)}`],
      strategy: pick(STRATEGY_TYPES),
      action: `${pick(ACTIONS)}·${i}`,
      start: isoDate(start),
      due: isoDate(start + 7 + Math.floor(r() * 50)),
      owner: r() < 0.01 ? "" : pick(OWNERS),
      partners: "设计部、电商部",
      dependsOn: i % 5 === 0 && i > 1 ? [`S${i - 1}`] : undefined,
      resources: "平台推广费",
      cost: round2(1 + r() * 49),
      expected: "首月销量3000件",
      status: pick(STATUSES),
      priority: pick(["P1", "P2", "P3"]),
    });
  }
  const budget: RowInput<"budget">[] = [];
  for (let i = 1; i <= n; i++) {
    const contingency = i % 10 === 0;
    const b = round2(1 + r() * 99);
    const spent = contingency || r() < 0.05 ? undefined : round2(b * (0.7 + r() * 0.9));
    const over = spent !== undefined && (spent - b) / b > 0.1;
    budget.push({
      category: contingency ? "contingency" : pick(CATEGORIES),
      item: `${contingency ? "应急预算" : pick(ITEMS)}·${i}`,
      strategyId: [`S${1 + ((i * 3) % n)}`],
      budget: b,
      actual: spent,
      explanation: over && r() > 0.02 ? "竞价关键词成本超预期" : "",
      approver: over ? pick(OWNERS) : "",
    });
  }
  const monitoring: RowInput<"monitoring">[] = [];
  const metrics = Math.ceil(n / 50);
  for (let m = 0; m < metrics && monitoring.length < n; m++) {
    const name = `${METRICS[m % METRICS.length]}·${m + 1}`;
    const target = m % 3 === 0 ? round2(0.01 + r() * 0.3) : Math.round(1000 + r() * 99_000);
    const direction = METRICS[m % METRICS.length] === "获客成本" ? "≤" : "≥";
    for (let w = 1; w <= 50 && monitoring.length < n; w++) {
      monitoring.push({
        period: `2025-W${String(w).padStart(2, "0")}`,
        metric: name,
        goalId: [`G${1 + (m % n)}`],
        source: pick(SOURCES),
        frequency: "weekly",
        direction,
        target,
        actual:
          w === 50
            ? undefined
            : m % 3 === 0
              ? round2(target * (0.6 + r() * 0.6))
              : Math.round(target * (0.6 + r() * 0.6)),
        action: r() < 0.3 ? "优化内容标题,增加利益点" : "",
      });
    }
  }
  return { goals, strategies, budget, monitoring };
}

const fn = (id: string) => PLAN_FUNCTIONS.find((f) => f.id === id)!.fn;
const one = (v: unknown): unknown[][] => [[v === undefined ? null : v]];

/** What a computed cell shows, as Excel would after recalculating its PLAN formula. */
function computedValue(key: string, row: Record<string, unknown>): unknown {
  const first = (m: unknown[][]): unknown => {
    const v = m[0][0];
    return typeof v === "object" && v !== null ? (v as { code: string }).code : v;
  };
  switch (key) {
    case "variance":
      return first(fn("VARIANCE")(one(row.actual), one(row.budget)));
    case "variancePct":
      return first(fn("VARIANCEPCT")(one(row.actual), one(row.budget)));
    case "effect": {
      const v = first(fn("VARIANCE")(one(row.actual), one(row.budget)));
      return typeof v === "number" ? (v > 0 ? "不利" : v < 0 ? "有利" : "") : v;
    }
    case "approval":
      return first(fn("APPROVAL")(one(row.actual), one(row.budget), one(0.1), one(0.5)));
    case "deviation":
      return first(fn("DEVIATION")(one(row.actual), one(row.target)));
    case "status":
      return first(fn("STATUS")(one(row.actual), one(row.target), one(row.direction), one(0.2), one(0)));
    default:
      return "";
  }
}

/**
 * A sheet as the Excel layer hands it to the domain: header row, values of every
 * cell ("" for empty, as Office returns them), and the formulas of the computed
 * columns (PLAN style) with null elsewhere.
 */
export function sheetGrid<S extends PlanSheetKey>(
  sheet: S,
  rows: readonly RowInput<S>[],
  lang: Lang = "zh-CN",
): SheetGrid {
  const defs = sheetColumns(sheet);
  const cols = newTableColumns(sheet);
  const computed = computedDefs(sheet).map((d) => ({
    def: d,
    index: defs.indexOf(d),
    formulas: computedColumnFormulas(d, cols, "plan", lang, 1, rows.length),
  }));
  const values: unknown[][] = [sheetHeaders(sheet, lang)];
  const formulas: unknown[][] = [new Array(defs.length).fill(null)];
  rows.forEach((row, i) => {
    const v: unknown[] = rowInSchemaOrder(sheet, row, lang).map((x) => (x === null || x === undefined ? "" : x));
    const f: unknown[] = new Array(defs.length).fill(null);
    for (const c of computed) {
      v[c.index] = computedValue(c.def.key, row as Record<string, unknown>);
      f[c.index] = c.formulas[i][0];
    }
    values.push(v);
    formulas.push(f);
  });
  return { sheetName: SHEET_NAMES[sheet][lang], values, formulas };
}

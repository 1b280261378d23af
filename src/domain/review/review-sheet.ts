/**
 * What the 复盘 / Review sheet and the 看板 / Dashboard hold, as cells and
 * charts: the words written into them, the formulas Excel can compute over
 * the plan tables (sums and SUMIFS by category, ROI and shares from cells
 * beside them) and the values only the domain can give (latest reported
 * actuals, completion, spend by strategy). Hosts write these blocks as they are.
 */
import type { Lang, Localized } from "../language";
import { STATUS_LABELS } from "../labels";
import { NUMBER_FORMATS } from "../schema/column";
import { cellA1 } from "../address/a1";
import type { PlanReview } from "./plan-review";

export const REVIEW_SHEET_NAME: Localized = { "zh-CN": "复盘", "en-US": "Review" };
export const DASHBOARD_SHEET_NAME: Localized = { "zh-CN": "看板", "en-US": "Dashboard" };
export const LESSONS_TABLE = "PlanLessons";
export const LESSONS_HEADERS: Record<Lang, readonly string[]> = {
  "zh-CN": ["场景", "策略", "动作", "结果", "经验"],
  "en-US": ["Scenario", "Strategy", "Action", "Result", "Lesson"],
};
/** The review's own columns (A–G), rewritten by every refresh; the lessons table starts beyond them and is never cleared. */
export const REVIEW_COLUMNS = 7;
export const LESSONS_COL = 8; // column I

/** Column ranges of the plan tables, as formulas reference them ('预算分配'!$D$2:$D$8); absent when the column is not there. */
export interface PlanRefs {
  budget?: string;
  actual?: string;
  category?: string;
  revenue?: string;
  /** The contingency category as the budget sheet spells it, for SUMIFS. */
  contingencyText?: string;
  /** Each category key as the sheet spells it. */
  categoryText: ReadonlyMap<string, string>;
}

export type BlockCell = string | number | boolean | null;

/** A rectangle of cells from (row, col), 0-based; `formats` per column (Excel number formats). */
export interface Block {
  row: number;
  col: number;
  cells: BlockCell[][];
  formats: string[];
  /** The first row is a header (shown bold, filled). */
  header: boolean;
}

export type ChartKind = "budgetByCategory" | "varianceByLine" | "metricTrend" | "goalCompletion";

export interface ChartSpec {
  kind: ChartKind;
  type: "ColumnClustered" | "BarClustered" | "LineMarkers";
  title: string;
  /** The source range on the review sheet, header row included. */
  source: { row: number; col: number; rows: number; cols: number };
}

export interface ReviewLayout {
  blocks: Block[];
  charts: ChartSpec[];
  /** Row of the lessons table's header. */
  lessonsRow: number;
}

const W = {
  title: { "zh-CN": "复盘", "en-US": "Review" },
  lessons: { "zh-CN": "经验沉淀", "en-US": "Lessons" },
  plan: { "zh-CN": ["计划总览", "数值"], "en-US": ["Plan", "Value"] },
  planRows: {
    "zh-CN": ["预算(万元)", "实际支出(万元)", "执行率", "归因收入(万元)", "ROI", "应急预算占比"],
    "en-US": ["Budget (10k)", "Actual (10k)", "Execution rate", "Attributed revenue (10k)", "ROI", "Contingency share"],
  },
  categories: {
    "zh-CN": ["项目类别", "预算(万元)", "实际支出(万元)", "占比"],
    "en-US": ["Category", "Budget (10k)", "Actual (10k)", "Share"],
  },
  goals: {
    "zh-CN": ["具体指标", "完成率", "编号", "目标值", "实际值", "周期", "状态"],
    "en-US": ["Metric", "Completion", "ID", "Target", "Actual", "Period", "Status"],
  },
  strategies: {
    "zh-CN": ["具体动作", "ROI", "编号", "预算(万元)", "支出(万元)", "归因收入(万元)", "贡献占比"],
    "en-US": ["Action", "ROI", "ID", "Cost (10k)", "Spend (10k)", "Attributed revenue (10k)", "Contribution"],
  },
  lines: {
    "zh-CN": ["明细科目", "差异率", "预算金额(万元)", "实际支出(万元)"],
    "en-US": ["Line item", "Variance %", "Budget (10k)", "Actual (10k)"],
  },
  trend: { "zh-CN": ["周期", "目标值", "实际值"], "en-US": ["Period", "Target", "Actual"] },
  notReported: { "zh-CN": "未报告", "en-US": "Not reported" },
  charts: {
    budgetByCategory: { "zh-CN": "各类别预算与实际", "en-US": "Budget vs actual by category" },
    varianceByLine: { "zh-CN": "各明细差异率", "en-US": "Variance % by line" },
    goalCompletion: { "zh-CN": "目标完成率", "en-US": "Goal completion" },
    metricTrend: { "zh-CN": "目标与实际", "en-US": "target vs actual" },
  },
} as const;

const PCT = NUMBER_FORMATS.percent;
const MONEY = NUMBER_FORMATS.money;
const ROI = NUMBER_FORMATS.roi;
const GEN = NUMBER_FORMATS.general;
const TXT = NUMBER_FORMATS.text;

/** Number formats of the plan totals, row by row (money, money, %, money, 1:x, %). */
const PLAN_TOTAL_FORMATS = [MONEY, MONEY, PCT, MONEY, ROI, PCT];

const v = (x: number | null): BlockCell => (x === null ? "" : x);
/** Excel strings that read as something else (=…, 12) are kept as text by a leading apostrophe. */
const text = (s: string): string => (/^[=+\-@]|^\s*[\d.]+%?\s*$/.test(s) ? `'${s}` : s);

/** The review sheet's cells and the dashboard's charts for a review, over the plan tables' ranges. */
export function reviewLayout(review: PlanReview, refs: PlanRefs, lang: Lang): ReviewLayout {
  const blocks: Block[] = [];
  const charts: ChartSpec[] = [];
  let row = 0;
  blocks.push({ row, col: 0, cells: [[W.title[lang]]], formats: [GEN], header: false });
  row += 2;

  // Plan totals: B column, formulas over the plan tables where their columns are there.
  const top = row + 1; // first value row (0-based)
  const at = (i: number) => cellA1(top + i, 1);
  const sum = (ref: string | undefined, fallback: number | null) => (ref ? `=SUM(${ref})` : v(fallback));
  const p = review.plan;
  const contingency =
    refs.budget && refs.category && refs.contingencyText !== undefined
      ? `=IF(${at(0)}>0,SUMIFS(${refs.budget},${refs.category},"${refs.contingencyText.replace(/"/g, '""')}")/${at(0)},"")`
      : v(p.contingencyShare);
  const planValues: BlockCell[] = [
    sum(refs.budget, p.budget),
    sum(refs.actual, p.actual),
    `=IF(${at(0)}>0,${at(1)}/${at(0)},"")`,
    refs.revenue ? `=IF(COUNT(${refs.revenue})>0,SUM(${refs.revenue}),"")` : v(p.revenue),
    `=IF(AND(ISNUMBER(${at(3)}),N(${at(1)})>0),${at(3)}/${at(1)},"")`,
    contingency,
  ];
  blocks.push({ row, col: 0, header: true, formats: [TXT, TXT], cells: [[...W.plan[lang]]] });
  // One block per total: each has its own number format (money, %, 1:x).
  W.planRows[lang].forEach((label, i) =>
    blocks.push({
      row: top + i,
      col: 0,
      header: false,
      formats: [TXT, PLAN_TOTAL_FORMATS[i]],
      cells: [[label, planValues[i]]],
    }),
  );
  row = top + planValues.length + 1;
  const planBudgetCell = `$B$${top + 1}`;

  // Budget by category: SUMIFS by the category as the sheet spells it.
  const catStart = row;
  const catRows = review.categories.map((c, i) => {
    const r = catStart + 1 + i;
    const spelled = refs.categoryText.get(c.category);
    const canSum = refs.category && spelled !== undefined && spelled !== "";
    const label = spelled && spelled !== "" ? spelled : c.label;
    const sumIf = (ref: string | undefined, fallback: number) =>
      canSum && ref ? `=SUMIFS(${ref},${refs.category},${cellA1(r, 0)})` : fallback;
    return [
      text(label),
      sumIf(refs.budget, c.budget),
      sumIf(refs.actual, c.actual),
      `=IF(${planBudgetCell}>0,${cellA1(r, 1)}/${planBudgetCell},"")`,
    ];
  });
  blocks.push({
    row: catStart,
    col: 0,
    header: true,
    formats: [TXT, MONEY, MONEY, PCT],
    cells: [[...W.categories[lang]], ...catRows],
  });
  if (catRows.length > 0)
    charts.push({
      kind: "budgetByCategory",
      type: "ColumnClustered",
      title: W.charts.budgetByCategory[lang],
      source: { row: catStart, col: 0, rows: catRows.length + 1, cols: 3 },
    });
  row = catStart + catRows.length + 2;

  // Goals: values only the domain has (latest reported actual, completion, status).
  const goalStart = row;
  const goalRows = review.goals.map((g) => [
    text(g.metric),
    v(g.completion),
    g.id ?? "",
    v(g.target),
    v(g.actual),
    g.period ?? "",
    g.status ? STATUS_LABELS[g.status][lang] : W.notReported[lang],
  ]);
  blocks.push({
    row: goalStart,
    col: 0,
    header: true,
    formats: [TXT, PCT, TXT, GEN, GEN, TXT, TXT],
    cells: [[...W.goals[lang]], ...goalRows],
  });
  if (goalRows.length > 0)
    charts.push({
      kind: "goalCompletion",
      type: "BarClustered",
      title: W.charts.goalCompletion[lang],
      source: { row: goalStart, col: 0, rows: goalRows.length + 1, cols: 2 },
    });
  row = goalStart + goalRows.length + 2;

  // Strategies: spend by the domain (linked lines, else cost); ROI and contribution as formulas beside it.
  const sStart = row;
  const first = sStart + 1;
  const last = sStart + review.strategies.length;
  const revenueRange = `$F$${first + 1}:$F$${last + 1}`;
  const sRows = review.strategies.map((s, i) => {
    const r = first + i;
    const [spend, revenue] = [cellA1(r, 4), cellA1(r, 5)];
    return [
      text(s.action),
      `=IF(AND(ISNUMBER(${revenue}),N(${spend})>0),${revenue}/${spend},"")`,
      s.id ?? "",
      v(s.cost),
      v(s.spend),
      v(s.revenue),
      `=IF(AND(ISNUMBER(${revenue}),SUM(${revenueRange})>0),${revenue}/SUM(${revenueRange}),"")`,
    ];
  });
  blocks.push({
    row: sStart,
    col: 0,
    header: true,
    formats: [TXT, ROI, TXT, MONEY, MONEY, MONEY, PCT],
    cells: [[...W.strategies[lang]], ...sRows],
  });
  row = sStart + sRows.length + 2;

  // Budget lines: variance % for the dashboard.
  const lStart = row;
  const lRows = review.lines.map((l, i) => {
    const r = lStart + 1 + i;
    const [b, a] = [cellA1(r, 2), cellA1(r, 3)];
    return [text(l.item), `=IF(AND(ISNUMBER(${a}),N(${b})>0),(${a}-${b})/${b},"")`, v(l.budget), v(l.actual)];
  });
  blocks.push({
    row: lStart,
    col: 0,
    header: true,
    formats: [TXT, PCT, MONEY, MONEY],
    cells: [[...W.lines[lang]], ...lRows],
  });
  if (lRows.length > 0)
    charts.push({
      kind: "varianceByLine",
      type: "BarClustered",
      title: W.charts.varianceByLine[lang],
      source: { row: lStart, col: 0, rows: lRows.length + 1, cols: 2 },
    });
  row = lStart + lRows.length + 2;

  // Each metric's target and actual, period by period.
  for (const m of review.metrics) {
    blocks.push({ row, col: 0, header: false, formats: [TXT], cells: [[text(m.metric)]] });
    const mStart = row + 1;
    blocks.push({
      row: mStart,
      col: 0,
      header: true,
      formats: [TXT, GEN, GEN],
      cells: [[...W.trend[lang]], ...m.points.map((pt) => [pt.period, v(pt.target), v(pt.actual)])],
    });
    charts.push({
      kind: "metricTrend",
      type: "LineMarkers",
      title: `${m.metric} ${W.charts.metricTrend[lang]}`,
      source: { row: mStart, col: 0, rows: m.points.length + 1, cols: 3 },
    });
    row = mStart + m.points.length + 2;
  }
  return { blocks, charts, lessonsRow: 2 };
}

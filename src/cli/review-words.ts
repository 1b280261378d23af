/** `plan review` as text: the review's figures worded for a terminal. */
import { formatRoi } from "../domain/calc/roi";
import type { Lang } from "../domain/language";
import { STATUS_LABELS } from "../domain/labels";
import type { PlanReview } from "../domain/review";

const dash = "—";
const money = (x: number | null) => (x === null ? dash : x.toFixed(2));
const pct = (x: number | null) => (x === null ? dash : `${(x * 100).toFixed(1)}%`);
const ratio = (x: number | null) => (x === null ? dash : formatRoi(x));
const num = (x: number | null) => (x === null ? dash : String(x));

export function reviewText(file: string, r: PlanReview, minRoi: number, lang: Lang): string {
  const zh = lang === "zh-CN";
  const p = r.plan;
  const lines = [
    zh ? `复盘:${file}` : `Review: ${file}`,
    zh
      ? `计划  预算 ${money(p.budget)} 万元 · 实际 ${money(p.actual)} 万元 · 执行率 ${pct(p.executionRate)} · 归因收入 ${money(p.revenue)} 万元 · ROI ${ratio(p.roi)} · 应急预算占比 ${pct(p.contingencyShare)}`
      : `Plan  budget ${money(p.budget)} · actual ${money(p.actual)} (10k) · execution ${pct(p.executionRate)} · attributed revenue ${money(p.revenue)} · ROI ${ratio(p.roi)} · contingency ${pct(p.contingencyShare)}`,
    "",
    zh ? "目标完成" : "Goals",
    ...r.goals.map((g) => {
      const status = g.status ? STATUS_LABELS[g.status][lang] : zh ? "未报告" : "not reported";
      const when = g.period ? ` (${g.period})` : "";
      return zh
        ? `  ${g.id ?? dash} ${g.metric}  目标 ${num(g.target)} · 实际 ${num(g.actual)}${when} · 完成 ${pct(g.completion)} · ${status}`
        : `  ${g.id ?? dash} ${g.metric}  target ${num(g.target)} · actual ${num(g.actual)}${when} · completion ${pct(g.completion)} · ${status}`;
    }),
    "",
    zh ? `策略 ROI(最低 ${formatRoi(minRoi)})` : `Strategies (minimum ROI ${formatRoi(minRoi)})`,
    ...r.strategies.map((s) => {
      const flag = s.belowMinRoi ? (zh ? " · 低于最低 ROI" : " · below the minimum ROI") : "";
      return zh
        ? `  ${s.id ?? dash} ${s.action}  预算 ${money(s.cost)} · 支出 ${money(s.spend)} · 收入 ${money(s.revenue)} · ROI ${ratio(s.roi)} · 贡献 ${pct(s.contribution)}${flag}`
        : `  ${s.id ?? dash} ${s.action}  cost ${money(s.cost)} · spend ${money(s.spend)} · revenue ${money(s.revenue)} · ROI ${ratio(s.roi)} · contribution ${pct(s.contribution)}${flag}`;
    }),
    "",
    zh ? "预算类别" : "Budget by category",
    ...r.categories.map((c) =>
      zh
        ? `  ${c.label}  预算 ${money(c.budget)} · 实际 ${money(c.actual)} · 占比 ${pct(c.share)}`
        : `  ${c.label}  budget ${money(c.budget)} · actual ${money(c.actual)} · share ${pct(c.share)}`,
    ),
  ];
  return lines.join("\n");
}

/**
 * The roll-up as worksheets of cells, for any host to write (ExcelJS for the
 * command line, Office JS for the pane): the department sheet with its total
 * row built from formulas, budget by category, and the error findings.
 * A formula cell carries its result too, so viewers that do not recalculate
 * still show the number.
 */
import { columnLetters } from "../address/a1";
import type { Lang, Localized } from "../language";
import type { Rollup } from "./rollup";

export type RollupCell = string | number | null | { formula: string; result: number | null };

export interface RollupSheet {
  readonly key: "summary" | "categories" | "errors";
  readonly name: string;
  readonly rows: RollupCell[][];
  /** Number format by column (0-based). */
  readonly formats: Record<number, string>;
  readonly widths: number[];
}

export const ROLLUP_SHEET_NAMES: Record<RollupSheet["key"], Localized> = {
  summary: { "zh-CN": "汇总", "en-US": "Roll-up" },
  categories: { "zh-CN": "分类预算", "en-US": "By category" },
  errors: { "zh-CN": "错误清单", "en-US": "Errors" },
};

const SUMMARY_HEADERS: Record<Lang, string[]> = {
  "zh-CN": [
    "部门",
    "文件",
    "预算(万元)",
    "实际支出(万元)",
    "差异(万元)",
    "差异率",
    "应急预算占比",
    "需营销负责人审批",
    "需总经理审批",
    "告警指标",
    "需调整策略",
    "错误",
  ],
  "en-US": [
    "Department",
    "File",
    "Budget (10k)",
    "Actual (10k)",
    "Variance (10k)",
    "Variance %",
    "Contingency share",
    "Lead approvals",
    "GM approvals",
    "Metrics in Alert",
    "Adjustments needed",
    "Errors",
  ],
};
const TOTAL: Localized = { "zh-CN": "合计", "en-US": "Total" };
const ERROR_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["部门", "文件", "位置", "代码", "说明"],
  "en-US": ["Department", "File", "Address", "Code", "Message"],
};

const MONEY = "#,##0.00";
const PCT = "0.0%";
const COUNT = "0";

function sumCell(col: number, first: number, last: number, result: number): RollupCell {
  const letter = columnLetters(col);
  return { formula: `SUM(${letter}${first}:${letter}${last})`, result };
}

function summarySheet(r: Rollup, lang: Lang): RollupSheet {
  const n = r.departments.length;
  const first = 2;
  const last = n + 1;
  const totalRow = n + 2;
  const rows: RollupCell[][] = [SUMMARY_HEADERS[lang]];
  for (const [i, d] of r.departments.entries()) {
    const at = i + 2;
    rows.push([
      d.department,
      d.file,
      d.budget,
      d.actual,
      d.variance,
      { formula: `IF(C${at}=0,"",E${at}/C${at})`, result: d.variancePct },
      d.contingencyShare,
      d.approvalsLead,
      d.approvalsGM,
      d.alerts,
      d.adjustments,
      d.errors,
    ]);
  }
  const t = r.total;
  const sums = [t.budget, t.actual, t.variance].map((v, i) => sumCell(i + 2, first, last, v));
  const counts = [t.approvalsLead, t.approvalsGM, t.alerts, t.adjustments, t.errors].map((v, i) =>
    sumCell(i + 7, first, last, v),
  );
  rows.push([
    TOTAL[lang],
    null,
    ...sums,
    { formula: `IF(C${totalRow}=0,"",E${totalRow}/C${totalRow})`, result: t.variancePct },
    // The contingency budget is each share times its budget: the total share needs no extra column.
    {
      formula: `IF(C${totalRow}=0,"",SUMPRODUCT(G${first}:G${last},C${first}:C${last})/C${totalRow})`,
      result: t.contingencyShare,
    },
    ...counts,
  ]);
  return {
    key: "summary",
    name: ROLLUP_SHEET_NAMES.summary[lang],
    rows,
    formats: { 2: MONEY, 3: MONEY, 4: MONEY, 5: PCT, 6: PCT, 7: COUNT, 8: COUNT, 9: COUNT, 10: COUNT, 11: COUNT },
    widths: [16, 24, 12, 14, 12, 10, 12, 14, 12, 10, 12, 8],
  };
}

function categoriesSheet(r: Rollup, lang: Lang): RollupSheet {
  const cats = r.categories;
  const n = r.departments.length;
  const rows: RollupCell[][] = [[SUMMARY_HEADERS[lang][0], ...cats.map((c) => c.label), TOTAL[lang]]];
  for (const [i, d] of r.departments.entries()) {
    const at = i + 2;
    rows.push([
      d.department,
      ...cats.map((c) => d.byCategory[c.key] ?? 0),
      { formula: `SUM(B${at}:${columnLetters(cats.length)}${at})`, result: d.budget },
    ]);
  }
  rows.push([
    TOTAL[lang],
    ...cats.map((c, j) => sumCell(j + 1, 2, n + 1, r.total.byCategory[c.key] ?? 0)),
    sumCell(cats.length + 1, 2, n + 1, r.total.budget),
  ]);
  const formats: Record<number, string> = {};
  for (let c = 1; c <= cats.length + 1; c++) formats[c] = MONEY;
  return {
    key: "categories",
    name: ROLLUP_SHEET_NAMES.categories[lang],
    rows,
    formats,
    widths: [16, ...cats.map(() => 12), 12],
  };
}

function errorsSheet(r: Rollup, lang: Lang): RollupSheet {
  const rows: RollupCell[][] = [
    ERROR_HEADERS[lang],
    ...r.errors.map((e) => [e.department, e.file, e.address, e.code, e.message]),
  ];
  return { key: "errors", name: ROLLUP_SHEET_NAMES.errors[lang], rows, formats: {}, widths: [16, 24, 18, 22, 80] };
}

export function rollupSheets(r: Rollup, lang: Lang): RollupSheet[] {
  return [summarySheet(r, lang), categoriesSheet(r, lang), errorsSheet(r, lang)];
}

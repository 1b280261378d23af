import { fx, grid } from "../helpers/grid";

/** The golden example's budget sheet as a person would have it: zh-CN headers, formulas in computed columns. */
export const BUDGET_HEADERS_ZH = [
  "项目类别",
  "明细科目",
  "关联策略",
  "预算金额(万元)",
  "实际支出(万元)",
  "差异(万元)",
  "差异率",
  "影响",
  "审批级别",
  "差异分析",
  "审批人",
];
export const BUDGET_HEADERS_EN = [
  "Category",
  "Line item",
  "Strategy",
  "Budget (10k)",
  "Actual (10k)",
  "Variance (10k)",
  "Variance %",
  "Effect",
  "Approval",
  "Explanation",
  "Approver",
];
export const BUDGET_HEADERS_TW = [
  "項目類別",
  "明細科目",
  "關聯策略",
  "預算金額(萬元)",
  "實際支出(萬元)",
  "差異(萬元)",
  "差異率",
  "影響",
  "審批級別",
  "差異分析",
  "審批人",
];

export function budgetRows(): unknown[][] {
  return [
    [
      "渠道费用",
      "天猫推广费",
      "S2",
      10,
      11,
      fx("=E2-D2", 1),
      fx("=F2/D2", 0.1),
      fx("=IF(...)", "不利"),
      fx("=PLAN.APPROVAL(E2,D2)", "无需审批"),
      "竞价关键词成本超预期",
      "李总监",
    ],
    [
      "推广费用",
      "KOL合作费",
      "S1",
      20,
      18,
      fx("=E3-D3", -2),
      fx("=F3/D3", -0.1),
      fx("=IF(...)", "有利"),
      fx("=PLAN.APPROVAL(E3,D3)", "无需审批"),
      "2位KOL谈成折扣",
      "王经理",
    ],
    [
      "物料制作费",
      "宣传册/海报",
      "S3",
      5,
      4.5,
      fx("=E4-D4", -0.5),
      fx("=F4/D4", -0.1),
      fx("=IF(...)", "有利"),
      fx("=PLAN.APPROVAL(E4,D4)", "无需审批"),
      "印量减少,节约成本",
      "张主管",
    ],
  ];
}

export function budgetGrid(headers = BUDGET_HEADERS_ZH, rows = budgetRows(), sheetName = "预算分配") {
  return grid(sheetName, headers, rows);
}

/** Moves column `from` to position `to` in the header and every row. */
export function moveColumn<T>(rows: T[][], from: number, to: number): T[][] {
  return rows.map((r) => {
    const copy = [...r];
    const [cell] = copy.splice(from, 1);
    copy.splice(to, 0, cell);
    return copy;
  });
}

/** Inserts a column at `at` with the given header and cell value on every row. */
export function insertColumn(rows: unknown[][], at: number, header: string, value: unknown): unknown[][] {
  return rows.map((r, i) => {
    const copy = [...r];
    copy.splice(at, 0, i === 0 ? header : value);
    return copy;
  });
}

export function deleteColumn(rows: unknown[][], at: number): unknown[][] {
  return rows.map((r) => r.filter((_, i) => i !== at));
}

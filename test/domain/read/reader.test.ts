import { readSheet, type SheetRead } from "../../../src/domain/read";
import type { Finding } from "../../../src/domain/findings";
import { fx, grid, valuesOnly } from "../helpers/grid";
import {
  BUDGET_HEADERS_EN,
  BUDGET_HEADERS_TW,
  BUDGET_HEADERS_ZH,
  budgetGrid,
  budgetRows,
  deleteColumn,
  insertColumn,
  moveColumn,
} from "./fixtures";

const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.address}`);

/** The three golden lines as read: category key, item, link, amounts. */
function lines(read: SheetRead<"budget">) {
  return read.rows.map((r) => [
    r.cells.category?.value,
    r.cells.item?.value,
    r.cells.strategyId?.value,
    r.cells.budget?.value,
    r.cells.actual?.value,
  ]);
}

const GOLDEN_LINES = [
  ["channel", "天猫推广费", ["S2"], 10, 11],
  ["promotion", "KOL合作费", ["S1"], 20, 18],
  ["materials", "宣传册/海报", ["S3"], 5, 4.5],
];

describe("reading the budget sheet as created", () => {
  const read = readSheet("budget", budgetGrid());

  test("rows, typed values, no findings", () => {
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.findings).toEqual([]);
  });

  test("every cell keeps its address", () => {
    const actual = read.rows[1].cells.actual!;
    expect(actual.cell).toBe("E3");
    expect(actual.address).toBe("预算分配!E3");
    expect(read.rows[1].rowNumber).toBe(3);
    expect(read.columns.budget).toBe(3);
  });

  test("computed cells carry their formulas", () => {
    expect(read.rows[0].cells.variance?.formula).toBe("=E2-D2");
    expect(read.rows[0].cells.variance?.raw).toBe(1);
  });
});

describe("sheets people edited", () => {
  test("reordered columns: same rows, addresses follow the columns", () => {
    const all = moveColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 4, 0); // 实际支出 moved to column A
    const read = readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1)));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.rows[2].cells.actual!.address).toBe("预算分配!A4");
    expect(read.rows[2].cells.budget!.address).toBe("预算分配!E4");
    expect(read.findings).toEqual([]);
  });

  test("an extra column is ignored and shifts the addresses", () => {
    const all = insertColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 2, "备注", "随便写");
    const read = readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1)));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.rows[0].cells.budget!.cell).toBe("E2");
    expect(read.findings).toEqual([]);
  });

  test("English headers", () => {
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_EN, budgetRows(), "Budget"));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.rows[0].cells.actual!.address).toBe("Budget!E2");
  });

  test("Traditional Chinese headers and list entries", () => {
    const rows = budgetRows();
    rows[0][0] = "渠道費用";
    rows[2][0] = "物料製作費";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_TW, rows, "預算分配"));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.findings).toEqual([]);
  });

  test("full-width brackets, spaces and case in headers", () => {
    const headers = [...BUDGET_HEADERS_ZH];
    headers[3] = "预算金额（万元）";
    headers[4] = " 实际支出 ( 万元 ) ";
    headers[10] = "审批人*";
    const en = [...BUDGET_HEADERS_EN];
    en[3] = "BUDGET(10K)";
    expect(lines(readSheet("budget", budgetGrid(headers)))).toEqual(GOLDEN_LINES);
    expect(lines(readSheet("budget", budgetGrid(en)))).toEqual(GOLDEN_LINES);
  });

  test("blank rows are skipped and addresses stay true", () => {
    const rows = budgetRows();
    const blank = [
      "",
      null,
      undefined,
      "  ",
      "",
      fx("=E3-D3", ""),
      fx("=F3/D3", ""),
      fx("=IF(...)", ""),
      fx("=PLAN.APPROVAL(E3,D3)", ""),
      "",
      "",
    ];
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, [rows[0], blank, blank, rows[1], rows[2]]));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 5, 6]);
    expect(read.rows[1].cells.actual!.address).toBe("预算分配!E5");
    expect(read.findings).toEqual([]);
  });

  test("numbers typed as text are read (万元 restates the unit), and reported where the sheet's formula may read them otherwise", () => {
    const rows = budgetRows();
    rows[0][3] = "10";
    rows[0][4] = " 11 ";
    rows[1][4] = "18万元";
    rows[2][3] = "５";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows));
    expect(lines(read)).toEqual(GOLDEN_LINES);
    expect(read.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "formulaReadsDifferently@D2",
      "formulaReadsDifferently@E2",
      "formulaReadsDifferently@E3",
      "formulaReadsDifferently@D4",
    ]);
  });

  test("ambiguousAmount: 1.2万 typed as an actual in the 万元 column is a finding at its cell, never a number", () => {
    const rows = budgetRows();
    rows[0][4] = "1.2万";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows));
    expect(read.rows[0].cells.actual).toMatchObject({ state: "invalid", value: null });
    expect(read.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([["ambiguousAmount", "E2", "error"]]);
  });

  test("text that is no amount is reported at its cell, never read as 0", () => {
    const rows = budgetRows();
    rows[1][4] = "大约二十";
    rows[2][3] = "10%";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows));
    expect(codes(read.findings)).toEqual(["notANumber@预算分配!E3", "notANumber@预算分配!D4"]);
    expect(read.rows[1].cells.actual).toMatchObject({ state: "invalid", value: null, raw: "大约二十" });
    expect(read.findings[0].params).toMatchObject({ column: "actual", text: "大约二十", kind: "money" });
  });

  test("a computed cell overwritten with a typed value is an integrity finding", () => {
    const rows = budgetRows();
    rows[1][5] = -2; // the variance formula replaced by its value
    rows[2][8] = "无需审批";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows));
    expect(codes(read.findings)).toEqual(["computedValueTyped@预算分配!F3", "computedValueTyped@预算分配!I4"]);
    expect(read.findings[0].params).toMatchObject({ column: "variance", text: "-2" });
  });

  test("a cleared computed cell is reported too", () => {
    const rows = budgetRows();
    rows[0][6] = "";
    expect(codes(readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows)).findings)).toEqual([
      "computedCellEmpty@预算分配!G2",
    ]);
  });

  test("without formulas, computed cells cannot be judged and are not reported", () => {
    const rows = budgetRows();
    rows[1][5] = -2;
    expect(readSheet("budget", valuesOnly(budgetGrid(BUDGET_HEADERS_ZH, rows))).findings).toEqual([]);
  });

  test("a deleted computed column is an integrity finding on the header row", () => {
    const all = deleteColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 6); // 差异率
    const read = readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1)));
    expect(codes(read.findings)).toEqual(["computedColumnMissing@预算分配!A1:J1"]);
    expect(read.findings[0].params.column).toBe("variancePct");
    expect(lines(read)).toEqual(GOLDEN_LINES);
  });

  test("a deleted required column is reported once, not on every row", () => {
    const all = deleteColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 3); // 预算金额
    const read = readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1)));
    expect(codes(read.findings)).toEqual(["columnMissing@预算分配!A1:J1"]);
    expect(read.findings[0].params.column).toBe("budget");
    expect(read.rows[0].cells.budget).toBeUndefined();
  });

  test("a deleted optional column is no finding", () => {
    const all = deleteColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 10); // 审批人
    expect(readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1))).findings).toEqual([]);
  });

  test("a repeated column: the first is read, the repeat reported", () => {
    const all = insertColumn([BUDGET_HEADERS_ZH, ...budgetRows()], 11, "预算金额（万元）", 999);
    const read = readSheet("budget", grid("预算分配", all[0] as string[], all.slice(1)));
    expect(codes(read.findings)).toEqual(["duplicateColumn@预算分配!L1"]);
    expect(read.findings[0].params).toMatchObject({ column: "budget", first: "D1" });
    expect(read.rows[0].cells.budget!.value).toBe(10);
  });

  test("an entry outside the drop-down list, and a blank required cell", () => {
    const rows = budgetRows();
    rows[0][0] = "差旅费";
    rows[2][1] = "";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_ZH, rows));
    expect(codes(read.findings)).toEqual(["notInList@预算分配!A2", "requiredBlank@预算分配!B4"]);
    expect(read.rows[0].cells.category).toMatchObject({ state: "invalid", value: null, raw: "差旅费" });
  });

  test("a table that does not start at A1: addresses are worksheet addresses", () => {
    const g = grid("预算分配", BUDGET_HEADERS_ZH, budgetRows(), { row: 2, col: 1 });
    const rows = budgetRows();
    rows[1][4] = "x";
    const read = readSheet("budget", grid("预算分配", BUDGET_HEADERS_ZH, rows, { row: 2, col: 1 }));
    expect(readSheet("budget", g).rows[0].cells.actual!.address).toBe("预算分配!F4");
    expect(codes(read.findings)).toEqual(["notANumber@预算分配!F5"]);
    expect(read.headerRow).toBe(2);
    expect(read.columns.category).toBe(1);
  });

  test("sheet names that need quotes are quoted in addresses", () => {
    const rows = budgetRows();
    rows[0][4] = "?";
    const read = readSheet("budget", budgetGrid(BUDGET_HEADERS_EN, rows, "Plan Budget"));
    expect(read.findings[0].address).toBe("'Plan Budget'!E2");
    expect(read.findings[0].cell).toBe("E2");
  });

  test("an empty sheet: every required column missing, no rows", () => {
    const read = readSheet("budget", { sheetName: "预算分配", values: [] });
    expect(read.rows).toEqual([]);
    expect(read.findings.map((f) => f.params.column)).toEqual([
      "category",
      "item",
      "budget",
      "variance",
      "variancePct",
      "effect",
      "approval",
    ]);
    expect(new Set(read.findings.map((f) => f.address))).toEqual(new Set(["预算分配!A1"]));
  });
});

/**
 * Plan files made elsewhere, built here with ExcelJS: plain ranges with a
 * title above the header, extra columns, blank rows, English, Traditional and
 * full-width headers, dates as serials or text, typed values over formulas,
 * and thresholds from the named cells or the defaults.
 */
import { checkPlanFile } from "../../src/files/check-file";
import { sheetColumns } from "../../src/domain/schema/sheets";
import { planWorkbookBytes, type FixtureOptions } from "./helpers/plan-fixture";

async function check(options: FixtureOptions, name = "dept.xlsx") {
  return checkPlanFile(await planWorkbookBytes(options), name, { lang: "zh-CN" });
}

const codesAt = (findings: { code: string; address: string }[]) => findings.map((f) => `${f.code} ${f.address}`);

describe("reading plan files", () => {
  test("every formula of the computed columns is recognised: no integrity finding on an untouched plan", async () => {
    const r = await check({});
    expect(r.findings.filter((f) => /^computed|columnMissing/.test(f.code))).toEqual([]);
    expect(r.result.reads.budget?.formulasRead).toBe(true);
    expect(r.summary.totalBudget).toBe(35);
  });

  test("computedValueTyped: a number typed over the variance formula, below a title, with an extra column and a blank row", async () => {
    const r = await check({
      titleRows: 2,
      extraColumn: "备注",
      blankRow: true,
      typed: [{ sheet: "budget", row: 2, key: "variance", value: 5 }],
    });
    // Header on row 3, body rows 4, (blank 5), 6, 7: the third line is row 7; variance is column F.
    expect(codesAt(r.findings)).toContain("computedValueTyped 预算分配!F7");
    expect(r.findings.filter((f) => f.code === "computedValueTyped")).toHaveLength(1);
    expect(r.findings.some((f) => f.code === "columnMissing" || f.code === "duplicateColumn")).toBe(false);
  });

  test("English headers and sheet names give English addresses", async () => {
    const r = await check({ lang: "en-US", typed: [{ sheet: "budget", row: 0, key: "variance", value: 1 }] });
    expect(codesAt(r.findings)).toContain("computedValueTyped Budget!F2");
  });

  test("Traditional and full-width headers are read as the same columns", async () => {
    const budget = sheetColumns("budget").find((d) => d.key === "budget")!;
    const r = await check({
      cells: [
        { sheet: "budget", address: "A1", value: "項目類別" },
        { sheet: "budget", address: "D1", value: budget.zhTW[0] },
        { sheet: "budget", address: "E1", value: "实际支出（万元）" },
      ],
    });
    expect(r.findings.filter((f) => f.code === "columnMissing")).toEqual([]);
    expect(r.summary.totalBudget).toBe(35);
    expect(r.summary.totalActual).toBe(33.5);
  });

  test("dates as serials (date cells) and as text are read; text that is no date is notADate at its cell", async () => {
    const asSerial = await check({
      typed: [{ sheet: "strategies", row: 0, key: "start", value: new Date(Date.UTC(2026, 0, 10)) }],
    });
    const asText = await check({ typed: [{ sheet: "strategies", row: 0, key: "start", value: "2026-01-10" }] });
    const notADate = await check({ typed: [{ sheet: "strategies", row: 0, key: "start", value: "下周一" }] });
    expect(asSerial.findings.some((f) => f.code === "notADate")).toBe(false);
    expect(asText.findings.some((f) => f.code === "notADate")).toBe(false);
    expect(codesAt(notADate.findings)).toContain("notADate 策略执行!E2");
  });

  test("thresholds come from the named cells when present, and the output says so", async () => {
    const defaults = await check({ noSettings: true });
    const workbook = await check({});
    expect(defaults.thresholdsFrom).toBe("defaults");
    expect(workbook.thresholdsFrom).toBe("workbook");
    // The example has no contingency line: out of range with the default 10–15%, in range when the workbook allows 0%.
    expect(workbook.findings.some((f) => f.code === "contingencyOutOfRange")).toBe(true);
    const allowed = await check({ thresholds: { reserveMin: 0 } });
    expect(allowed.thresholds.reserveMin).toBe(0);
    expect(allowed.findings.some((f) => f.code === "contingencyOutOfRange")).toBe(false);
  });

  test("settingNotANumber: a threshold cell holding text is reported at its address and the default is used", async () => {
    const r = await check({ thresholds: { approvalLead: "十个点" as unknown as number } });
    expect(r.findings.find((f) => f.code === "settingNotANumber")?.address).toBe("设置!B2");
    expect(r.thresholds.approvalLead).toBe(0.1);
  });

  test("a PlanDepartment named cell names the department", async () => {
    expect((await check({ department: "华东区" })).department).toBe("华东区");
    expect((await check({})).department).toBeUndefined();
  });

  test("an .xlsm is read like an .xlsx", async () => {
    const r = await check({ typed: [{ sheet: "budget", row: 0, key: "variance", value: 1 }] }, "dept.xlsm");
    expect(codesAt(r.findings)).toContain("computedValueTyped 预算分配!F2");
  });
});

/**
 * The test page's own steps (test/real-excel/run-cases.ts), run against the
 * double: it refuses a workbook that holds anything, empties the workbook
 * between cases (so each case starts without plan sheets, as the cases assume),
 * and reports a failing case with its message instead of stopping.
 */
import type { ExcelCase } from "../excel-cases/cases";
import { EXCEL_CASES } from "../excel-cases/cases";
import { runCasesInWorkbook } from "../real-excel/run-cases";
import { goldenExample, setup, type Harness } from "./harness";

let h: Harness;
beforeEach(() => {
  h = setup({ lang: "zh-CN" });
});
afterEach(() => h.uninstall());

const options = { golden: goldenExample(), functionsLang: "zh-CN" as const, host: "Excel", platform: "double" };

test("every case passes when run one after another in the same workbook, as inside Excel", async () => {
  const results = await runCasesInWorkbook(options);
  expect(results.aborted).toBeUndefined();
  expect(results.cases).toEqual(EXCEL_CASES.map((c) => ({ name: c.name, passed: true })));
});

test("a workbook that holds data is refused: no case runs, nothing is deleted", async () => {
  h.state.setCell("Sheet1", "A1", "客户名单");
  const results = await runCasesInWorkbook(options);
  expect(results.cases).toEqual([]);
  expect(results.aborted).toMatch(/not blank/);
  expect(h.state.getValue("Sheet1", "A1")).toBe("客户名单");
});

test("a failing case is reported with its message, and the next case starts from a blank workbook", async () => {
  const failing: ExcelCase = {
    name: "fails",
    run: async ({ workbook }) => {
      // Leaves plan sheets behind: the settings case after it checks that no settings sheet is there yet.
      await workbook.create({ lang: "zh-CN", sheets: ["budget", "settings"], example: true, style: "plan" });
      throw new Error("deliberate");
    },
  };
  const settingsCase = EXCEL_CASES.find((c) => c.name.startsWith("settings"))!;
  const results = await runCasesInWorkbook({ ...options, cases: [failing, settingsCase] });
  expect(results.cases).toEqual([
    { name: "fails", passed: false, message: "deliberate" },
    { name: settingsCase.name, passed: true },
  ]);
});

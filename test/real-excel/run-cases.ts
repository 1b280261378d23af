/**
 * What the test page does inside Excel, apart from Office and the page itself:
 * checks the workbook is blank, then runs every case in a fresh workbook and
 * collects one result per case. Kept free of the DOM so the same code runs
 * against the Office JS double in jest (test/excel/real-excel-page.test.ts).
 */
import type { Lang } from "../../src/domain/language";
import { createExcelPlanWorkbook } from "../../src/excel";
import { EXCEL_CASES, type ExcelCase, type GoldenExample } from "../excel-cases/cases";
import { createExcelProbe } from "../excel-cases/probe";
import { resetWorkbook, workbookIsBlank } from "./blank-workbook";

export interface CaseResult {
  name: string;
  passed: boolean;
  message?: string;
}

export interface RunResults {
  host: string;
  platform: string;
  cases: CaseResult[];
  /** Why no case ran (the workbook was not blank, Office failed …). */
  aborted?: string;
}

// The results travel in a URL's query (office-addin-test-server): keep them short.
const MAX_MESSAGE = 400;

export function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : typeof e === "object" && e !== null ? JSON.stringify(e) : String(e);
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

export interface RunOptions {
  golden: GoldenExample;
  functionsLang: Lang;
  host: string;
  platform: string;
  cases?: readonly ExcelCase[];
  onResult?: (result: CaseResult, done: number, total: number) => void;
}

export async function runCasesInWorkbook(options: RunOptions): Promise<RunResults> {
  const cases = options.cases ?? EXCEL_CASES;
  const results: RunResults = { host: options.host, platform: options.platform, cases: [] };
  if (!(await workbookIsBlank())) {
    return {
      ...results,
      aborted: "The workbook is not blank; the cases delete every sheet, so they run only in a new, empty workbook.",
    };
  }
  for (const excelCase of cases) {
    let result: CaseResult;
    try {
      await resetWorkbook();
      await excelCase.run({
        workbook: createExcelPlanWorkbook(),
        probe: createExcelProbe(),
        golden: options.golden,
        functionsLang: options.functionsLang,
      });
      result = { name: excelCase.name, passed: true };
    } catch (e) {
      result = { name: excelCase.name, passed: false, message: messageOf(e) };
    }
    results.cases.push(result);
    options.onResult?.(result, results.cases.length, cases.length);
  }
  return results;
}

/**
 * Test harness: the Excel double installed as the Office globals, with the
 * real PLAN.* functions registered, and the workbook under test.
 */
import * as path from "node:path";
import * as fs from "node:fs";
import { createExcelDouble, installExcelDouble, type ExcelDouble } from "../excel-double";
import { PLAN_FUNCTIONS, PLAN_NAMESPACE, isPlanError, setFunctionsLang } from "../../src/functions/registry";
import type { Lang } from "../../src/domain/language";
import type { BlankCellsAs } from "../excel-double/custom-functions";
import { createExcelPlanWorkbook } from "../../src/excel";
import type { PlanWorkbook } from "../../src/excel/contract";

export interface Harness {
  double: ExcelDouble;
  workbook: PlanWorkbook;
  state: ExcelDouble["workbookState"];
  stats: ExcelDouble["stats"];
  uninstall(): void;
}

/** The hosts whose difference the tests model: how a blank cell reaches a custom function (office-js #4702). */
export const BLANK_MODES = [
  { host: "Excel on the web", blanks: "null" },
  { host: "Excel desktop", blanks: "zero" },
] as const satisfies readonly { host: string; blanks: BlankCellsAs }[];

export interface SetupOptions {
  lang?: Lang;
  sheets?: string[];
  responseLimitBytes?: number;
  payloadLimitBytes?: number;
  /** Blank cells reach PLAN.* as null (web, default) or 0 (desktop). */
  blanks?: BlankCellsAs;
}

export function setup(options: SetupOptions = {}): Harness {
  const double = createExcelDouble({
    sheets: options.sheets ?? ["Sheet1"],
    apiVersion: "1.9",
    displayLanguage: options.lang ?? "zh-CN",
    responseLimitBytes: options.responseLimitBytes ?? 5_000_000,
    payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    customFunctionBlanks: options.blanks ?? "null",
  });
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (const f of PLAN_FUNCTIONS) fns[f.id] = f.fn as (...args: unknown[]) => unknown;
  double.registerCustomFunctions(PLAN_NAMESPACE, fns, (v) =>
    isPlanError(v) ? { code: v.code, message: v.message } : undefined,
  );
  // PLAN.* texts follow Excel's display language; the tests make it the sheet's language.
  setFunctionsLang(options.lang ?? "zh-CN");
  const uninstall = installExcelDouble(double);
  return { double, workbook: createExcelPlanWorkbook(), state: double.workbookState, stats: double.stats, uninstall };
}

/** The shared spec's worked example with expected values (../shared/spec from the repo root). */
export function goldenExample(): GoldenJson {
  const file = path.resolve(__dirname, "../../../shared/spec/golden-example.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as GoldenJson;
}

export interface GoldenJson {
  budget: {
    category: string;
    item: string;
    budget: number;
    actual: number;
    expect: { variance: number; variancePct: number; approval: "none" | "lead" | "gm" };
  }[];
  monitoring: {
    metric: string;
    target: number;
    actual: number;
    expect: { deviation: number; status: "On track" | "Warning" | "Alert" };
  }[];
  thresholds: Record<string, number>;
}

/**
 * Section 6: recalculation of a plan of 4 × N rows (default 10,000 per sheet)
 * in one formula style, by one engine — run once per engine and style, each in
 * its own process (BENCH_RECALC_ENGINE, BENCH_RECALC_STYLE, BENCH_RECALC_ROWS):
 *
 *  - hyperformula: createPlan (src/excel) into the Excel double, whose
 *    HyperFormula engine computes every formula as it is written; seconds for
 *    the whole create, peak RSS of this process;
 *  - libreoffice: the files layer writes the .xlsx (formulas without cached
 *    results, full recalculation on load; writing not counted), then soffice
 *    headless opens, recalculates and saves it; seconds of that soffice run,
 *    peak RSS of soffice (GNU time).
 *
 * Either way one computed cell is read back, so a run that computed nothing
 * (or errors) shows in the output.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createExcelDouble, installExcelDouble } from "../../test/excel-double";
import { PLAN_FUNCTIONS, PLAN_NAMESPACE, isPlanError, setFunctionsLang } from "../../src/functions/registry";
import { createPlan } from "../../src/excel/create-plan";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import type { FormulaStyle } from "../../src/domain/formulas/style";
import { planXlsx } from "../../src/files/plan-file";
import { RECALC_ALWAYS, SOFFICE, formulaResults } from "../../test/support/libreoffice";
import { planRows } from "./plan-data";
import { emit, log, now } from "./util";

const ENGINE = process.env.BENCH_RECALC_ENGINE ?? "hyperformula";
const STYLE = (process.env.BENCH_RECALC_STYLE ?? "standard") as FormulaStyle;
const ROWS = Number(process.env.BENCH_RECALC_ROWS ?? 10_000);
const LANG = "zh-CN" as const;

interface RecalcFigures {
  engine: string;
  style: FormulaStyle;
  rowsPerSheet: number;
  seconds: number | null;
  peakRssBytes: number | null;
  /** 预算分配!F2 (the first variance) after recalculation. */
  sample: unknown;
  outcome: string;
}

async function withHyperFormula(): Promise<RecalcFigures> {
  const double = createExcelDouble({
    sheets: ["Sheet1"],
    apiVersion: "1.9",
    displayLanguage: LANG,
    payloadLimitBytes: Infinity,
    responseLimitBytes: Infinity,
  });
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (const f of PLAN_FUNCTIONS) fns[f.id] = f.fn as (...args: unknown[]) => unknown;
  double.registerCustomFunctions(PLAN_NAMESPACE, fns, (v) =>
    isPlanError(v) ? { code: v.code, message: v.message } : undefined,
  );
  setFunctionsLang(LANG);
  installExcelDouble(double);
  const rows = planRows(ROWS);
  const t0 = now();
  const report = await createPlan(
    { lang: LANG, style: STYLE, example: false, sheets: ["goals", "strategies", "budget", "monitoring", "settings"] },
    rows,
  );
  const seconds = (now() - t0) / 1000;
  const sample = double.workbookState.getValue(SHEET_NAMES.budget[LANG], "F2");
  return {
    engine: "hyperformula",
    style: STYLE,
    rowsPerSheet: ROWS,
    seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    sample,
    outcome: report.outcomes.map((o) => `${o.sheet}:${o.outcome}`).join(" "),
  };
}

async function withLibreOffice(): Promise<RecalcFigures> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "plan-bench-lo-"));
  try {
    const profile = path.join(root, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const input = path.join(root, "plan.xlsx");
    const outDir = path.join(root, "out");
    fs.writeFileSync(input, await planXlsx({ lang: LANG, style: STYLE, rows: planRows(ROWS) }));
    log(`${STYLE}: ${(fs.statSync(input).size / 1e6).toFixed(1)} MB written; soffice recalculating`);
    const t0 = now();
    const r = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "maxrss-kb=%M",
        SOFFICE,
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        input,
      ],
      { encoding: "utf8", timeout: 1_800_000 },
    );
    const seconds = (now() - t0) / 1000;
    const rss = /maxrss-kb=(\d+)/.exec(r.stderr ?? "");
    const out = path.join(outDir, "plan.xlsx");
    if (r.status !== 0 || !fs.existsSync(out))
      return {
        engine: "libreoffice",
        style: STYLE,
        rowsPerSheet: ROWS,
        seconds,
        peakRssBytes: rss ? Number(rss[1]) * 1024 : null,
        sample: null,
        outcome: `soffice failed (${r.status}): ${(r.stderr ?? "").slice(-300)}`,
      };
    const results = await formulaResults(fs.readFileSync(out));
    return {
      engine: "libreoffice",
      style: STYLE,
      rowsPerSheet: ROWS,
      seconds,
      peakRssBytes: rss ? Number(rss[1]) * 1024 : null,
      sample: results.get(SHEET_NAMES.budget[LANG])?.get("F2") ?? null,
      outcome: "recalculated and saved",
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

(ENGINE === "libreoffice" ? withLibreOffice() : withHyperFormula()).then(emit).catch((e: unknown) => {
  emit({
    engine: ENGINE,
    style: STYLE,
    rowsPerSheet: ROWS,
    seconds: null,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    sample: null,
    outcome: `failed: ${e instanceof Error ? e.message : String(e)}`,
  });
});

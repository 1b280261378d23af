/**
 * Section 2: round trips of the Excel layer (src/excel, createExcelPlanWorkbook)
 * against the in-memory Excel double (test/excel-double) installed as the
 * Office globals, with the PLAN.* functions registered in its HyperFormula
 * engine — the same setup as the Excel layer's tests.
 *
 * For each size (rows per plan sheet), in a fresh workbook:
 *  1. create — the four plan sheets and the settings, filled with the rows
 *     (createPlan with initial rows, what create() runs; if the layer does not
 *     take rows, create() with the worked example and the rows typed in
 *     afterwards, uncounted);
 *  2. read + check — check();
 *  3. weekly update — addPeriodRows() for the next week (one row per weekly metric);
 *  4. settings edit — readSettings() (opening the tab) and writeSettings() with one
 *     threshold changed (saving).
 * Per action: Excel.run calls, context.sync() calls, requests sent (non-empty
 * syncs plus Excel.run's final flush), request and response bytes (JSON of the
 * queued actions / loaded data, UTF-8), the largest request, and the double's
 * wall time (HyperFormula recalculation included; not Excel's time).
 */
import { createExcelDouble, installExcelDouble, type ExcelDouble } from "../../test/excel-double";
import { PLAN_FUNCTIONS, PLAN_NAMESPACE, isPlanError, setFunctionsLang } from "../../src/functions/registry";
import { createExcelPlanWorkbook } from "../../src/excel";
import { createPlan } from "../../src/excel/create-plan";
import { PAYLOAD_LIMIT_BYTES, payloadBudget } from "../../src/excel/payload";
import type { CreateOptions } from "../../src/excel/contract";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import { planRows, sheetGrid } from "./plan-data";
import { emit, log, now } from "./util";

const SIZES = (process.env.BENCH_RT_SIZES ?? "10,1000,10000").split(",").map(Number);
const LANG = "zh-CN" as const;
/** The limit the double enforces on each request and response (as in test/excel/harness.ts). */
const EXCEL_LIMIT_BYTES = 5_000_000;

interface ActionFigures {
  action: string;
  rows: number;
  runs: number;
  syncs: number;
  roundTrips: number;
  reportedSyncs: number | null;
  requestBytes: number;
  maxRequestBytes: number;
  responseBytes: number;
  maxResponseBytes: number;
  /** Requests or responses above the layer's payload budget: the split applies. */
  splitApplies: boolean;
  ms: number;
  outcome: string;
  note?: string;
}

function newDouble(): { double: ExcelDouble; uninstall: () => void } {
  const double = createExcelDouble({
    sheets: ["Sheet1"],
    apiVersion: "1.9",
    displayLanguage: LANG,
    // Excel on the web's 5 MB, as the Excel layer's tests set it (the double's default request limit).
    responseLimitBytes: EXCEL_LIMIT_BYTES,
    payloadLimitBytes: EXCEL_LIMIT_BYTES,
  });
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (const f of PLAN_FUNCTIONS) fns[f.id] = f.fn as (...args: unknown[]) => unknown;
  double.registerCustomFunctions(PLAN_NAMESPACE, fns, (v) =>
    isPlanError(v) ? { code: v.code, message: v.message } : undefined,
  );
  setFunctionsLang(LANG);
  return { double, uninstall: installExcelDouble(double) };
}

async function measure<T>(
  double: ExcelDouble,
  action: string,
  rows: number,
  body: () => Promise<T>,
  syncsOf: (r: T) => number | null,
  describe: (r: T) => string,
): Promise<ActionFigures> {
  const s = double.stats;
  s.reset();
  const t0 = now();
  let outcome: string;
  let reported: number | null = null;
  try {
    const r = await body();
    reported = syncsOf(r);
    outcome = describe(r);
  } catch (e) {
    outcome = `error: ${(e as Error).message ?? String(e)}`.slice(0, 200);
  }
  const ms = now() - t0;
  const budget = payloadBudget();
  return {
    action,
    rows,
    runs: s.runs,
    syncs: s.syncs,
    roundTrips: s.roundTrips,
    reportedSyncs: reported,
    requestBytes: s.requestBytes,
    maxRequestBytes: s.maxRequestBytes,
    responseBytes: s.responseBytes,
    maxResponseBytes: s.maxResponseBytes,
    splitApplies: s.requestBytes > budget || s.responseBytes > budget,
    ms,
    outcome,
  };
}

/** Whether this version of the layer's createPlan takes initial rows (a second parameter). */
const createTakesRows = createPlan.length >= 2 && !process.env.BENCH_RT_NO_ROWS;

/** The rows typed into the tables after an example create (uncounted), when create cannot take them. */
function typeRowsIn(double: ExcelDouble, n: number): void {
  const rows = planRows(n);
  for (const sheet of ["goals", "strategies", "budget", "monitoring"] as const) {
    const grid = sheetGrid(sheet, rows[sheet] as never, LANG);
    // values with the computed columns' formulas in place, from row 2 down (replaces the 3 example rows)
    const body = grid.values.slice(1).map((r, i) => r.map((v, c) => grid.formulas![i + 1][c] ?? v));
    const last = String.fromCharCode(64 + body[0].length);
    double.workbookState.setCells(SHEET_NAMES[sheet][LANG], `A2:${last}${body.length + 1}`, body);
  }
}

async function benchSize(n: number): Promise<ActionFigures[]> {
  const { double, uninstall } = newDouble();
  const wb = createExcelPlanWorkbook();
  const out: ActionFigures[] = [];
  try {
    const options: CreateOptions = {
      lang: LANG,
      sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
      example: !createTakesRows,
      style: "plan",
    };
    const rows = planRows(n);
    const created = await measure(
      double,
      "create",
      n,
      () =>
        createTakesRows
          ? (createPlan as (o: CreateOptions, r: unknown) => ReturnType<typeof createPlan>)(options, rows)
          : wb.create(options),
      (r) => r.syncs,
      (r) => {
        const by = new Map<string, number>();
        for (const o of r.outcomes) by.set(o.outcome, (by.get(o.outcome) ?? 0) + 1);
        return [...by].map(([k, v]) => `${v} sheets ${k}`).join(", ");
      },
    );
    if (!createTakesRows) {
      created.note = "create() with the worked example (the layer takes no rows); rows typed in afterwards, uncounted";
      typeRowsIn(double, n);
    }
    out.push(created);
    const tables = double.workbookState
      .tables()
      .map((t) => `${t.name}:${t.rowCount}`)
      .join(" ");
    log(`  ${n} rows: tables ${tables}`);

    out.push(
      await measure(
        double,
        "read + check",
        n,
        () => wb.check(),
        (r) => r.syncs,
        (r) => `${r.findings.length} findings`,
      ),
    );
    out.push(
      await measure(
        double,
        "weekly update",
        n,
        () => wb.addPeriodRows({ frequency: "weekly", period: "2025-W51", lang: LANG }),
        (r) => r.syncs,
        (r) => `${r.added} rows added, ${r.skipped} skipped`,
      ),
    );
    let thresholds: Awaited<ReturnType<typeof wb.readSettings>>["thresholds"] | undefined;
    out.push(
      await measure(
        double,
        "settings: open (read)",
        n,
        async () => {
          const r = await wb.readSettings();
          thresholds = r.thresholds;
          return r;
        },
        () => null,
        (r) => (r.present ? "present" : "defaults"),
      ),
    );
    out.push(
      await measure(
        double,
        "settings: save (write)",
        n,
        () => wb.writeSettings({ ...thresholds!, approvalLead: 0.05 }),
        (r) => (r.written ? r.syncs : null),
        (r) => (r.written ? "written" : `refused: ${r.problems.map((p) => p.code).join(",")}`),
      ),
    );
  } finally {
    uninstall();
  }
  return out;
}

async function main(): Promise<void> {
  const results: ActionFigures[] = [];
  for (const n of SIZES) {
    log(`round trips at ${n} rows per sheet …`);
    results.push(...(await benchSize(n)));
  }
  emit({
    sizes: SIZES,
    createTakesRows,
    doubleLimitBytes: EXCEL_LIMIT_BYTES,
    layerLimitBytes: PAYLOAD_LIMIT_BYTES,
    layerBudgetBytes: payloadBudget(),
    results,
  });
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + "\n");
  process.exit(1);
});

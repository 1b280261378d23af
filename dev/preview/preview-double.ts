/**
 * The preview's workbook: the Excel API double (test/excel-double) with its
 * HyperFormula engine and the real PLAN.* functions, like Excel on the web in
 * the chosen display language, plus a change signal for the workbook view.
 *
 * The double has no change events, so the signal comes from wrapping its
 * Excel.run: every context.sync() of every batch (and Excel.run's final flush)
 * calls `changed()` once it has settled, failed syncs included. Edits typed
 * into the preview grid go through `edit`, which signals too.
 */
import { createExcelDouble, type ExcelDouble } from "../../test/excel-double";
import { PLAN_FUNCTIONS, PLAN_NAMESPACE, isPlanError, setFunctionsLang } from "../../src/functions/registry";
import type { Lang } from "../../src/domain/language";

export interface PreviewWorkbook {
  readonly double: ExcelDouble;
  readonly lang: Lang;
  /** Increments on every change; read by useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
  /** Signals a change made outside Excel.run (the grid's own edits and selection). */
  changed(): void;
}

/** Excel on the web as the preview pretends to be: ExcelApi 1.12 (what the double models), shared runtime. */
export function createPreviewWorkbook(lang: Lang): PreviewWorkbook {
  const double = createExcelDouble({
    sheets: ["Sheet1"],
    apiVersion: "1.12",
    requirementSets: { CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" },
    displayLanguage: lang,
    platform: "OfficeOnline",
  });
  const fns = Object.fromEntries(PLAN_FUNCTIONS.map((f) => [f.id, f.fn as (...args: unknown[]) => unknown]));
  double.registerCustomFunctions(PLAN_NAMESPACE, fns, (v) =>
    isPlanError(v) ? { code: v.code, message: v.message } : undefined,
  );
  // In Excel the PLAN.* text results follow Excel's display language.
  setFunctionsLang(lang);

  let version = 0;
  const listeners = new Set<() => void>();
  const changed = (): void => {
    version++;
    for (const l of [...listeners]) l();
  };
  watchRuns(double, changed);
  return {
    double,
    lang,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed,
  };
}

type Batch = (context: Excel.RequestContext) => Promise<unknown>;
type Run = (a: unknown, b?: unknown) => Promise<unknown>;

/** Wraps the double's Excel.run so each sync of each batch, and the run's end, call `changed`. */
function watchRuns(double: ExcelDouble, changed: () => void): void {
  const excel = double.Excel as unknown as { run: Run };
  const run = excel.run;
  const watched = new WeakSet<object>();
  const watch =
    (batch: unknown): unknown =>
    (context: Excel.RequestContext) => {
      if (!watched.has(context)) {
        watched.add(context);
        const sync = context.sync.bind(context);
        context.sync = ((value?: unknown) => sync(value).finally(changed)) as typeof context.sync;
      }
      return (batch as Batch)(context);
    };
  excel.run = (a: unknown, b?: unknown) =>
    (typeof a === "function" ? run(watch(a)) : run(a, typeof b === "function" ? watch(b) : b)).finally(changed);
}

/**
 * The PLAN.* functions as data, for hosts that register them themselves (the
 * HyperFormula test double, a browser preview). Excel does not use this: there the
 * webpack plugin associates the functions with the ids in functions.json.
 *
 * Calling convention (same as Excel's): every argument is a matrix of cell values
 * (`[[v]]` for one cell; a plain non-array value is accepted as 1×1), omitted
 * optional arguments are `undefined`/`null`, the result is a matrix (1×1 unless a
 * range was passed). A result cell is a number, boolean, string ("" = blank) or an
 * error value recognised by `isPlanError` (with `.code` such as "#DIV/0!" and
 * `.message`). Ids and params come from catalog.ts; tests check them against the generated functions.json.
 */
import { approval, deviation, explain, roi, status, variance, variancePct } from "./functions";
import type { CellArg } from "./spill";
import { PLAN_CATALOG, type PlanFunctionEntry, type PlanFunctionId } from "./catalog";

export { isPlanError, planError, PLAN_ERROR_CODES, type PlanError, type PlanErrorCode } from "./errors";
export { functionsLang, setFunctionsLang } from "./lang";
export type { CellArg } from "./spill";

/** The custom-function namespace set in manifest.xml: formulas read PLAN.DEVIATION(…). */
export const PLAN_NAMESPACE = "PLAN";

export type { PlanFunctionId, PlanFunctionParam } from "./catalog";

export interface PlanFunction extends Omit<PlanFunctionEntry, "example"> {
  readonly fn: (...args: CellArg[]) => unknown[][];
}

const IMPLEMENTATIONS: Record<PlanFunctionId, PlanFunction["fn"]> = {
  DEVIATION: deviation as PlanFunction["fn"],
  STATUS: status as PlanFunction["fn"],
  ROI: roi as PlanFunction["fn"],
  VARIANCE: variance as PlanFunction["fn"],
  VARIANCEPCT: variancePct as PlanFunction["fn"],
  APPROVAL: approval as PlanFunction["fn"],
  EXPLAIN: explain as PlanFunction["fn"],
};

/** The catalog's functions with their implementations. */
export const PLAN_FUNCTIONS: readonly PlanFunction[] = PLAN_CATALOG.map(({ id, params }) => ({
  id,
  params,
  fn: IMPLEMENTATIONS[id],
}));

/** Looks a function up by id, case-insensitively, with or without the PLAN. prefix. */
export function planFunction(name: string): PlanFunction | undefined {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^PLAN\./, "");
  return PLAN_FUNCTIONS.find((f) => f.id === id);
}

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
 * `.message`). Tests check that `params` matches the generated functions.json.
 */
import { approval, deviation, explain, roi, status, variance, variancePct } from "./functions";
import type { CellArg } from "./spill";

export { isPlanError, planError, PLAN_ERROR_CODES, type PlanError, type PlanErrorCode } from "./errors";
export { functionsLang, setFunctionsLang } from "./lang";
export type { CellArg } from "./spill";

/** The custom-function namespace set in manifest.xml: formulas read PLAN.DEVIATION(…). */
export const PLAN_NAMESPACE = "PLAN";

export type PlanFunctionId = "DEVIATION" | "STATUS" | "ROI" | "VARIANCE" | "VARIANCEPCT" | "APPROVAL" | "EXPLAIN";

export interface PlanFunctionParam {
  readonly name: string;
  readonly optional: boolean;
}

export interface PlanFunction {
  /** The id in functions.json; the formula name is `PLAN.<id>`. */
  readonly id: PlanFunctionId;
  readonly params: readonly PlanFunctionParam[];
  readonly fn: (...args: CellArg[]) => unknown[][];
}

const req = (name: string): PlanFunctionParam => ({ name, optional: false });
const opt = (name: string): PlanFunctionParam => ({ name, optional: true });

export const PLAN_FUNCTIONS: readonly PlanFunction[] = [
  { id: "DEVIATION", params: [req("actual"), req("target")], fn: deviation as PlanFunction["fn"] },
  {
    id: "STATUS",
    params: [req("actual"), req("target"), opt("direction"), opt("alertShortfall"), opt("tolerance")],
    fn: status as PlanFunction["fn"],
  },
  { id: "ROI", params: [req("revenue"), req("cost"), opt("mode")], fn: roi as PlanFunction["fn"] },
  { id: "VARIANCE", params: [req("actual"), req("budget")], fn: variance as PlanFunction["fn"] },
  { id: "VARIANCEPCT", params: [req("actual"), req("budget")], fn: variancePct as PlanFunction["fn"] },
  {
    id: "APPROVAL",
    params: [req("actual"), req("budget"), opt("leadThreshold"), opt("gmThreshold")],
    fn: approval as PlanFunction["fn"],
  },
  {
    id: "EXPLAIN",
    params: [req("actual"), req("budget"), opt("pctThreshold"), opt("minAmount")],
    fn: explain as PlanFunction["fn"],
  },
];

/** Looks a function up by id, case-insensitively, with or without the PLAN. prefix. */
export function planFunction(name: string): PlanFunction | undefined {
  const id = name.trim().toUpperCase().replace(/^PLAN\./, "");
  return PLAN_FUNCTIONS.find((f) => f.id === id);
}

/**
 * The one table of PLAN.* functions: id, parameters and the example the
 * pane's reference inserts. The registry (registry.ts), the task pane's
 * Functions tab and its i18n keys (typed by PlanFunctionId) derive from it;
 * test/functions/metadata.test.ts checks it against the functions.json that
 * custom-functions-metadata generates from the JSDoc in functions.ts (Excel's
 * source of truth, which must stay JSDoc). Pure data, so the pane can import
 * it without the calculations.
 */

export type PlanFunctionId = "DEVIATION" | "STATUS" | "ROI" | "VARIANCE" | "VARIANCEPCT" | "APPROVAL" | "EXPLAIN";

export interface PlanFunctionParam {
  readonly name: string;
  readonly optional: boolean;
}

export interface PlanFunctionEntry {
  /** The id in functions.json; the formula name is `PLAN.<id>`. */
  readonly id: PlanFunctionId;
  readonly params: readonly PlanFunctionParam[];
  /** A formula that works in any cell (literal arguments), inserted by the pane's "Insert example". */
  readonly example: string;
}

const req = (name: string): PlanFunctionParam => ({ name, optional: false });
const opt = (name: string): PlanFunctionParam => ({ name, optional: true });

export const PLAN_CATALOG: readonly PlanFunctionEntry[] = [
  { id: "DEVIATION", params: [req("actual"), req("target")], example: "=PLAN.DEVIATION(1.5%,2%)" },
  {
    id: "STATUS",
    params: [req("actual"), req("target"), opt("direction"), opt("alertShortfall"), opt("tolerance")],
    example: '=PLAN.STATUS(1.5%,2%,"≥")',
  },
  { id: "ROI", params: [req("revenue"), req("cost"), opt("mode")], example: "=PLAN.ROI(360,100)" },
  { id: "VARIANCE", params: [req("actual"), req("budget")], example: "=PLAN.VARIANCE(11,10)" },
  { id: "VARIANCEPCT", params: [req("actual"), req("budget")], example: "=PLAN.VARIANCEPCT(11,10)" },
  {
    id: "APPROVAL",
    params: [req("actual"), req("budget"), opt("leadThreshold"), opt("gmThreshold")],
    example: "=PLAN.APPROVAL(12,10)",
  },
  {
    id: "EXPLAIN",
    params: [req("actual"), req("budget"), opt("pctThreshold"), opt("minAmount")],
    example: "=PLAN.EXPLAIN(12,10)",
  },
];

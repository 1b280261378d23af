/**
 * The seven PLAN.* custom functions shown on the Functions tab, each with an
 * example formula that works in any cell (literal arguments, no references).
 * Descriptions and argument names are in the i18n tables.
 */
export type PlanFunctionName = "DEVIATION" | "STATUS" | "ROI" | "VARIANCE" | "VARIANCEPCT" | "APPROVAL" | "EXPLAIN";

export interface PlanFunctionRef {
  name: PlanFunctionName;
  /** The example formula inserted by "Insert example". */
  example: string;
}

export const PLAN_FUNCTIONS: readonly PlanFunctionRef[] = [
  { name: "DEVIATION", example: "=PLAN.DEVIATION(1.5%,2%)" },
  { name: "STATUS", example: '=PLAN.STATUS(1.5%,2%,"≥")' },
  { name: "ROI", example: "=PLAN.ROI(360,100)" },
  { name: "VARIANCE", example: "=PLAN.VARIANCE(11,10)" },
  { name: "VARIANCEPCT", example: "=PLAN.VARIANCEPCT(11,10)" },
  { name: "APPROVAL", example: "=PLAN.APPROVAL(12,10)" },
  { name: "EXPLAIN", example: "=PLAN.EXPLAIN(12,10)" },
];

/**
 * The PLAN.* functions shown on the Functions tab: the catalog's entries
 * (src/functions/catalog.ts), in its order. Descriptions and argument names
 * are in the i18n tables, keyed by id.
 */
import { PLAN_CATALOG, type PlanFunctionId } from "../../../functions/catalog";

export type PlanFunctionName = PlanFunctionId;

export interface PlanFunctionRef {
  name: PlanFunctionName;
  /** The example formula inserted by "Insert example". */
  example: string;
}

export const PLAN_FUNCTIONS: readonly PlanFunctionRef[] = PLAN_CATALOG.map(({ id, example }) => ({
  name: id,
  example,
}));

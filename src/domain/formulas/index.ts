import type { FormulaStyle } from "./style";
import { planFormula } from "./plan-style";
import { standardFormula } from "./standard-style";
import type { FormulaRequest } from "./refs";

export { cellsNeeded, thresholdName, type RowCells, type FormulaRequest } from "./refs";

/** The formula of one computed cell in the workbook's formula style. */
export function computedFormula(style: FormulaStyle, request: FormulaRequest): string {
  return style === "plan" ? planFormula(request) : standardFormula(request);
}
export type { FormulaStyle } from "./style";

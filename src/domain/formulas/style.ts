/**
 * How computed cells are written: `standard`, plain formulas every spreadsheet
 * computes (the default; workbooks from before record it as `portable`), or
 * `plan`, the add-in's PLAN.* custom functions.
 */
export type FormulaStyle = "standard" | "plan";

export const FORMULA_STYLES: readonly FormulaStyle[] = ["standard", "plan"];
export const DEFAULT_FORMULA_STYLE: FormulaStyle = "standard";

/** The style a PlanFormulaStyle cell records, if any ("portable" is the standard style's old name). */
export function formulaStyleOf(value: unknown): FormulaStyle | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  if (v === "standard" || v === "portable") return "standard";
  return v === "plan" ? "plan" : undefined;
}

/** PLAN.* custom functions, or plain formulas for workbooks that leave the add-in. */
export type FormulaStyle = "plan" | "portable";

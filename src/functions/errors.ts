/**
 * Error values returned by the PLAN.* custom functions.
 *
 * In Excel an error result must be an instance of `CustomFunctions.Error`
 * (it becomes `#DIV/0!`, `#VALUE!` … with the message as its tooltip). Outside
 * Excel — Jest, the HyperFormula test double, a browser preview — that global is
 * absent, so the same factory returns a plain object of the same shape
 * (`{ code, message }`). Errors are returned as cell values, never thrown.
 *
 * Adapter for other hosts (e.g. the HyperFormula test double):
 *
 * ```ts
 * const v = result[r][c];
 * if (isPlanError(v)) toHostError(v.code, v.message); // v.code is "#DIV/0!", "#VALUE!", "#N/A" or "#NUM!"
 * ```
 */
import type { CalcError, CalcErrorCode } from "../domain/values/result";

/** The Excel error values the functions produce (the strings of `CustomFunctions.ErrorCode`). */
export type PlanErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export const PLAN_ERROR_CODES: readonly PlanErrorCode[] = ["#DIV/0!", "#VALUE!", "#N/A", "#NUM!"];

/** What an error result looks like, in Excel (`CustomFunctions.Error`) and elsewhere. */
export interface PlanError {
  readonly code: PlanErrorCode;
  readonly message: string;
}

const CODE_OF: Record<CalcErrorCode, PlanErrorCode> = { DIV0: "#DIV/0!", VALUE: "#VALUE!", NA: "#N/A" };

const KNOWN_CODES: ReadonlySet<unknown> = new Set<unknown>(PLAN_ERROR_CODES);

/** The `CustomFunctions.Error` constructor when the Excel custom-functions runtime is loaded, else undefined. */
function excelErrorClass(): typeof CustomFunctions.Error | undefined {
  // office.js defines a `CustomFunctions` object early (for associate); `Error` only exists in Excel's runtime.
  if (typeof CustomFunctions === "undefined" || CustomFunctions === null) return undefined;
  const ctor = (CustomFunctions as { Error?: unknown }).Error;
  return typeof ctor === "function" ? (ctor as typeof CustomFunctions.Error) : undefined;
}

/** An error cell value: `new CustomFunctions.Error(code, message)` in Excel, `{ code, message }` elsewhere. */
export function planError(code: PlanErrorCode, message: string): PlanError {
  const ExcelError = excelErrorClass();
  if (ExcelError) return new ExcelError(code as CustomFunctions.ErrorCode, message) as unknown as PlanError;
  return { code, message };
}

/** The Excel error value for a domain calculation error. */
export function fromCalcError(error: CalcError): PlanError {
  return planError(CODE_OF[error.code], error.message);
}

/**
 * True when a function result is an error value (either kind). Results that are
 * not errors are numbers, booleans or strings ("" for blank), never objects.
 */
export function isPlanError(value: unknown): value is PlanError {
  return typeof value === "object" && value !== null && KNOWN_CODES.has((value as { code?: unknown }).code);
}

/**
 * The outcome of a calculation on cell values. Blank means "nothing to show yet"
 * (e.g. an actual not reported), never zero; errors map to Excel's error values.
 */
export type CalcErrorCode = "DIV0" | "VALUE" | "NA";

export interface CalcError {
  readonly kind: "error";
  readonly code: CalcErrorCode;
  /** Why, in English; shown in Excel's #VALUE! tooltip and in findings. */
  readonly message: string;
}

export interface CalcBlank {
  readonly kind: "blank";
}

export interface CalcOk<T> {
  readonly kind: "ok";
  readonly value: T;
}

export type Calc<T> = CalcOk<T> | CalcBlank | CalcError;

export const BLANK: CalcBlank = Object.freeze({ kind: "blank" });

export function ok<T>(value: T): CalcOk<T> {
  return { kind: "ok", value };
}

export function fail(code: CalcErrorCode, message: string): CalcError {
  return { kind: "error", code, message };
}

/** Applies `f` to an ok value; blanks and errors pass through unchanged. */
export function mapCalc<T, U>(c: Calc<T>, f: (v: T) => Calc<U>): Calc<U> {
  return c.kind === "ok" ? f(c.value) : c;
}

/**
 * A numeric result that must be a real number: overflow (a tiny budget or
 * target under a huge amount) would otherwise hand Infinity to a cell or a
 * threshold comparison. Excel's own overflow error is #NUM!; CalcErrorCode has
 * no NUM member (callers map codes exhaustively), so this is #VALUE! with the reason.
 */
export function okNumber(value: number): Calc<number> {
  return Number.isFinite(value) ? ok(value) : fail("VALUE", "The result is too large to calculate");
}

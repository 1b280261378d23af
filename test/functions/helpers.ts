import { isPlanError } from "../../src/functions/errors";

/** A matrix argument from a value (1×1) or rows. */
export const m = (v: unknown): unknown[][] => [[v]];
export const col = (...vs: unknown[]): unknown[][] => vs.map((v) => [v]);
export const row = (...vs: unknown[]): unknown[][] => [vs];

/** The one cell of a 1×1 result. */
export function only(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

/** The error code of a cell, or undefined when it is no error. */
export function codeOf(v: unknown): string | undefined {
  return isPlanError(v) ? v.code : undefined;
}

/** A cell compared by value; errors by code only (messages may differ in wording). */
export function comparable(v: unknown): unknown {
  return isPlanError(v) ? { error: v.code } : v;
}

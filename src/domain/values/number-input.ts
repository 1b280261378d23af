import { parseNumber } from "./parse";
import { BLANK, fail, ok, type Calc } from "./result";
import { readTypedNumber, type NumberKind } from "./typed-number";

/**
 * A cell value as a number for a calculation, read as the check reads its
 * column (typed-number.ts): blank stays blank, text that is no number — or an
 * ambiguous amount such as "1.2万" in a 万元 column — is #VALUE!.
 */
export function numberInput(input: unknown, what: string, kind: NumberKind = "metric"): Calc<number> {
  const parsed = readTypedNumber(input, kind);
  switch (parsed.kind) {
    case "number":
      return ok(parsed.value);
    case "blank":
      return BLANK;
    case "invalid":
      return fail("VALUE", invalidMessage(what, parsed.text, parsed.reason));
  }
}

function invalidMessage(what: string, text: string, reason: string | undefined): string {
  if (reason === "unitInAmount") return `${what} is in 万元 already; "${text}" is ambiguous, type the number alone`;
  if (reason === "notAnAmount") return `${what} is an amount in 万元, not "${text}"`;
  return `${what} is not a number: "${text}"`;
}

/** An optional threshold argument: blank means "use the default". */
export function thresholdInput(input: unknown, fallback: number, what: string): Calc<number> {
  const p = parseNumber(input);
  const n: Calc<number> =
    p.kind === "number"
      ? ok(p.value)
      : p.kind === "blank"
        ? BLANK
        : fail("VALUE", `${what} is not a number: "${p.text}"`);
  if (n.kind === "blank") return ok(fallback);
  if (n.kind === "ok" && n.value < 0) return fail("VALUE", `${what} cannot be negative: ${n.value}`);
  return n;
}

/** Runs `f` when every input is a number; the first error wins, then any blank gives blank. */
export function withNumbers<T>(inputs: readonly Calc<number>[], f: (values: number[]) => Calc<T>): Calc<T> {
  const error = inputs.find((c) => c.kind === "error");
  if (error) return error as Calc<T>;
  if (inputs.some((c) => c.kind === "blank")) return BLANK;
  return f(inputs.map((c) => (c as { value: number }).value));
}

/*
 * Fast-path guards. The calculations run once per cell over ranges of 100,000
 * rows, and nearly every cell already holds a plain number: for those they skip
 * numberInput/withNumbers (several short-lived objects per cell) and compute
 * directly. Each guard accepts only inputs the general path would take as that
 * same number, so results are identical; anything else takes the general path.
 */

/** A finite number, which numberInput would take as itself. */
export function isFiniteNumber(input: unknown): input is number {
  return typeof input === "number" && Number.isFinite(input);
}

/** A finite number ≥ 0: an amount spend() accepts (−0 included, as there). */
export function isAmount(input: unknown): input is number {
  return typeof input === "number" && Number.isFinite(input) && input >= 0;
}

/**
 * The value thresholdInput would give for an omitted argument or a plain number
 * ≥ 0; undefined for anything else (text, a blank string, an error to report),
 * which the caller leaves to the general path.
 */
export function plainThreshold(input: unknown, fallback: number): number | undefined {
  if (input === undefined || input === null) return fallback;
  return isAmount(input) ? input : undefined;
}

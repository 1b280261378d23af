import { clean } from "../values/tolerance";
import { fail, ok, okNumber, type Calc } from "../values/result";
import { isFiniteNumber, numberInput, withNumbers } from "../values/number-input";

/** ratio: revenue / cost, the framework's 1:3.6; net: (revenue − cost) / cost. */
export type RoiMode = "ratio" | "net";

export function parseRoiMode(input: unknown): Calc<RoiMode> {
  const text = input === null || input === undefined ? "" : String(input).trim().toLowerCase();
  if (text === "" || text === "ratio" || text === "比率") return ok("ratio");
  if (text === "net" || text === "净" || text === "净收益") return ok("net");
  return fail("VALUE", `ROI mode must be "ratio" or "net": "${String(input)}"`);
}

export function roiOf(revenue: number, cost: number, mode: RoiMode): Calc<number> {
  if (cost <= 0) return fail("DIV0", "Cost must be above 0 for an ROI");
  return okNumber(clean(mode === "ratio" ? revenue / cost : (revenue - cost) / cost));
}

export function roi(revenue: unknown, cost: unknown, mode?: unknown): Calc<number> {
  // Fast path: plain numbers with the mode omitted (the default, ratio), as numberInput and parseRoiMode would read them.
  if ((mode === undefined || mode === null) && isFiniteNumber(revenue) && isFiniteNumber(cost)) {
    return roiOf(revenue, cost, "ratio");
  }
  const m = parseRoiMode(mode);
  if (m.kind !== "ok") return m;
  return withNumbers([numberInput(revenue, "Revenue", "money"), numberInput(cost, "Cost", "money")], ([r, c]) =>
    roiOf(r, c, m.value),
  );
}

/** The framework's way of writing a ratio: 3.6 → "1:3.6". */
export function formatRoi(ratio: number): string {
  return `1:${(Math.round(ratio * 10) / 10).toFixed(1)}`;
}

import { fail, ok, type Calc } from "../values/result";

/** ≥ higher is better, ≤ lower is better (cost, CAC), = closer to target is better. */
export type Direction = "≥" | "≤" | "=";

export const DIRECTIONS: readonly Direction[] = ["≥", "≤", "="];

const SPELLINGS: ReadonlyMap<string, Direction> = new Map(
  Object.entries({
    "≥": "≥",
    ">=": "≥",
    "≧": "≥",
    "＞＝": "≥",
    ">": "≥",
    "＞": "≥",
    "≤": "≤",
    "<=": "≤",
    "≦": "≤",
    "＜＝": "≤",
    "<": "≤",
    "＜": "≤",
    "=": "=",
    "==": "=",
    "＝": "=",
  }) as [string, Direction][],
);

/** Reads a direction as people type it; blank means the default, higher is better. */
export function parseDirection(input: unknown): Calc<Direction> {
  if (input === null || input === undefined) return ok("≥");
  const text = String(input).replace(/\s+/g, "");
  if (text === "") return ok("≥");
  const d = SPELLINGS.get(text);
  return d ? ok(d) : fail("VALUE", `Direction must be ≥, ≤ or =: "${String(input)}"`);
}

/**
 * parseDirection's answer for the common inputs, without its allocations:
 * omitted, or a string that is exactly one of the spellings (so has no spaces
 * to remove). Undefined for anything else; parseDirection then decides.
 */
export function plainDirection(input: unknown): Direction | undefined {
  if (input === null || input === undefined) return "≥";
  return typeof input === "string" ? SPELLINGS.get(input) : undefined;
}

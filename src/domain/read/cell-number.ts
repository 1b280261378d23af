import { readTypedNumber, type TypedNumber } from "../values/typed-number";
import type { NumberKind } from "../schema/column";

export type CellNumber = TypedNumber;

/** A number cell read by what its column holds: the one rule of values/typed-number.ts. */
export function readNumberCell(raw: unknown, kind: NumberKind): CellNumber {
  return readTypedNumber(raw, kind);
}

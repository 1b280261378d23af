import { parseNumber } from "../values/parse";
import type { NumberKind } from "../schema/column";

export type CellNumber = { readonly kind: "number"; readonly value: number } | { readonly kind: "blank" } | { readonly kind: "invalid" };

const MONEY_UNIT = /(万元|萬元|万|萬)$/;
const RATIO = /^1[:：](\d+(?:\.\d+)?)$/;

/**
 * A number cell read by what its column holds.
 * metric: parse.ts rules (11, 1.5%, 1.2万 = 12000), plus the framework's ROI
 * notation 1:3.5 = 3.5, which is unambiguous.
 * money: the column is in 万元, so a trailing 万/万元 just restates the unit
 * (1.2万 = 1.2); a percentage or 亿 is not an amount in this column and is
 * reported rather than converted.
 */
export function readNumberCell(raw: unknown, kind: NumberKind): CellNumber {
  if (typeof raw === "string") {
    const text = raw.normalize("NFKC").replace(/\s+/g, "");
    if (kind === "money") {
      if (/[%亿億]$/.test(text)) return { kind: "invalid" };
      const body = text.replace(MONEY_UNIT, "");
      if (body === "" && text !== "") return { kind: "invalid" }; // a unit without an amount
      return fromParsed(parseNumber(body));
    }
    const ratio = RATIO.exec(text);
    if (ratio) return { kind: "number", value: Number(ratio[1]) };
  }
  return fromParsed(parseNumber(raw));
}

function fromParsed(p: ReturnType<typeof parseNumber>): CellNumber {
  return p.kind === "invalid" ? { kind: "invalid" } : p;
}

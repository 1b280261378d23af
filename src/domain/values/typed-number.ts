/**
 * The one reading of a typed value in a number column, shared by the PLAN.*
 * functions (through numberInput), the reader and the check (read/cell-number.ts).
 *
 * - money: the column is already in 万元, so 12, " 12 ", "１２", "12.5", "1,200"
 *   are numbers and "1.2万元" restates the unit (1.2). "1.2万" is ambiguous
 *   (1.2 万元, or 1.2 万 × 万元?) and a percentage or 亿 is no amount: both are
 *   invalid, with the reason, never a silent number.
 * - metric: parse.ts rules (11, 1.5%, 1.2万 = 12000, 3亿), plus the framework's
 *   ROI notation 1:3.5 = 3.5, marked `ratio` so the check can refuse it for a
 *   metric that is no ROI.
 */
import { parseNumber } from "./parse";

export type NumberKind = "metric" | "money";

/** Why a typed value is no number of its column (absent: it is simply not a number). */
export type InvalidReason = "unitInAmount" | "notAnAmount";

export type TypedNumber =
  | { readonly kind: "number"; readonly value: number; readonly ratio?: true }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly text: string; readonly reason?: InvalidReason };

const RATIO = /^1[:：](\d+(?:\.\d+)?)$/;

/** The framework's ROI notation 1:3.5, as typed (full-width and spaces allowed). */
export function isRatioText(raw: unknown): boolean {
  return typeof raw === "string" && RATIO.test(raw.normalize("NFKC").replace(/\s+/g, ""));
}
/** 1.2万 / 1.2萬 alone: the column's unit is 万元, so this could mean either. */
const BARE_TEN_THOUSAND = /[万萬]$/;
const AMOUNT_UNIT = /(万元|萬元)$/;
const NOT_AN_AMOUNT = /[%％亿億]$/;

export function readTypedNumber(raw: unknown, kind: NumberKind): TypedNumber {
  if (typeof raw !== "string") return parseNumber(raw);
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  if (text === "") return { kind: "blank" };
  if (kind === "money") {
    if (NOT_AN_AMOUNT.test(text)) return { kind: "invalid", text: raw.trim(), reason: "notAnAmount" };
    if (AMOUNT_UNIT.test(text)) {
      const body = text.replace(AMOUNT_UNIT, "");
      return body === "" ? { kind: "invalid", text: raw.trim() } : withText(parseNumber(body), raw);
    }
    if (BARE_TEN_THOUSAND.test(text)) {
      const isAmount = parseNumber(text.slice(0, -1)).kind === "number";
      return { kind: "invalid", text: raw.trim(), ...(isAmount ? { reason: "unitInAmount" as const } : {}) };
    }
    return withText(parseNumber(text), raw);
  }
  const ratio = RATIO.exec(text);
  if (ratio) return { kind: "number", value: Number(ratio[1]), ratio: true };
  return parseNumber(raw);
}

/** An invalid reading names the text as typed, not as normalised. */
function withText(p: ReturnType<typeof parseNumber>, raw: string): TypedNumber {
  return p.kind === "invalid" ? { kind: "invalid", text: raw.trim() } : p;
}

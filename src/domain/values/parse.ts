/**
 * What people type into a number cell, read without guessing: numbers,
 * numeric text ("11", "1,200", "１２"), percentages ("1.5%"), Chinese ten-thousands
 * ("1.2万" = 12000) and blanks. Anything else is "invalid", never 0.
 */
export type ParsedNumber =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly text: string };

const FULL_WIDTH_DIGITS = /[０-９．－＋％，]/g;
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MULTIPLIERS: Record<string, number> = { "%": 0.01, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function parseNumber(input: unknown): ParsedNumber {
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { kind: "number", value: input } : { kind: "invalid", text: String(input) };
  }
  if (typeof input === "boolean") return { kind: "invalid", text: String(input) };
  if (typeof input !== "string") return { kind: "invalid", text: String(input) };

  const text = input.trim();
  if (text === "") return { kind: "blank" };
  let body = toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  let factor = 1;
  const last = body.slice(-1);
  if (last in MULTIPLIERS) {
    factor = MULTIPLIERS[last];
    body = body.slice(0, -1);
  }
  if (!NUMERIC.test(body)) return { kind: "invalid", text };
  const value = Number(body) * factor;
  return Number.isFinite(value)
    ? { kind: "number", value: factor === 1 ? value : Number.parseFloat(value.toPrecision(15)) }
    : { kind: "invalid", text };
}

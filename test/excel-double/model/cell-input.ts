/**
 * What Excel does with a value written through `values` or `formulas`: it is read
 * like typed input. "=…" is a formula; "" clears; null leaves the cell alone;
 * "12", "10%", "2026-01-05", "$5" become numbers (dates as serial numbers, with
 * a matching number format when the cell had General); a leading apostrophe
 * keeps text ('11); in a cell formatted as text (@) everything but a formula
 * stays text.
 */
import { excelError } from "../errors";
import { FormulaSyntaxError, excelToHf } from "../formula-text";
import type { HfContent } from "../formula-engine";

export interface InputContext {
  /** Is the cell formatted as text (@)? */
  isText: boolean;
  validate(hfFormula: string): boolean;
  location: string;
}

export function toHfContent(v: unknown, ctx: InputContext): HfContent {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw excelError("InvalidArgument", ctx.location, `not a finite number: ${v}`);
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v !== "string")
    throw excelError("InvalidArgument", ctx.location, `not a cell value: ${JSON.stringify(v)}`);
  if (v === "") return null;
  // Excel keeps a formula written into a text-formatted ("@") cell as its text, uncalculated.
  if (ctx.isText) return `'${v}`;
  if (v.startsWith("=")) {
    let hf: string;
    try {
      hf = excelToHf(v);
    } catch (e) {
      throw excelError("InvalidArgument", ctx.location, `formula ${v}: ${(e as Error).message}`);
    }
    if (v.length < 2 || !ctx.validate(hf))
      throw excelError("InvalidArgument", ctx.location, `formula does not parse: ${v}`);
    return hf;
  }
  return v;
}

const PERCENT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
const ISO_DATE = /^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*$/;
const US_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/;
const CURRENCY = /^\s*[$¥￥€£]\s*[+-]?\d[\d,]*(\.\d+)?\s*$/;

/** The number format Excel gives a General cell for typed input like "10%" or "2026-01-05", else undefined. */
export function inferredFormat(v: unknown): string | undefined {
  if (typeof v !== "string" || v.length > 30) return undefined;
  if (PERCENT.test(v)) return /\.\d*[1-9]/.test(v) ? "0.00%" : "0%";
  if (ISO_DATE.test(v)) return "yyyy-mm-dd";
  if (US_DATE.test(v)) return "m/d/yyyy";
  if (CURRENCY.test(v)) {
    const sym = v.trim()[0];
    return /\.\d/.test(v) ? `${sym}#,##0.00` : `${sym}#,##0`;
  }
  return undefined;
}

export { FormulaSyntaxError };

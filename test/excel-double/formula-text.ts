/**
 * Formula text at the boundary between Excel and HyperFormula.
 *
 * Excel → HyperFormula: unquoted sheet names are quoted (HyperFormula only reads
 * bare Latin names, Excel also bare CJK names: =预算分配!A1), TRUE/FALSE become
 * TRUE()/FALSE(), the "@" implicit-intersection operator and _xlfn. prefixes are
 * dropped. HyperFormula → Excel: quotes Excel would not write are removed and
 * TRUE()/FALSE() go back to TRUE/FALSE.
 */
import { columnIndex, columnLetters, sheetNeedsQuotes } from "./address";
import { MAX_COLS, MAX_ROWS } from "./model/rect";

export type TokenType = "str" | "qsheet" | "ident" | "num" | "other";
export interface Token {
  type: TokenType;
  text: string;
  /** qsheet: the unquoted sheet name. */
  value?: string;
}

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\$]/u;

export class FormulaSyntaxError extends Error {}

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= s.length) throw new FormulaSyntaxError("unterminated string literal");
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ type: "str", text: s.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (j >= s.length) throw new FormulaSyntaxError("unterminated quoted sheet name");
        if (s[j] === "'") {
          if (s[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += s[j++];
      }
      out.push({ type: "qsheet", text: s.slice(i, j + 1), value: name });
      i = j + 1;
    } else if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < s.length && IDENT_PART.test(s[j])) j++;
      out.push({ type: "ident", text: s.slice(i, j) });
      i = j;
    } else if (ch >= "0" && ch <= "9") {
      const m = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/.exec(s.slice(i))!;
      out.push({ type: "num", text: m[0] });
      i += m[0].length;
    } else {
      out.push({ type: "other", text: ch });
      i++;
    }
  }
  return out;
}

const quote = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const nextText = (t: Token[], i: number): string | undefined => t[i + 1]?.text;

/** Excel formula text ("=…") → the text HyperFormula parses. Throws FormulaSyntaxError for what the double cannot represent. */
export function excelToHf(formula: string): string {
  // fast path: nothing to translate (no sheet references, booleans, @, prefixes or embedded quotes)
  if (!/['!@]|_xl|TRUE|FALSE/i.test(formula) && !/[^,(=&<>+\-*/\s;{]""|""[^,)&<>=+\-*/\s;}]/.test(formula))
    return formula;
  const t = tokenize(formula);
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.type === "str") {
      if (tok.text.slice(1, -1).includes('""')) {
        throw new FormulaSyntaxError('a double quote inside a string literal ("") is not supported by HyperFormula');
      }
      out += tok.text;
    } else if (tok.type === "ident") {
      const next = nextText(t, i);
      if (next === "!") out += quote(tok.text);
      else if (next === "(") out += tok.text.replace(/^_xl(fn|ws)\./i, "");
      else if (/^(TRUE|FALSE)$/i.test(tok.text) && t[i - 1]?.text !== "!") out += `${tok.text.toUpperCase()}()`;
      else out += tok.text;
    } else if (tok.type === "other" && tok.text === "@") {
      // implicit intersection: a single cell or value in every case the double meets
    } else out += tok.text;
  }
  return out;
}

/** HyperFormula's formula text → Excel's: bare sheet names where Excel writes them bare, TRUE/FALSE. */
export function hfToExcel(formula: string): string {
  let t: Token[];
  try {
    t = tokenize(formula);
  } catch {
    return formula;
  }
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.type === "qsheet" && !sheetNeedsQuotes(tok.value!)) out += tok.value;
    else if (
      tok.type === "ident" &&
      /^(TRUE|FALSE)$/i.test(tok.text) &&
      nextText(t, i) === "(" &&
      nextText(t, i + 1) === ")"
    ) {
      out += tok.text.toUpperCase();
      i += 2;
    } else out += tok.text;
  }
  return out;
}

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
const COL_REF = /^(\$?)([A-Za-z]{1,3})$/;

/**
 * The formula as it reads `dRows` rows down and `dCols` columns right of where it
 * was written (relative references move, $-absolute ones stay), as Excel fills
 * formulas and evaluates conditional-format rules. Cell references and column
 * ranges (A:A) move; row ranges (1:3) are left as they are. A reference moved off
 * the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  const t = tokenize(formula);
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.type !== "ident") {
      out += tok.text;
      continue;
    }
    const next = nextText(t, i);
    if (next === "(" || next === "!") {
      out += tok.text;
      continue;
    }
    let m = CELL_REF.exec(tok.text);
    if (m) {
      let col = columnIndex(m[2]);
      let row = Number(m[4]) - 1;
      if (!m[1]) col += dCols;
      if (!m[3]) row += dRows;
      out +=
        col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS
          ? "#REF!"
          : `${m[1]}${columnLetters(col)}${m[3]}${row + 1}`;
      continue;
    }
    m = COL_REF.exec(tok.text);
    const isColRange =
      m &&
      (next === ":" || t[i - 1]?.text === ":") &&
      (COL_REF.test(t[i + 2]?.text ?? "") || COL_REF.test(t[i - 2]?.text ?? ""));
    if (m && isColRange) {
      let col = columnIndex(m[2]);
      if (!m[1]) col += dCols;
      out += col < 0 || col >= MAX_COLS ? "#REF!" : `${m[1]}${columnLetters(col)}`;
      continue;
    }
    out += tok.text;
  }
  return out;
}

/**
 * Portable style: plain Excel formulas that give exactly what the PLAN.*
 * functions give (src/domain/calc), for workbooks that go to people without the
 * add-in. No LET/LAMBDA (older Excel, HyperFormula), no structured references.
 *
 * The domain rules they mirror, and how:
 * - A cell is blank when it is empty or only spaces → the result is "".
 * - A number typed as text counts as that number (Excel's own reading of text:
 *   "11", "1.5%"); other text is #VALUE!. Errors come before blanks, as in
 *   withNumbers(); negative budget/actual is #VALUE! once neither is blank.
 * - Results are cleaned like clean(): rounded to 12 significant digits, so
 *   1.1 − 1 shows as exactly 0.1. floor(log10|x|) is written INT(L)-(INT(L)>L)
 *   because INT truncates towards zero in some engines (HyperFormula).
 * - Threshold comparisons use the domain's slack exactly:
 *   a > b  ⇔  a − b > 1E-9·MAX(1,|a|,|b|)   (tolerance.ts), never a plain ">"
 *   (written 0.000000001: HyperFormula does not read 1E-9).
 * - A blank threshold cell means its default; a negative or non-number one is #VALUE!.
 * - Directions: ≥ > ≧ ＞ ＞＝ >=, ≤ < ≦ ＜ ＜＝ <=, = == ＝, spaces ignored, blank = ≥.
 *
 * Status reads the row's deviation cell (the cleaned deviation the domain's
 * status() also starts from) instead of repeating the deviation formula, which
 * would make the formula several thousand characters long.
 *
 * Known differences from the PLAN functions: text numbers Excel itself cannot
 * read ("1.2万", full-width digits "１２", "1,200" where "," is not the
 * thousands separator) are #VALUE! here; whitespace other than spaces and
 * ideographic spaces around a direction is not ignored; the texts are the
 * sheet's language, whereas PLAN.* follows Excel's display language.
 */
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS } from "../labels";
import { need, str, thresholdDefault, thresholdName, type FormulaRequest } from "./refs";
import type { ThresholdKey } from "../settings/thresholds";

/**
 * #VALUE! as an expression rather than the literal: the same error in Excel and
 * HyperFormula, and immune to tools that misread error literals in formula text.
 */
const VALUE_ERROR = 'VALUE("#VALUE!")';

/** Empty or only spaces (also an "" formula result). */
export function isBlank(ref: string): string {
  return `TRIM(${ref}&"")=""`;
}

/** The number in a cell known to be neither blank nor bad (Excel reads numeric text itself). */
export function num(ref: string): string {
  return `(${ref}+0)`;
}

/** TRUE when a non-blank cell holds something that is not a number (TRUE/FALSE included). */
function bad(ref: string): string {
  return `OR(ISLOGICAL(${ref}),ISERROR(IF(${isBlank(ref)},0,${num(ref)})))`;
}

/** A threshold's value: its default when blank. */
function threshold(key: ThresholdKey): string {
  const name = thresholdName(key);
  return `IF(${isBlank(name)},${thresholdDefault(key)},${num(name)})`;
}

/** TRUE when a threshold cell is not a number or negative. */
function badThreshold(key: ThresholdKey): string {
  const name = thresholdName(key);
  return `IFERROR(IF(${isBlank(name)},0,IF(ISLOGICAL(${name}),-1,${num(name)}))<0,TRUE())`;
}

/** a > b beyond floating-point noise (tolerance.ts greaterThan). */
function greaterThan(a: string, b: string): string {
  return `(${a})-(${b})>0.000000001*MAX(1,ABS(${a}),ABS(${b}))`;
}

/** clean(): x rounded to 12 significant digits; 0 stays 0; errors pass through. */
export function clean(x: string): string {
  const log = `LOG10(ABS(${x}))`;
  const floorLog = `(INT(${log})-(INT(${log})>${log}))`;
  return `IF((${x})=0,0,ROUND(${x},11-${floorLog}))`;
}

/** The budget calculations' guard (spend() in budget.ts) around `body`. */
function spend(actual: string, budget: string, body: string): string {
  return (
    `IF(OR(${bad(actual)},${bad(budget)}),${VALUE_ERROR},` +
    `IF(OR(${isBlank(actual)},${isBlank(budget)}),"",` +
    `IF(OR(${num(budget)}<0,${num(actual)}<0),${VALUE_ERROR},${body})))`
  );
}

/** The direction as typed, without spaces (ASCII and ideographic). */
function direction(ref: string): string {
  return `SUBSTITUTE(SUBSTITUTE(${ref}&""," ",""),"　","")`;
}

const DIRECTION_SPELLINGS = ["≥", ">=", "≧", "＞＝", ">", "＞", "≤", "<=", "≦", "＜＝", "<", "＜", "=", "==", "＝"];

function badDirection(d: string): string {
  const list = `|${["", ...DIRECTION_SPELLINGS].join("|")}|`;
  return `OR(ISNUMBER(FIND("|",${d})),ISERROR(FIND("|"&${d}&"|",${str(list)})))`;
}

/** The gap (positive is good) of deviation `dev` for a valid direction `d`. */
function gap(dev: string, d: string): string {
  const first = `LEFT(${d}&"x")`;
  return `IF(ISNUMBER(FIND(${first},"≤<≦＜")),-(${dev}),IF(ISNUMBER(FIND(${first},"=＝")),-ABS(${dev}),${dev}))`;
}

export function standardFormula({ kind, cells, lang }: FormulaRequest): string {
  switch (kind) {
    case "variance": {
      const a = need(cells, "actual");
      const b = need(cells, "budget");
      return `=${spend(a, b, clean(`${num(a)}-${num(b)}`))}`;
    }
    case "variancePct": {
      const a = need(cells, "actual");
      const b = need(cells, "budget");
      return `=${spend(a, b, clean(`(${num(a)}-${num(b)})/${num(b)}`))}`;
    }
    case "effect": {
      const a = need(cells, "actual");
      const b = need(cells, "budget");
      const fav = str(EFFECT_LABELS.favourable[lang]);
      const unfav = str(EFFECT_LABELS.unfavourable[lang]);
      return `=${spend(a, b, `CHOOSE(SIGN(${num(a)}-${num(b)})+2,${fav},"",${unfav})`)}`;
    }
    case "approval": {
      const a = need(cells, "actual");
      const b = need(cells, "budget");
      const none = str(APPROVAL_LABELS.none[lang]);
      const lead = str(APPROVAL_LABELS.lead[lang]);
      const gm = str(APPROVAL_LABELS.gm[lang]);
      const overrun = `(${num(a)}-${num(b)})/${num(b)}`;
      const level =
        `IF(${num(b)}=0,IF(${num(a)}>0,${gm},${none}),` +
        `IF(${greaterThan(overrun, threshold("approvalGM"))},${gm},` +
        `IF(${greaterThan(overrun, threshold("approvalLead"))},${lead},${none})))`;
      return `=IF(OR(${badThreshold("approvalLead")},${badThreshold("approvalGM")}),${VALUE_ERROR},${spend(a, b, level)})`;
    }
    case "deviation": {
      const a = need(cells, "actual");
      const t = need(cells, "target");
      return (
        `=IF(OR(${bad(a)},${bad(t)}),${VALUE_ERROR},` +
        `IF(OR(${isBlank(a)},${isBlank(t)}),"",${clean(`(${num(a)}-${num(t)})/ABS(${num(t)})`)}))`
      );
    }
    case "status": {
      const d = direction(need(cells, "direction"));
      const dev = need(cells, "deviation");
      const g = gap(dev, d);
      const tol = threshold("onTrackTolerance");
      const alert = threshold("alertShortfall");
      // |gap| = |deviation| and thresholds are ≥ 0 here, so slack(a, b) needs no gap inside MAX.
      const onTrack = `NOT(-${tol}-(${g})>0.000000001*MAX(1,${tol},ABS(${dev})))`;
      const isAlert = `NOT(${alert}+(${g})>0.000000001*MAX(1,${alert},ABS(${dev})))`;
      const labels = STATUS_LABELS;
      return (
        `=IF(OR(${badDirection(d)},${badThreshold("alertShortfall")},${badThreshold("onTrackTolerance")}),${VALUE_ERROR},` +
        `IF(ISNUMBER(${dev}),IF(${onTrack},${str(labels.onTrack[lang])},IF(${isAlert},${str(labels.alert[lang])},${str(labels.warning[lang])})),${dev}&""))`
      );
    }
  }
}

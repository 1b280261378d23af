/**
 * Standard style: plain formulas that Excel 2016+, Excel on the web/Mac/iPad,
 * WPS and LibreOffice compute alike, short enough for a finance reviewer to
 * read at a glance (each ≤ 200 characters), thresholds by name:
 *
 *   variance    =IF(OR(E2="",D2=""),"",ROUND(E2-D2,10))
 *   variance %  =IF(OR(E2="",D2=""),"",IF(D2=0,"无预算",ROUND((E2-D2)/D2,10)))
 *   approval    reads the variance % cell: … IF(F2>PlanApprovalGM,"总经理", …)
 *   status      reads the deviation cell and the direction:
 *               =IF(I2="","",IF(OR(c>PlanOnTrackTolerance),IF(OR(c>=PlanAlertShortfall),"告警","预警"),"达标"))
 *               where c = I2*SIGN(FIND(0&F2,"0≥0=0≤")-{4,2}) (see shortfalls)
 *
 * How they agree with PLAN.* and the check (src/domain/calc):
 * - Results are ROUND(…,10), which the domain applies too (values/rounding.ts),
 *   and thresholds compare plainly with the rounded value: floating-point noise
 *   cannot cross a line (1.0 → 1.1 is exactly 10%; 0.3 against 0.1+0.2 is no
 *   variance).
 * - A blank input gives "" (an actual not reported is never 0 or −100%); a zero
 *   target gives the spreadsheet's own #DIV/0!; arithmetic on text gives its own
 *   #VALUE!: real error values in every engine.
 * - A line with budget 0 shows 无预算 / Unbudgeted as its variance % and, once
 *   anything is spent, 总经理 / General manager.
 * - What a short formula cannot express is the check's job (and the conditional
 *   formats'): negative amounts, text in a number column (which spreadsheets read
 *   differently: "1.2万", "１２", "1,200"), direction spellings other than ≥ ≤ =,
 *   and a blank threshold cell, which a formula reads as 0 where PLAN.* and the
 *   check use the default. The check reports each of them at its cell.
 */
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../labels";
import { RESULT_DECIMALS } from "../values/rounding";
import { blankGuard, need, str, thresholdName, type FormulaRequest } from "./refs";

/** ROUND(x,10): the noise-free result the domain computes too. */
function rounded(x: string): string {
  return `ROUND(${x},${RESULT_DECIMALS})`;
}

const guard = blankGuard;

/**
 * The two candidate shortfalls against the target, {−deviation, ±deviation}, whose
 * larger is the shortfall as the direction sees it: −deviation for ≥ (and a blank
 * direction), deviation for ≤, |deviation| for =. FIND(0&direction,"0≥0=0≤") is the
 * direction's place k: 1 for ≥ and blank (its "0" alone; FIND("",…) would be
 * #VALUE! in LibreOffice), 3 for =, 5 for ≤; SIGN(k−{4,2}) is {−1,−1}, {−1,1} or
 * {1,1}: exact, as it only flips signs. "Larger than x" is then OR(candidates>x),
 * which names each cell once: the status formula, which compares the shortfall
 * twice, stays within 200 characters on row 1,048,576 in both languages.
 * An array constant in a plain formula, as in the well-known
 * MIN(FIND({0,…,9},A1&"0123456789")): Excel 2007+ (no Ctrl+Shift+Enter),
 * LibreOffice and WPS compute it element by element. Any other direction text
 * is #VALUE!, and the check reports that cell (notInList, formulaReadsDifferently).
 */
function shortfalls(deviation: string, direction: string): string {
  return `${deviation}*SIGN(FIND(0&${direction},"0≥0=0≤")-{4,2})`;
}

export function standardFormula({ kind, cells, lang }: FormulaRequest): string {
  switch (kind) {
    case "variance": {
      const [a, b] = [need(cells, "actual"), need(cells, "budget")];
      return guard([a, b], rounded(`${a}-${b}`));
    }
    case "variancePct": {
      const [a, b] = [need(cells, "actual"), need(cells, "budget")];
      return guard([a, b], `IF(${b}=0,${str(VARIANCE_PCT_LABELS.unbudgeted[lang])},${rounded(`(${a}-${b})/${b}`)})`);
    }
    case "effect": {
      const [a, b] = [need(cells, "actual"), need(cells, "budget")];
      const v = rounded(`${a}-${b}`);
      return guard(
        [a, b],
        `IF(${v}>0,${str(EFFECT_LABELS.unfavourable[lang])},IF(${v}<0,${str(EFFECT_LABELS.favourable[lang])},""))`,
      );
    }
    case "approval": {
      // Reads the row's variance % cell: a rate, or 无预算 (text) on a line with budget 0.
      const [a, pct] = [need(cells, "actual"), need(cells, "variancePct")];
      const [none, lead, gm] = [APPROVAL_LABELS.none, APPROVAL_LABELS.lead, APPROVAL_LABELS.gm].map((l) =>
        str(l[lang]),
      );
      const level = `IF(${pct}>${thresholdName("approvalGM")},${gm},IF(${pct}>${thresholdName("approvalLead")},${lead},${none}))`;
      return guard([pct], `IF(ISTEXT(${pct}),IF(${a}>0,${gm},${none}),${level})`);
    }
    case "deviation": {
      const [a, t] = [need(cells, "actual"), need(cells, "target")];
      return guard([a, t], rounded(`(${a}-${t})/ABS(${t})`));
    }
    case "status": {
      const d = need(cells, "direction");
      const dev = need(cells, "deviation");
      const s = shortfalls(dev, d);
      const labels = STATUS_LABELS;
      // shortfall > tolerance: not on track; then shortfall ≥ alert line: Alert.
      return guard(
        [dev],
        `IF(OR(${s}>${thresholdName("onTrackTolerance")}),` +
          `IF(OR(${s}>=${thresholdName("alertShortfall")}),${str(labels.alert[lang])},${str(labels.warning[lang])}),` +
          `${str(labels.onTrack[lang])})`,
      );
    }
  }
}

/**
 * Standard style: plain formulas that Excel 2016+, Excel on the web/Mac/iPad,
 * WPS and LibreOffice compute alike, short enough for a finance reviewer to
 * read at a glance (each ≤ 200 characters), thresholds by name:
 *
 *   variance    =IF(OR(E2="",D2=""),"",ROUND(E2-D2,10))
 *   variance %  =IF(OR(E2="",D2=""),"",IF(D2=0,"无预算",ROUND((E2-D2)/D2,10)))
 *   approval    reads the variance % cell: … IF(F2>PlanApprovalGM,"总经理", …)
 *   status      reads the deviation cell and the direction
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
      // The shortfall against the target as the direction sees it; ≥ (and a blank direction) is −deviation.
      const shortfall = `IF(${d}="≤",${dev},IF(${d}="=",ABS(${dev}),-${dev}))`;
      const labels = STATUS_LABELS;
      return guard(
        [dev],
        `IF(${shortfall}<=${thresholdName("onTrackTolerance")},${str(labels.onTrack[lang])},` +
          `IF(${shortfall}>=${thresholdName("alertShortfall")},${str(labels.alert[lang])},${str(labels.warning[lang])}))`,
      );
    }
  }
}

/**
 * PLAN style: computed columns call the add-in's custom functions with the
 * row's cells and the settings sheet's named threshold cells, measured value
 * first — =IF(OR(H2="",G2=""),"",PLAN.STATUS(H2,G2,F2,PlanAlertShortfall,PlanOnTrackTolerance)).
 * Effect has no custom function; it reads PLAN.VARIANCE's sign.
 *
 * Each formula guards its blank inputs itself, as the standard style does:
 * Excel desktop can pass an empty cell to a custom function as 0 rather than
 * null (office-js #4702), so a blank actual would otherwise read as −100%, 告警
 * or a large underspend. A blank direction is no blank input (PLAN.STATUS reads
 * it as ≥), so it goes in as text, F2&"": "" on every host, never desktop's 0.
 */
import { EFFECT_LABELS } from "../labels";
import { blankGuard, need, str, thresholdName, type FormulaRequest } from "./refs";

export function planFormula({ kind, cells, lang }: FormulaRequest): string {
  const amounts = (): [string, string] => [need(cells, "actual"), need(cells, "budget")];
  switch (kind) {
    case "variance": {
      const [a, b] = amounts();
      return blankGuard([a, b], `PLAN.VARIANCE(${a},${b})`);
    }
    case "variancePct": {
      const [a, b] = amounts();
      return blankGuard([a, b], `PLAN.VARIANCEPCT(${a},${b})`);
    }
    case "effect": {
      const [a, b] = amounts();
      const fav = str(EFFECT_LABELS.favourable[lang]);
      const unfav = str(EFFECT_LABELS.unfavourable[lang]);
      // An error of PLAN.VARIANCE (text in a cell) passes through SIGN and CHOOSE as itself.
      return blankGuard([a, b], `CHOOSE(SIGN(PLAN.VARIANCE(${a},${b}))+2,${fav},"",${unfav})`);
    }
    case "approval": {
      const [a, b] = amounts();
      const lines = `${thresholdName("approvalLead")},${thresholdName("approvalGM")}`;
      return blankGuard([a, b], `PLAN.APPROVAL(${a},${b},${lines})`);
    }
    case "deviation": {
      const [a, t] = [need(cells, "actual"), need(cells, "target")];
      return blankGuard([a, t], `PLAN.DEVIATION(${a},${t})`);
    }
    case "status": {
      const [a, t, d] = [need(cells, "actual"), need(cells, "target"), need(cells, "direction")];
      const lines = `${thresholdName("alertShortfall")},${thresholdName("onTrackTolerance")}`;
      return blankGuard([a, t], `PLAN.STATUS(${a},${t},${d}&"",${lines})`);
    }
  }
}

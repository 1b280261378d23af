/**
 * PLAN style: computed columns call the add-in's custom functions with the
 * row's cells and the settings sheet's named threshold cells, measured value
 * first — =PLAN.STATUS(H2,G2,F2,PlanAlertShortfall,PlanOnTrackTolerance).
 * Effect has no custom function; it reads PLAN.VARIANCE's sign.
 */
import { EFFECT_LABELS } from "../labels";
import { need, str, thresholdName, type FormulaRequest } from "./refs";

export function planFormula({ kind, cells, lang }: FormulaRequest): string {
  switch (kind) {
    case "variance":
      return `=PLAN.VARIANCE(${need(cells, "actual")},${need(cells, "budget")})`;
    case "variancePct":
      return `=PLAN.VARIANCEPCT(${need(cells, "actual")},${need(cells, "budget")})`;
    case "effect": {
      const v = `PLAN.VARIANCE(${need(cells, "actual")},${need(cells, "budget")})`;
      const fav = str(EFFECT_LABELS.favourable[lang]);
      const unfav = str(EFFECT_LABELS.unfavourable[lang]);
      // SIGN of "" (blank) or of an error fails, and IFERROR then shows PLAN.VARIANCE's own "" or error.
      return `=IFERROR(CHOOSE(SIGN(${v})+2,${fav},"",${unfav}),${v})`;
    }
    case "approval":
      return `=PLAN.APPROVAL(${need(cells, "actual")},${need(cells, "budget")},${thresholdName("approvalLead")},${thresholdName("approvalGM")})`;
    case "deviation":
      return `=PLAN.DEVIATION(${need(cells, "actual")},${need(cells, "target")})`;
    case "status":
      return `=PLAN.STATUS(${need(cells, "actual")},${need(cells, "target")},${need(cells, "direction")},${thresholdName("alertShortfall")},${thresholdName("onTrackTolerance")})`;
  }
}

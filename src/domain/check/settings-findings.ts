/**
 * Findings on the settings sheet: a threshold cell holding something the
 * formulas cannot use, and thresholds that contradict each other. The check
 * then runs with the default for that threshold, and says so.
 */
import { finding, type Finding, type FindingCode } from "../findings/finding";
import { parseNumber } from "../values/parse";
import { COMPUTED } from "../schema/computed";
import { validateThresholds, type ThresholdKey, type Thresholds } from "../settings/thresholds";

/** Thresholds the sheet's formulas reference by name. */
const FORMULA_THRESHOLDS = new Set<ThresholdKey>(Object.values(COMPUTED).flatMap((c) => c.thresholds));

export interface ThresholdCell {
  key: ThresholdKey;
  /** The named cell's worksheet, as it stands (设置, Settings, or a renamed sheet). */
  sheetName: string;
  /** 0-based worksheet row and column of the named cell. */
  row: number;
  col: number;
  value: unknown;
}

function at(cell: ThresholdCell, code: FindingCode): Finding {
  return finding(
    code,
    { sheet: "settings", sheetName: cell.sheetName, row: cell.row, col: cell.col },
    { setting: cell.key },
  );
}

export function settingsFindings(cells: readonly ThresholdCell[], thresholds: Thresholds): Finding[] {
  const out: Finding[] = [];
  for (const cell of cells) {
    const kind = parseNumber(cell.value).kind;
    // A standard formula reads a blank cell as 0 (every overrun above 0%); PLAN.* and the check use the default.
    if (kind === "blank" && FORMULA_THRESHOLDS.has(cell.key)) out.push(at(cell, "settingBlank"));
    else if (kind === "invalid") out.push(at(cell, "settingNotANumber"));
  }
  for (const p of validateThresholds(thresholds)) {
    const cell = cells.find((c) => c.key === p.key);
    if (cell) out.push(at(cell, `setting.${p.code}`));
  }
  return out;
}

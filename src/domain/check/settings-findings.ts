/**
 * Findings on the settings sheet: a threshold cell holding something the
 * formulas cannot use, and thresholds that contradict each other. The check
 * then runs with the default for that threshold, and says so.
 */
import type { Lang } from "../language";
import { parseNumber } from "../values/parse";
import { COMPUTED } from "../schema/computed";
import { THRESHOLD_DEFS, validateThresholds, type ThresholdKey, type Thresholds } from "../settings/thresholds";
import type { FindingMessage } from "../findings/messages";

export interface ThresholdCell {
  key: ThresholdKey;
  /** Sheet-qualified address of the named cell: 设置!B2 */
  address: string;
  value: unknown;
}

type SettingsFinding = Omit<FindingMessage, "code"> & { code: string };

function finding(code: string, address: string, detail: string, lang: Lang): SettingsFinding {
  const message = `${address}${lang === "zh-CN" ? "：" : ": "}${detail}`;
  return { code, severity: "error", sheet: "settings", address, message, detail };
}

/** Thresholds the sheet's formulas reference by name. */
const FORMULA_THRESHOLDS = new Set<ThresholdKey>(Object.values(COMPUTED).flatMap((c) => c.thresholds));

export function settingsFindings(cells: readonly ThresholdCell[], thresholds: Thresholds, lang: Lang): SettingsFinding[] {
  const out: SettingsFinding[] = [];
  for (const cell of cells) {
    const def = THRESHOLD_DEFS.find((d) => d.key === cell.key)!;
    const kind = parseNumber(cell.value).kind;
    if (kind === "blank" && FORMULA_THRESHOLDS.has(cell.key)) {
      // A standard formula reads a blank cell as 0 (every overrun above 0%), PLAN.* and the check use the default.
      const detail =
        lang === "zh-CN"
          ? `“${def.label["zh-CN"]}”为空：检查和 PLAN.* 按默认值 ${def.defaultValue} 计算，表中标准公式按 0 计算；请填写数值。`
          : `"${def.label["en-US"]}" is blank: the check and PLAN.* use the default ${def.defaultValue}, the sheet's standard formulas read 0; type a value.`;
      out.push(finding("settingBlank", cell.address, detail, lang));
      continue;
    }
    if (kind !== "invalid") continue;
    const detail =
      lang === "zh-CN"
        ? `“${def.label["zh-CN"]}”不是数字，检查时按默认值 ${def.defaultValue} 计算。`
        : `"${def.label["en-US"]}" is not a number; the check used the default ${def.defaultValue}.`;
    out.push(finding("settingNotANumber", cell.address, detail, lang));
  }
  for (const p of validateThresholds(thresholds)) {
    const cell = cells.find((c) => c.key === p.key);
    if (cell) out.push(finding(`setting.${p.code}`, cell.address, p.message[lang], lang));
  }
  return out;
}

/**
 * The settings sheet as data: one row per threshold (label, value, meaning),
 * each value cell a workbook name the formulas use (PlanApprovalLead …), plus the
 * workbook's formula style and language (PlanFormulaStyle, PlanLanguage).
 * Hosts (Office JS, .xlsx files) lay these rows out the same way.
 */
import type { Lang, Localized } from "../language";
import { formulaStyleOf, type FormulaStyle } from "../formulas/style";
import { NUMBER_FORMATS } from "../schema/column";
import { SHEET_NAMES } from "../schema/sheet-keys";
import { parseNumber } from "../values/parse";
import {
  BUDGET_SPLIT_PRESETS,
  DEFAULT_SPLIT_PRESET,
  SPLIT_PRESET_NAME,
  splitPresetOf,
  type BudgetSplitPreset,
} from "./budget-split";
import { THRESHOLD_DEFS, type ThresholdDef, type ThresholdKind, type Thresholds } from "./thresholds";

/** Names the add-in keeps on the settings sheet besides the thresholds. */
export const STYLE_NAME = "PlanFormulaStyle";
export const LANGUAGE_NAME = "PlanLanguage";
export const SETTING_NAMES: readonly string[] = [
  ...THRESHOLD_DEFS.map((d) => d.name),
  STYLE_NAME,
  LANGUAGE_NAME,
  SPLIT_PRESET_NAME,
];

export const SETTINGS_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["设置项", "数值", "说明"],
  "en-US": ["Setting", "Value", "Meaning"],
};

/** Widths (characters) of the label, value and meaning columns. */
export const SETTINGS_WIDTHS = [26, 12, 60] as const;

const STYLE_ROW: { label: Localized; help: Localized } = {
  label: { "zh-CN": "公式样式", "en-US": "Formula style" },
  help: {
    "zh-CN": "standard:计算列使用标准公式,任何表格软件都能计算;plan:计算列使用 PLAN.* 函数(需加载项)",
    "en-US":
      "standard: computed columns use standard formulas every spreadsheet computes; plan: the PLAN.* functions (needs the add-in)",
  },
};

const LANGUAGE_ROW: { label: Localized; help: Localized } = {
  label: { "zh-CN": "工作簿语言", "en-US": "Workbook language" },
  help: {
    "zh-CN": "表头和列表项的语言(zh-CN 或 en-US)",
    "en-US": "Language of headers and list entries (zh-CN or en-US)",
  },
};

const SPLIT_ROW: { label: Localized; help: Localized } = {
  label: { "zh-CN": "预算结构", "en-US": "Budget split" },
  help: {
    "zh-CN":
      "none:不检查;55/15/30:头部渠道(渠道+推广)55%、新技术测试(第三方服务)15%、传统维护(物料+人力)30%,不含应急预算;40/30/25/5:获客(渠道)40%、品牌(推广+物料)30%、转化(第三方服务+人力)25%、储备(应急)5%",
    "en-US":
      "none: not checked; 55/15/30: head channels (Channel + Promotion) 55%, new tech tests (Services) 15%, traditional upkeep (Materials + Staff) 30%, contingency left out; 40/30/25/5: acquisition (Channel) 40%, brand (Promotion + Materials) 30%, conversion (Services + Staff) 25%, reserve (Contingency) 5%",
  },
};

/** Value cells people may edit: light yellow, like an input form. */
export const INPUT_FILL = "#FFF2CC";

const KIND_FORMAT: Record<ThresholdKind, string> = {
  percent: NUMBER_FORMATS.percent,
  money: NUMBER_FORMATS.money,
  ratio: NUMBER_FORMATS.roi,
  count: NUMBER_FORMATS.integer,
};

/** What a settings value cell accepts. */
export type SettingsRule =
  { kind: "whole"; min: number } | { kind: "decimal"; min: number } | { kind: "list"; source: string };

export interface SettingsRow {
  name: string;
  label: string;
  value: string | number;
  help: string;
  format: string;
  rule: SettingsRule;
  def?: ThresholdDef;
}

/** The rows of a settings sheet, in order. */
export function settingsRows(
  lang: Lang,
  thresholds: Thresholds,
  style: FormulaStyle,
  split: BudgetSplitPreset = DEFAULT_SPLIT_PRESET,
): SettingsRow[] {
  return [
    ...THRESHOLD_DEFS.map((def): SettingsRow => ({
      name: def.name,
      label: def.label[lang],
      value: thresholds[def.key],
      help: def.help[lang],
      format: KIND_FORMAT[def.kind],
      rule: def.kind === "count" ? { kind: "whole", min: 1 } : { kind: "decimal", min: 0 },
      def,
    })),
    {
      name: STYLE_NAME,
      label: STYLE_ROW.label[lang],
      value: style,
      help: STYLE_ROW.help[lang],
      format: "@",
      rule: { kind: "list", source: "standard,plan" },
    },
    {
      name: LANGUAGE_NAME,
      label: LANGUAGE_ROW.label[lang],
      value: lang,
      help: LANGUAGE_ROW.help[lang],
      format: "@",
      rule: { kind: "list", source: "zh-CN,en-US" },
    },
    {
      name: SPLIT_PRESET_NAME,
      label: SPLIT_ROW.label[lang],
      value: split,
      help: SPLIT_ROW.help[lang],
      format: "@",
      rule: { kind: "list", source: BUDGET_SPLIT_PRESETS.join(",") },
    },
  ];
}

/** The settings sheet's name in each language (every name it may carry). */
export function settingsSheetNames(): string[] {
  return [SHEET_NAMES.settings["zh-CN"], SHEET_NAMES.settings["en-US"]];
}

/** Thresholds from the named cells' values: a blank or unreadable cell gives the default. */
export function thresholdsFromValues(valueOf: (name: string) => unknown): { thresholds: Thresholds; present: boolean } {
  const t: Record<string, number> = {};
  let present = false;
  for (const def of THRESHOLD_DEFS) {
    const value = valueOf(def.name);
    if (value !== undefined) present = true;
    const parsed = parseNumber(value);
    t[def.key] = parsed.kind === "number" ? parsed.value : def.defaultValue;
  }
  return { thresholds: t as unknown as Thresholds, present };
}

/** The formula style a PlanFormulaStyle cell records, if any. */
export function styleFromValue(value: unknown): FormulaStyle | undefined {
  return formulaStyleOf(value);
}

/** The language a PlanLanguage cell records, if any. */
export function langFromValue(value: unknown): Lang | undefined {
  return value === "zh-CN" || value === "en-US" ? value : undefined;
}

/** The budget split a PlanBudgetSplit cell records; none when blank or unknown. */
export function splitFromValue(value: unknown): BudgetSplitPreset {
  return splitPresetOf(value);
}

/**
 * The framework's budget splits as data. A preset names groups of budget
 * categories and the share of the budget each group should take; the check
 * reports a group whose share is off by more than PlanSplitTolerance.
 *
 * Categories a preset leaves out of every group are outside the split: their
 * amounts count in neither the group nor the whole. 55/15/30 speaks of what is
 * spent on running marketing, so contingency (kept apart by PlanReserveMin /
 * PlanReserveMax) is left out; 40/30/25/5 has its own reserve group.
 */
import type { Localized } from "../language";

export type BudgetSplitPreset = "none" | "55/15/30" | "40/30/25/5";

export const BUDGET_SPLIT_PRESETS: readonly BudgetSplitPreset[] = ["none", "55/15/30", "40/30/25/5"];

export interface SplitGroup {
  readonly key: string;
  readonly share: number;
  /** Budget category keys (BUDGET_CATEGORIES) whose budget amounts make up the group. */
  readonly categories: readonly string[];
  readonly label: Localized;
}

export const SPLIT_GROUPS: Record<Exclude<BudgetSplitPreset, "none">, readonly SplitGroup[]> = {
  "55/15/30": [
    {
      key: "headChannels",
      share: 0.55,
      categories: ["channel", "promotion"],
      label: { "zh-CN": "头部渠道(渠道费用+推广费用)", "en-US": "head channels (Channel + Promotion)" },
    },
    {
      key: "newTests",
      share: 0.15,
      categories: ["services"],
      label: { "zh-CN": "新技术测试(第三方服务费)", "en-US": "new tech tests (Services)" },
    },
    {
      key: "upkeep",
      share: 0.3,
      categories: ["materials", "staff"],
      label: { "zh-CN": "传统维护(物料制作费+人力成本)", "en-US": "traditional upkeep (Materials + Staff)" },
    },
  ],
  "40/30/25/5": [
    {
      key: "acquisition",
      share: 0.4,
      categories: ["channel"],
      label: { "zh-CN": "获客(渠道费用)", "en-US": "acquisition (Channel)" },
    },
    {
      key: "brand",
      share: 0.3,
      categories: ["promotion", "materials"],
      label: { "zh-CN": "品牌(推广费用+物料制作费)", "en-US": "brand (Promotion + Materials)" },
    },
    {
      key: "conversion",
      share: 0.25,
      categories: ["services", "staff"],
      label: { "zh-CN": "转化(第三方服务费+人力成本)", "en-US": "conversion (Services + Staff)" },
    },
    {
      key: "reserve",
      share: 0.05,
      categories: ["contingency"],
      label: { "zh-CN": "储备(应急预算)", "en-US": "reserve (Contingency)" },
    },
  ],
};

export const SPLIT_PRESET_NAME = "PlanBudgetSplit";
export const DEFAULT_SPLIT_PRESET: BudgetSplitPreset = "none";

const splitText = (value: unknown): string =>
  typeof value === "string" ? value.normalize("NFKC").replace(/\s+/g, "") : "";

const isPresetText = (t: string): t is BudgetSplitPreset => (BUDGET_SPLIT_PRESETS as readonly string[]).includes(t);

/** The preset a PlanBudgetSplit cell records; anything else (blank, unknown text) is none. */
export function splitPresetOf(value: unknown): BudgetSplitPreset {
  const t = splitText(value);
  return isPresetText(t) ? t : "none";
}

/** True when a PlanBudgetSplit cell holds something that is neither blank nor a preset (read as none). */
export function isUnknownSplitValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string" && value.trim() === "") return false;
  return !isPresetText(splitText(value));
}

export function splitGroupsOf(preset: BudgetSplitPreset): readonly SplitGroup[] {
  return preset === "none" ? [] : SPLIT_GROUPS[preset];
}

export function splitGroup(preset: BudgetSplitPreset, key: string): SplitGroup | undefined {
  return splitGroupsOf(preset).find((g) => g.key === key);
}

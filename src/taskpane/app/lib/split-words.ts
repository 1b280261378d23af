/**
 * A budget split preset in the pane's words: each group with the budget
 * categories it covers and its share, and the categories it leaves out. Shares
 * and categories come from the domain (SPLIT_GROUPS), so the words cannot
 * drift from what the check applies.
 */
import type { Lang } from "../../../domain/language";
import { BUDGET_CATEGORIES } from "../../../domain/schema/lists";
import { splitGroupsOf, type BudgetSplitPreset } from "../../../domain/settings/budget-split";
import type { Strings } from "../i18n/types";
import { formatPercent } from "./format";

/** The group keys of SPLIT_GROUPS, one word each per language (i18n settings.split.groups). */
export const SPLIT_GROUP_KEYS = [
  "headChannels",
  "newTests",
  "upkeep",
  "acquisition",
  "brand",
  "conversion",
  "reserve",
] as const;
export type SplitGroupKey = (typeof SPLIT_GROUP_KEYS)[number];

const isGroupKey = (key: string): key is SplitGroupKey => (SPLIT_GROUP_KEYS as readonly string[]).includes(key);

/** The category names as the budget sheet's drop-down shows them. */
function categoryName(key: string, lang: Lang): string {
  return BUDGET_CATEGORIES.find((c) => c.key === key)?.label[lang] ?? key;
}

export function splitPresetWords(preset: BudgetSplitPreset, t: Strings, lang: Lang): string {
  const words = t.settings.split;
  const groups = splitGroupsOf(preset);
  if (groups.length === 0) return words.none;
  const shares = groups.map((g) =>
    words.share(
      isGroupKey(g.key) ? words.groups[g.key] : g.key,
      g.categories.map((c) => categoryName(c, lang)).join(" + "),
      formatPercent(g.share, lang),
    ),
  );
  const covered = new Set(groups.flatMap((g) => g.categories));
  const left = BUDGET_CATEGORIES.filter((c) => !covered.has(c.key)).map((c) => c.label[lang]);
  return [...shares, ...(left.length > 0 ? [words.leftOut(left.join(t.listSeparator))] : [])].join(words.separator);
}

import type { ListItem } from "./column";
import { normalizeLabel } from "./normalize";

/** Drop-down lists of the plan sheets; keys are what the code and the example data use. */

export const DIMENSIONS: readonly ListItem[] = [
  { key: "brand", label: { "zh-CN": "品牌", "en-US": "Brand" } },
  { key: "sales", label: { "zh-CN": "销售", "en-US": "Sales" }, aliases: ["銷售"] },
  { key: "user", label: { "zh-CN": "用户", "en-US": "User" }, aliases: ["用戶"] },
  { key: "acquisition", label: { "zh-CN": "获客", "en-US": "Acquisition" }, aliases: ["獲客"] },
  { key: "retention", label: { "zh-CN": "留存", "en-US": "Retention" } },
  { key: "revenue", label: { "zh-CN": "营收", "en-US": "Revenue" }, aliases: ["營收"] },
];

/** Keys are the Direction values of calc/direction; aliases are the spellings parseDirection accepts. */
export const DIRECTION_ITEMS: readonly ListItem[] = [
  { key: "≥", label: { "zh-CN": "≥", "en-US": "≥" }, aliases: [">=", "≧", ">"] },
  { key: "≤", label: { "zh-CN": "≤", "en-US": "≤" }, aliases: ["<=", "≦", "<"] },
  { key: "=", label: { "zh-CN": "=", "en-US": "=" }, aliases: ["=="] },
];

/** A goal's reporting period. */
export const GOAL_PERIODS: readonly ListItem[] = [
  { key: "daily", label: { "zh-CN": "日", "en-US": "Daily" }, aliases: ["每日", "每天", "day"] },
  { key: "weekly", label: { "zh-CN": "周", "en-US": "Weekly" }, aliases: ["週", "每周", "每週", "week"] },
  { key: "monthly", label: { "zh-CN": "月", "en-US": "Monthly" }, aliases: ["每月", "month"] },
  { key: "quarterly", label: { "zh-CN": "季", "en-US": "Quarterly" }, aliases: ["季度", "每季", "每季度", "quarter"] },
  { key: "yearly", label: { "zh-CN": "年", "en-US": "Yearly" }, aliases: ["年度", "每年", "year", "annual"] },
];

/** How often a monitored metric gets a new row: the goal periods without "yearly". */
export const FREQUENCIES: readonly ListItem[] = GOAL_PERIODS.filter((p) => p.key !== "yearly");

export const STRATEGY_TYPES: readonly ListItem[] = [
  { key: "product", label: { "zh-CN": "产品策略", "en-US": "Product" }, aliases: ["產品策略"] },
  { key: "price", label: { "zh-CN": "价格策略", "en-US": "Price" }, aliases: ["價格策略"] },
  { key: "channel", label: { "zh-CN": "渠道策略", "en-US": "Channel" }, aliases: ["通路策略"] },
  { key: "promotion", label: { "zh-CN": "推广策略", "en-US": "Promotion" }, aliases: ["推廣策略"] },
];

export const STRATEGY_STATUSES: readonly ListItem[] = [
  { key: "notStarted", label: { "zh-CN": "未开始", "en-US": "Not started" }, aliases: ["未開始"] },
  { key: "inProgress", label: { "zh-CN": "进行中", "en-US": "In progress" }, aliases: ["進行中"] },
  { key: "done", label: { "zh-CN": "已完成", "en-US": "Done" } },
  { key: "delayed", label: { "zh-CN": "延期", "en-US": "Delayed" } },
  { key: "cancelled", label: { "zh-CN": "取消", "en-US": "Cancelled" }, aliases: ["已取消", "canceled"] },
];

export const PRIORITIES: readonly ListItem[] = [
  { key: "P1", label: { "zh-CN": "P1", "en-US": "P1" } },
  { key: "P2", label: { "zh-CN": "P2", "en-US": "P2" } },
  { key: "P3", label: { "zh-CN": "P3", "en-US": "P3" } },
];

export const BUDGET_CATEGORIES: readonly ListItem[] = [
  { key: "channel", label: { "zh-CN": "渠道费用", "en-US": "Channel" }, aliases: ["渠道費用"] },
  { key: "promotion", label: { "zh-CN": "推广费用", "en-US": "Promotion" }, aliases: ["推廣費用"] },
  { key: "materials", label: { "zh-CN": "物料制作费", "en-US": "Materials" }, aliases: ["物料製作費"] },
  { key: "staff", label: { "zh-CN": "人力成本", "en-US": "Staff" } },
  { key: "services", label: { "zh-CN": "第三方服务费", "en-US": "Services" }, aliases: ["第三方服務費"] },
  { key: "contingency", label: { "zh-CN": "应急预算", "en-US": "Contingency" }, aliases: ["應急預算"] },
];

/** The budget category whose share of the total must stay within PlanReserveMin…PlanReserveMax. */
export const CONTINGENCY_CATEGORY = "contingency";

/** Finds the entry a cell names, by key, label in either language or alias; undefined if none. */
export function findListItem(items: readonly ListItem[], text: unknown): ListItem | undefined {
  const t = normalizeLabel(text);
  if (t === "") return undefined;
  return spellingsOf(items).get(t);
}

/**
 * Each list's spellings, normalized once: a sheet of 10,000 rows looks up a
 * list cell per row, and normalizing every label and alias for each of them
 * was most of the reading time. Lists are constants, so a WeakMap keyed by the
 * list keeps this invisible to callers.
 */
const SPELLINGS = new WeakMap<readonly ListItem[], ReadonlyMap<string, ListItem>>();

function spellingsOf(items: readonly ListItem[]): ReadonlyMap<string, ListItem> {
  let map = SPELLINGS.get(items);
  if (!map) {
    const built = new Map<string, ListItem>();
    for (const item of items) {
      for (const s of [item.key, item.label["zh-CN"], item.label["en-US"], ...(item.aliases ?? [])]) {
        const n = normalizeLabel(s);
        // The first entry naming a spelling wins, as a search in list order would find it.
        if (!built.has(n)) built.set(n, item);
      }
    }
    map = built;
    SPELLINGS.set(items, map);
  }
  return map;
}

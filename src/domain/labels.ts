import type { Lang, Localized } from "./language";
import type { ApprovalLevel, Effect } from "./calc/budget";
import type { Status } from "./calc/status";

/** The words the sheets show for computed states, in both languages. */
export const STATUS_LABELS: Record<Status, Localized> = {
  onTrack: { "zh-CN": "达标", "en-US": "On track" },
  warning: { "zh-CN": "预警", "en-US": "Warning" },
  alert: { "zh-CN": "告警", "en-US": "Alert" },
};

export const APPROVAL_LABELS: Record<ApprovalLevel, Localized> = {
  none: { "zh-CN": "无需审批", "en-US": "None" },
  lead: { "zh-CN": "营销负责人", "en-US": "Marketing lead" },
  gm: { "zh-CN": "总经理", "en-US": "General manager" },
};

export const EFFECT_LABELS: Record<Effect, Localized> = {
  favourable: { "zh-CN": "有利", "en-US": "Favourable" },
  unfavourable: { "zh-CN": "不利", "en-US": "Unfavourable" },
};

/** What a variance % cell shows on a line with budget 0 (spend there is unbudgeted). */
export const VARIANCE_PCT_LABELS: Record<"unbudgeted", Localized> = {
  unbudgeted: { "zh-CN": "无预算", "en-US": "Unbudgeted" },
};

/** Reads a label back in either language (a sheet may have been made in the other one). */
export function labelKey<K extends string>(labels: Record<K, Localized>, text: unknown): K | undefined {
  if (typeof text !== "string") return undefined;
  const t = text.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((k) => Object.values<string>(labels[k]).some((l) => l.toLowerCase() === t));
}

export function label<K extends string>(labels: Record<K, Localized>, key: K, lang: Lang): string {
  return labels[key][lang];
}

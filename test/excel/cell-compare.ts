/** What a computed cell should show by the domain, and cell equality as a sheet shows values. */
import { evaluateComputed } from "../../src/domain/schema/evaluate-computed";
import type { ComputedKind } from "../../src/domain/schema/column";
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../../src/domain/labels";
import type { Thresholds } from "../../src/domain/settings/thresholds";
import type { Lang } from "../../src/domain/language";

export function expectedShown(kind: ComputedKind, row: Record<string, unknown>, t: Thresholds, lang: Lang): unknown {
  const r = evaluateComputed(kind, row, t);
  if (r.kind === "blank") return "";
  if (r.kind === "error") return r.code === "DIV0" ? "#DIV/0!" : r.code === "VALUE" ? "#VALUE!" : "#N/A";
  const v = r.value;
  if (typeof v === "number") return v;
  if (v === "unbudgeted") return VARIANCE_PCT_LABELS.unbudgeted[lang];
  if (kind === "approval") return APPROVAL_LABELS[v as keyof typeof APPROVAL_LABELS][lang];
  if (kind === "effect") return EFFECT_LABELS[v as keyof typeof EFFECT_LABELS][lang];
  return STATUS_LABELS[v as keyof typeof STATUS_LABELS][lang];
}

/** Equal as a cell shows them: numbers to 12 significant digits (engines' ROUND may differ in the last bit above 10^5), the rest exactly. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  return Object.is(a, b);
}

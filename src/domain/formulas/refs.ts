import type { FormulaStyle } from "./style";
import type { ComputedKind } from "../schema/column";
import type { Lang } from "../language";
import { THRESHOLD_DEFS, type ThresholdKey } from "../settings/thresholds";

/**
 * What a computed cell's formula refers to: the A1 addresses (same row) of the
 * columns it reads, by column key — e.g. { actual: "E2", budget: "D2" }.
 */
export type RowCells = Readonly<Record<string, string>>;

export interface FormulaRequest {
  kind: ComputedKind;
  cells: RowCells;
  /** The sheet's language: texts a formula produces itself (effect, portable labels). */
  lang: Lang;
}

/** The workbook name of a threshold's cell (PlanApprovalLead …). */
export function thresholdName(key: ThresholdKey): string {
  const def = THRESHOLD_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown threshold ${key}`);
  return def.name;
}

export function thresholdDefault(key: ThresholdKey): number {
  const def = THRESHOLD_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown threshold ${key}`);
  return def.defaultValue;
}

/** Which columns of the row a formula of this kind needs (standard approval and status read the rate cell beside them). */
export function cellsNeeded(kind: ComputedKind, style: FormulaStyle): string[] {
  switch (kind) {
    case "variance":
    case "variancePct":
    case "effect":
      return ["actual", "budget"];
    case "approval":
      return style === "plan" ? ["actual", "budget"] : ["actual", "variancePct"];
    case "deviation":
      return ["actual", "target"];
    case "status":
      return style === "plan" ? ["actual", "target", "direction"] : ["direction", "deviation"];
  }
}

export function need(cells: RowCells, key: string): string {
  const a = cells[key];
  if (!a) throw new Error(`Formula needs the ${key} column`);
  return a;
}

/** A text constant in a formula: "…" with quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** ="" unless every input is filled: an actual not reported is never 0 or −100%, in any engine or host. */
export function blankGuard(refs: string[], body: string): string {
  const blank = refs.length === 1 ? `${refs[0]}=""` : `OR(${refs.map((r) => `${r}=""`).join(",")})`;
  return `=IF(${blank},"",${body})`;
}

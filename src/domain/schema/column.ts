import type { Localized } from "../language";
import type { ThresholdKey } from "../settings/thresholds";
import type { PlanSheetKey } from "./sheet-keys";
import type { NumberKind } from "../values/typed-number";

export type ColumnType = "text" | "number" | "date" | "list" | "ref" | "computed";

/**
 * How a column is shown. The Excel layer turns these into number formats
 * (see NUMBER_FORMATS) so the sheets look the same in every workbook.
 */
export type DisplayFormat = "text" | "general" | "integer" | "money" | "percent" | "roi" | "date";

/**
 * How numbers typed as text are read. "metric": 1.2万 is 12000 and 1.5% is
 * 0.015. "money": the column is already in 万元, so "1.2万" / "1.2万元" is 1.2
 * and a percentage is not an amount.
 */
export type { NumberKind } from "../values/typed-number";

/** One drop-down entry: a stable key the code uses, and the words people see. */
export interface ListItem {
  readonly key: string;
  readonly label: Localized;
  /** Other spellings read back as this entry (Traditional Chinese, symbols, short forms). */
  readonly aliases?: readonly string[];
}

/** The calculation behind a computed column; the Excel layer writes it as a formula. */
export type ComputedKind = "variance" | "variancePct" | "effect" | "approval" | "deviation" | "status";

export interface ComputedDef {
  readonly kind: ComputedKind;
  /** The input columns of the same row, in the order the calculation takes them. */
  readonly inputs: readonly string[];
  /** Settings-sheet thresholds the formula references by name. */
  readonly thresholds: readonly ThresholdKey[];
  readonly description: Localized;
}

/** Findings a column raises instead of the generic ones, where the spec names the problem. */
export interface ColumnFindingOverrides {
  /** Instead of "notANumber" (e.g. a goal's target that is words is a vague goal). */
  readonly invalid?: "vagueTarget";
  /** Instead of "requiredBlank" (e.g. a goal without an owner). */
  readonly blank?: "ownerMissing";
}

export interface ColumnDef {
  readonly key: string;
  readonly header: Localized;
  /** Traditional Chinese (zh-TW / zh-HK) headers recognised when reading. */
  readonly zhTW: readonly string[];
  /** Further spellings recognised when reading (short English forms and the like). */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
  readonly format: DisplayFormat;
  readonly numberKind?: NumberKind;
  readonly list?: readonly ListItem[];
  /** For ref columns: the sheet whose id column the value must name. */
  readonly ref?: PlanSheetKey;
  readonly computed?: ComputedDef;
  readonly findings?: ColumnFindingOverrides;
  /** Suggested column width in characters. */
  readonly width: number;
}

/** Excel number formats for each display format. */
export const NUMBER_FORMATS: Record<DisplayFormat, string> = {
  text: "@",
  general: "General",
  integer: "0",
  money: "#,##0.00",
  percent: "0.00%",
  // The framework writes ROI as a ratio 1:3.6; a literal prefix keeps the cell a number.
  roi: '"1:"0.0',
  date: "yyyy-mm-dd",
};

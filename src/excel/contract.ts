/**
 * What the task pane asks of the workbook, one user action per method. Each
 * method is one Excel.run with a constant number of context.sync() calls.
 * The Excel layer (src/excel) implements it with the Office JS API; the task
 * pane depends only on this interface.
 */
import type { Lang } from "../domain/language";
import type { PlanSummary } from "../domain/check/summary";
import type { Thresholds, ThresholdProblem } from "../domain/settings/thresholds";

import type { PlanSheetKey, WorkbookSheetKey } from "../domain/schema/sheet-keys";
import type { Severity } from "../domain/findings/finding";

// The sheet keys and severities are domain concepts; re-exported so existing imports keep working.
export type { PlanSheetKey, WorkbookSheetKey, Severity };

import type { FormulaStyle } from "../domain/formulas/style";
export type { FormulaStyle };

export interface CreateOptions {
  lang: Lang;
  sheets: WorkbookSheetKey[];
  /** Fill with the framework's worked example instead of leaving the tables empty. */
  example: boolean;
  style: FormulaStyle;
}

export interface SheetOutcome {
  sheet: WorkbookSheetKey;
  /** The worksheet's name as it stands in the workbook. */
  sheetName: string;
  outcome: "created" | "existing" | "columnsAdded" | "conflict";
  /** Columns added to an existing table (headers), when outcome is columnsAdded. */
  addedColumns?: string[];
  /** Why a conflicting sheet was left alone, in the user's language. */
  note?: string;
}

export interface CreateReport {
  outcomes: SheetOutcome[];
  syncs: number;
}

export interface FindingView {
  code: string;
  severity: Severity;
  sheet: WorkbookSheetKey;
  /** Sheet-qualified address people can read and Excel can select: 预算分配!E7 */
  address: string;
  /** The whole sentence, address first. */
  message: string;
  /** The sentence without the address, shown beside it in lists. */
  detail: string;
}

/** The plan at a glance, as the domain's check sums it up. */
export type SummaryView = PlanSummary;

export interface CheckReport {
  findings: FindingView[];
  summary: SummaryView;
  syncs: number;
}

export type Frequency = "weekly" | "monthly" | "quarterly";

export interface PeriodUpdateOptions {
  frequency: Frequency;
  /** 2026-W05, 2026-01 or 2026-Q1 */
  period: string;
  lang: Lang;
}

export interface PeriodUpdateReport {
  added: number;
  /** Metrics that already had a row for this period. */
  skipped: number;
  /** The first new actual cell, selected for typing: 效果监控!H9 */
  firstActualAddress: string | null;
  syncs: number;
}

export interface SettingsReadReport {
  thresholds: Thresholds;
  /** False when the workbook has no settings sheet yet (defaults shown). */
  present: boolean;
}

export type SettingsWriteReport =
  | { written: true; syncs: number }
  | { written: false; problems: ThresholdProblem[] };

export interface PlanWorkbook {
  create(options: CreateOptions): Promise<CreateReport>;
  check(lang: Lang): Promise<CheckReport>;
  select(address: string): Promise<void>;
  addPeriodRows(options: PeriodUpdateOptions): Promise<PeriodUpdateReport>;
  readSettings(): Promise<SettingsReadReport>;
  writeSettings(thresholds: Thresholds): Promise<SettingsWriteReport>;
  /** Writes a formula into the selected cell; returns the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Rewrites only the computed columns in the other formula style. */
  switchStyle(style: FormulaStyle, lang: Lang): Promise<{ rewritten: number; syncs: number }>;
  /** Puts the formula back into the computed cells named (computedValueTyped findings); writes nothing else. */
  restoreFormulas(addresses: readonly string[], lang: Lang): Promise<RestoreReport>;
  /** Creates or refreshes the timeline (甘特图) sheet of the strategies; replaces only that sheet. */
  refreshTimeline(lang: Lang): Promise<TimelineReport>;
}

export interface TimelineReport {
  sheetName: string;
  strategies: number;
  weeks: number;
  syncs: number;
}

/** Cells whose formula came back, and addresses left alone (no longer a typed-over computed cell). */
export interface RestoreReport {
  restored: string[];
  skipped: string[];
  syncs: number;
}

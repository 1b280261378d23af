/**
 * What the task pane asks of the workbook, one user action per method. Each
 * method is one Excel.run with a constant number of context.sync() calls.
 * The Excel layer (src/excel) implements it with the Office JS API; the task
 * pane depends only on this interface.
 */
import type { RollupSheet } from "../domain/rollup/rollup-sheets";
import type { Lang } from "../domain/language";
import type { PlanSummary } from "../domain/check/summary";
import type { PlanReview } from "../domain/review/plan-review";
import type { Thresholds, ThresholdProblem } from "../domain/settings/thresholds";
import type { BudgetSplitPreset } from "../domain/settings/budget-split";

import type { PlanSheetKey, WorkbookSheetKey } from "../domain/schema/sheet-keys";
import type { Finding, FindingCode, FindingParams, Severity } from "../domain/findings/finding";

// The sheet keys, severities and findings are domain concepts; re-exported so existing imports keep working.
export type { PlanSheetKey, WorkbookSheetKey, Severity, Finding, FindingCode, FindingParams };

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
  /** Why a sheet was left alone or placed elsewhere, as data the pane words. */
  note?: OutcomeNote;
}

/**
 * Notes on a sheet's outcome. sheetConflict: a sheet of that name holds other
 * content (params.sheetName); settingsMoved: the settings went to params.free
 * because params.taken holds other content; settingsAdded: the settings sheet
 * was created because the computed columns need its thresholds.
 */
export const OUTCOME_NOTE_CODES = ["sheetConflict", "settingsMoved", "settingsAdded"] as const;
export type OutcomeNoteCode = (typeof OUTCOME_NOTE_CODES)[number];
export interface OutcomeNote {
  code: OutcomeNoteCode;
  params: Readonly<Record<string, string>>;
}

/**
 * Why a workbook action failed, as data the pane words (src/excel never words).
 * The layer's own conditions, and Office errors sorted by what a person can do:
 * cellEditMode (leave the cell), requestTooLarge, itemNotFound (a sheet or
 * table went away meanwhile), accessDenied (protected sheet or workbook),
 * office (any other Office error; params.officeCode).
 */
export const WORKBOOK_ERROR_CODES = [
  "noMonitoringTable",
  "badPeriod",
  "frequencyMismatch",
  "notAnAddress",
  "noStrategies",
  "timelineSheetTaken",
  "cellNotEmpty",
  "cellEditMode",
  "requestTooLarge",
  "itemNotFound",
  "accessDenied",
  "office",
] as const;
export type WorkbookErrorCode = (typeof WORKBOOK_ERROR_CODES)[number];
export type WorkbookErrorParams = Readonly<Record<string, string | number>>;

/** What a PlanWorkbook method rejects with. */
export interface WorkbookFailure {
  readonly code: WorkbookErrorCode;
  readonly params: WorkbookErrorParams;
}

export interface CreateReport {
  outcomes: SheetOutcome[];
  syncs: number;
}

/**
 * A finding as data: code, severity, sheet, address and params. The pane
 * words it in its language with findingMessage (src/domain/findings/messages),
 * so changing the language needs no new check.
 */
export type FindingView = Finding;

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
  /** The budget split the PlanBudgetSplit cell records, as the check reads it: none when blank, missing or not a preset. */
  split?: BudgetSplitPreset;
  /** Why the split shown needs a word, as data the pane words. */
  splitNote?: SplitNote;
}

export type { BudgetSplitPreset };

/**
 * Notes on the PlanBudgetSplit cell. splitCellMissing: the workbook has no such
 * cell (made before the split existed); saving a split adds its row below the
 * settings. splitNotAPreset: the cell holds text that is no preset
 * (params.address, params.text), which the check reads as none; it is left as
 * typed until a preset is picked and saved.
 */
export const SPLIT_NOTE_CODES = ["splitCellMissing", "splitNotAPreset"] as const;
export type SplitNoteCode = (typeof SPLIT_NOTE_CODES)[number];
export interface SplitNote {
  code: SplitNoteCode;
  params: Readonly<Record<string, string>>;
}

export type SettingsWriteReport = { written: true; syncs: number } | { written: false; problems: ThresholdProblem[] };

/** Writing the roll-up sheet (src/excel/rollup.ts): done, or refused because a sheet of that name is someone else's. */
export type RollupWriteReport =
  | { written: true; sheetName: string; rows: number; syncs: number }
  | { written: false; reason: "sheetTaken"; sheetName: string; syncs: number };
/** What creating or refreshing the review and the dashboard did. */
export interface ReviewReport {
  review: PlanReview;
  /** The sheets' names as they stand: 复盘 / Review, 看板 / Dashboard. */
  reviewSheet: string;
  dashboardSheet: string;
  /** Charts the dashboard now holds, and the ones the refresh replaced. */
  charts: number;
  replacedCharts: number;
  /** True the first time: the lessons table (经验沉淀) was added; later refreshes leave it as people filled it. */
  lessonsAdded: boolean;
  syncs: number;
}

export interface PlanWorkbook {
  create(options: CreateOptions): Promise<CreateReport>;
  check(): Promise<CheckReport>;
  select(address: string): Promise<void>;
  addPeriodRows(options: PeriodUpdateOptions): Promise<PeriodUpdateReport>;
  readSettings(): Promise<SettingsReadReport>;
  /**
   * Writes the named threshold cells and, when `split` is given, the PlanBudgetSplit
   * cell (its row added below the settings when the workbook has none); without
   * `split` that cell is left as it is.
   */
  writeSettings(thresholds: Thresholds, split?: BudgetSplitPreset): Promise<SettingsWriteReport>;
  /** Writes a formula into the selected cell; returns the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Rewrites only the computed columns in the other formula style. */
  switchStyle(style: FormulaStyle, lang: Lang): Promise<{ rewritten: number; syncs: number }>;
  /** Writes (or replaces) the roll-up sheet of department plans; touches no other sheet. */
  writeRollup(sheet: RollupSheet): Promise<RollupWriteReport>;
  /** Creates or refreshes the 复盘 / Review sheet and the 看板 / Dashboard's charts; plan sheets are only read. */
  refreshReview(lang: Lang): Promise<ReviewReport>;
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

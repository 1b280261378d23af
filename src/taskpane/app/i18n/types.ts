import type {
  Frequency,
  FormulaStyle,
  OutcomeNoteCode,
  Severity,
  SheetOutcome,
  WorkbookErrorCode,
  WorkbookErrorParams,
  WorkbookSheetKey,
  SplitNoteCode,
} from "../../../excel/contract";
import type { ThresholdKind } from "../../../domain/settings/thresholds";
import type { PlanFunctionName } from "../lib/functions-reference";
import type { SplitGroupKey } from "../lib/split-words";

/**
 * Every string the task pane shows. One object of this type per language
 * (zh-CN.ts, en-US.ts): a key missing from either is a compile error, and so is
 * a key that is not declared here (object literal excess-property check).
 * Texts with numbers or addresses in them are functions.
 */
export interface Strings {
  appTitle: string;
  /** The language switch keeps the same label in both languages so anyone can find it. */
  languageLabel: string;
  languageNames: { "zh-CN": string; "en-US": string };
  tabListLabel: string;
  tabs: {
    create: string;
    check: string;
    weekly: string;
    settings: string;
    functions: string;
    rollup: string;
    review: string;
  };
  loading: string;
  errorTitle: string;
  tryAgain: string;
  /** An Office error with its code, e.g. "Something failed (code ItemNotFound)". */
  withCode: (message: string, code: string) => string;
  errorCellEditMode: string;
  errorUnknown: string;
  errorChunk: string;
  /** Why a workbook action failed (src/excel's WorkbookError codes), in this language. */
  workbookErrors: Record<WorkbookErrorCode, (params: WorkbookErrorParams) => string>;
  /** Joins items of a list: ", " or "、". */
  listSeparator: string;
  /** An amount in 万元 (the sheets' money unit): "12.5 万元", "12.5 (10k)". */
  money: (amount: string) => string;
  sheetNames: Record<WorkbookSheetKey, string>;
  severity: Record<Severity, string>;
  units: Record<ThresholdKind, string>;

  rollup: {
    title: string;
    intro: string;
    pick: string;
    picked: (count: number) => string;
    run: string;
    running: string;
    written: (sheet: string, departments: number) => string;
    totals: (budget: string, actual: string, errors: number) => string;
    sheetTaken: (sheet: string) => string;
    failedTitle: string;
    noneRead: string;
  };

  create: {
    title: string;
    intro: string;
    sheetLang: string;
    sheets: string;
    sheetsNone: string;
    content: string;
    contentEmpty: string;
    contentExample: string;
    style: string;
    styleNames: Record<FormulaStyle, string>;
    styleHints: Record<FormulaStyle, string>;
    createButton: string;
    creating: string;
    reportTitle: string;
    reportEmpty: string;
    outcome: Record<SheetOutcome["outcome"], string>;
    outcomeHelp: Record<SheetOutcome["outcome"], string>;
    addedColumns: (columns: string) => string;
    /** Notes on an outcome (src/excel's OutcomeNote codes). */
    notes: Record<OutcomeNoteCode, (params: Readonly<Record<string, string>>) => string>;
    applyStyle: string;
    applyStyleHint: string;
    applyingStyle: string;
    styleRewritten: (count: number) => string;
  };

  check: {
    title: string;
    intro: string;
    run: string;
    rerun: string;
    running: string;
    summary: string;
    totalBudget: string;
    totalActual: string;
    variance: string;
    contingencyShare: string;
    notAvailable: string;
    approvalsDue: string;
    approvalLead: string;
    approvalGM: string;
    metricsByStatus: string;
    status: { onTrack: string; warning: string; alert: string; notReported: string };
    categoryShare: string;
    /** Accessible name of the summary's chart (budget vs actual, metrics by status). */
    summaryChart: string;
    findings: string;
    findingsRegion: string;
    findingCount: (count: number) => string;
    /** Shown after a re-run: how the number of findings changed. */
    change: (before: number, after: number) => string;
    allClear: string;
    allClearBody: string;
    /** Accessible name of a finding button. */
    findingLabel: (severity: string, address: string, message: string) => string;
    selected: (address: string) => string;
    checkedAt: (time: string) => string;
    /** Metrics whose latest actual reached the goal's stretch value (挑战值). */
    stretchReached: string;
    filterSeverity: string;
    filterSheet: string;
    /** Shown when filters hide every finding. */
    filteredOut: (hidden: number) => string;
    expand: (sheet: string) => string;
    collapse: (sheet: string) => string;
    restore: string;
    restoreLabel: (address: string) => string;
    restoreAll: (cells: number) => string;
    restored: (cells: number) => string;
    timeline: string;
    timelineRunning: string;
    timelineDone: (sheet: string, strategies: number, weeks: number) => string;
  };

  review: {
    title: string;
    intro: string;
    run: string;
    running: string;
    /** Where the review and dashboard went, and how many charts the dashboard holds. */
    result: (reviewSheet: string, dashboardSheet: string, charts: number) => string;
    lessonsAdded: string;
    plan: string;
    budget: string;
    actual: string;
    executionRate: string;
    revenue: string;
    roi: string;
    goals: string;
    strategies: string;
    /** A goal's line: metric, completion and status. */
    goalLine: (metric: string, completion: string, status: string) => string;
    /** A strategy's line: id/action, ROI 1:x and contribution. */
    strategyLine: (name: string, roi: string, contribution: string) => string;
    belowMinRoi: string;
    notAvailable: string;
  };

  weekly: {
    title: string;
    intro: string;
    frequency: string;
    frequencies: Record<Frequency, string>;
    period: string;
    periodHint: Record<Frequency, string>;
    periodInvalid: Record<Frequency, string>;
    useCurrent: string;
    add: string;
    adding: string;
    result: (added: number, skipped: number) => string;
    firstActual: (address: string) => string;
    nothingAdded: string;
  };

  settings: {
    title: string;
    intro: string;
    loading: string;
    notPresent: string;
    save: string;
    saving: string;
    saved: string;
    reset: string;
    reload: string;
    fixProblems: (count: number) => string;
    rejected: string;
    nameOfCell: (name: string) => string;
    /** The budget split preset (PlanBudgetSplit), saved with the thresholds. */
    split: {
      label: string;
      hint: string;
      /** The "none" preset. */
      none: string;
      groups: Record<SplitGroupKey, string>;
      /** One group: name, its categories joined, its share as a percent. */
      share: (group: string, categories: string, percent: string) => string;
      /** The categories no group covers. */
      leftOut: (categories: string) => string;
      /** Between the groups of one preset. */
      separator: string;
      notes: Record<SplitNoteCode, (params: Readonly<Record<string, string>>) => string>;
    };
  };

  functions: {
    title: string;
    intro: string;
    syntax: string;
    example: string;
    result: string;
    insert: string;
    insertLabel: (name: string) => string;
    inserting: string;
    insertedAt: (formula: string, address: string) => string;
    /** Insert refused: the selected cell already holds something. */
    entries: Record<PlanFunctionName, { summary: string; syntax: string; result: string }>;
  };
}

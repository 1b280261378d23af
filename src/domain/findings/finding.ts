import { cellA1, qualifiedAddress, rangeA1 } from "../address/a1";
import type { WorkbookSheetKey } from "../schema/sheet-keys";

export type Severity = "error" | "warning" | "info";

/** Everything the reader and the plan check can report, with how serious each is. */
export const FINDING_SEVERITY = {
  // Reading the sheet
  columnMissing: "error",
  duplicateColumn: "warning",
  requiredBlank: "error",
  notANumber: "error",
  notADate: "error",
  notInList: "warning",
  ambiguousAmount: "error",
  ratioNotRoi: "error",
  /** A cell the check reads one way and the sheet's own standard formula may read another (text in a number cell). */
  formulaReadsDifferently: "warning",
  // Integrity of the computed columns
  computedColumnMissing: "error",
  computedValueTyped: "error",
  computedCellEmpty: "warning",
  // Goals
  vagueTarget: "error",
  ownerMissing: "error",
  ownerMultiple: "error",
  duplicateId: "error",
  // Links between sheets
  danglingLink: "error",
  dependencyCycle: "warning",
  // Strategies
  dueBeforeStart: "warning",
  // Budget
  negativeAmount: "error",
  approverMissing: "error",
  explanationMissing: "warning",
  contingencyOutOfRange: "warning",
  // Monitoring
  badPeriod: "error",
  duplicatePeriod: "warning",
  targetZero: "warning",
  alertWithoutAction: "error",
  adjustmentNeeded: "warning",
  roiBelowMin: "warning",
  roiTargetBelowMin: "warning",
  // Settings sheet: a threshold cell the formulas cannot use (the check runs with the default)
  settingNotANumber: "error",
  settingBlank: "error",
  "setting.notANumber": "error",
  "setting.negative": "error",
  "setting.percentOver100": "error",
  "setting.notWholeNumber": "error",
  "setting.gmBelowLead": "error",
  "setting.reserveMinAboveMax": "error",
  // Execution: traceability, timeline, budget split, three levels, reporting periods
  goalWithoutStrategy: "warning",
  goalWithoutMetric: "warning",
  strategyWithoutBudget: "warning",
  costMismatch: "warning",
  overdue: "error",
  dependencyOrder: "warning",
  splitOff: "warning",
  targetLevels: "error",
  periodMissing: "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

/** Values a message needs; numbers stay numbers so each language formats them itself. */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: WorkbookSheetKey;
  /** The worksheet's name as it stands (it may have been renamed). */
  readonly sheetName: string;
  /** A1 address within the sheet: E7, or a header range A1:K1. */
  readonly cell: string;
  /** Sheet-qualified address Excel can select: 预算分配!E7, 'Plan Budget'!E7. */
  readonly address: string;
  /** 0-based worksheet row and column of the (first) cell, for ordering. */
  readonly row: number;
  readonly col: number;
  readonly params: FindingParams;
}

export interface FindingPlace {
  readonly sheet: WorkbookSheetKey;
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
  /** For a range (a header row): its last column. */
  readonly toCol?: number;
}

export function finding(code: FindingCode, at: FindingPlace, params: FindingParams = {}): Finding {
  const cell = at.toCol === undefined ? cellA1(at.row, at.col) : rangeA1(at.row, at.col, at.row, at.toCol);
  return {
    code,
    severity: FINDING_SEVERITY[code],
    sheet: at.sheet,
    sheetName: at.sheetName,
    cell,
    address: qualifiedAddress(at.sheetName, cell),
    row: at.row,
    col: at.col,
    params,
  };
}

const SHEET_ORDER: readonly WorkbookSheetKey[] = ["goals", "strategies", "budget", "monitoring", "settings"];
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Sheet by sheet, top to bottom, left to right: the order people walk a workbook. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) ||
    a.row - b.row ||
    a.col - b.col ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.code.localeCompare(b.code)
  );
}

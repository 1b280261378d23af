/**
 * The whole plan check of one workbook, whatever host read it (Office JS or a
 * .xlsx file): the plan sheets' grids and the named settings cells in; the
 * findings as data, the summary and where the thresholds came from out.
 */
import type { CalendarDate } from "../dates/calendar-date";
import type { Finding } from "../findings/finding";
import { SPLIT_PRESET_NAME } from "../settings/budget-split";
import { splitFromValue } from "../settings/settings-sheet";
import { findingMessage, type FindingMessage } from "../findings/messages";
import type { Lang } from "../language";
import type { SheetGrid } from "../read/grid";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { thresholdsFromValues } from "../settings/settings-sheet";
import { THRESHOLD_DEFS, type Thresholds } from "../settings/thresholds";
import { checkPlan, type PlanCheckResult } from "./check-plan";
import { settingsFindings, type ThresholdCell } from "./settings-findings";
import type { PlanSummary } from "./summary";

/** A workbook name that refers to one cell, with that cell's value. */
export interface NamedCellValue {
  readonly sheetName: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
}

export interface WorkbookCheckInput {
  readonly grids: Partial<Record<PlanSheetKey, SheetGrid>>;
  /** Workbook names by name; only the settings names are looked at. */
  readonly names: ReadonlyMap<string, NamedCellValue>;
  /** The summary's language. */
  readonly lang?: Lang;
  /** The day date rules count from (overdue); without it nothing is overdue. */
  readonly asOf?: CalendarDate;
}

/** A reader, plan or settings finding as people read it. */
export type WorkbookFinding = FindingMessage;

export interface WorkbookCheck {
  /** Codes and params: the pane and the command line word them (wordFindings). */
  readonly findings: Finding[];
  readonly summary: PlanSummary;
  readonly thresholds: Thresholds;
  /** "workbook" when any named threshold cell was found, "defaults" otherwise. */
  readonly thresholdsFrom: "workbook" | "defaults";
  readonly result: PlanCheckResult;
}

function thresholdCells(names: WorkbookCheckInput["names"]): ThresholdCell[] {
  return THRESHOLD_DEFS.flatMap((def) => {
    const found = names.get(def.name);
    return found
      ? [{ key: def.key, sheetName: found.sheetName, row: found.row, col: found.col, value: found.value }]
      : [];
  });
}

export function checkPlanWorkbook(input: WorkbookCheckInput): WorkbookCheck {
  const { thresholds, present } = thresholdsFromValues((name) => {
    const found = input.names.get(name);
    return found ? (found.value ?? null) : undefined;
  });
  const split = splitFromValue(input.names.get(SPLIT_PRESET_NAME)?.value);
  const result = checkPlan({ ...input.grids, thresholds, lang: input.lang, asOf: input.asOf, split });
  const findings = [...result.findings, ...settingsFindings(thresholdCells(input.names), thresholds)];
  return { findings, summary: result.summary, thresholds, thresholdsFrom: present ? "workbook" : "defaults", result };
}

/** Findings as people read them, in their language. */
export function wordFindings(findings: readonly Finding[], lang: Lang): WorkbookFinding[] {
  return findings.map((f) => findingMessage(f, lang));
}

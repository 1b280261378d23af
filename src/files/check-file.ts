/**
 * One plan file checked the way the pane checks the open workbook: read its
 * cells, find its plan tables, run the domain's workbook check.
 */
import {
  checkPlanWorkbook,
  wordFindings,
  type WorkbookCheck,
  type WorkbookFinding,
} from "../domain/check/check-workbook";
import type { Finding } from "../domain/findings/finding";
import type { Lang } from "../domain/language";
import type { CalendarDate } from "../domain/dates/calendar-date";
import { DEFAULT_CAPS, fail, type FileCaps } from "./caps";
import { locatePlanTables } from "./locate-tables";
import { readWorkbookCells } from "./read-workbook";

export const DEPARTMENT_NAME = "PlanDepartment";

export interface FileCheck extends Omit<WorkbookCheck, "findings"> {
  /** The findings as data. */
  readonly data: Finding[];
  /** The same findings worded in the requested language. */
  readonly findings: WorkbookFinding[];
  /** The PlanDepartment named cell's text, when the workbook has one. */
  readonly department?: string;
}

export interface FileCheckOptions {
  readonly lang: Lang;
  /** The day overdue is judged on; without it nothing is overdue. */
  readonly asOf?: CalendarDate;
  readonly caps?: FileCaps;
}

/** A plan file's plan tables as grids and its named cells, behind the caps; no plan sheet is a FileError. */
export async function readPlanFile(bytes: Uint8Array, fileName: string, caps: FileCaps = DEFAULT_CAPS) {
  const cells = await readWorkbookCells(bytes, fileName, caps);
  const grids = locatePlanTables(cells.sheets);
  if (Object.keys(grids).length === 0) fail({ code: "noPlanSheets" });
  return { grids, names: cells.names };
}

export async function checkPlanFile(
  bytes: Uint8Array,
  fileName: string,
  options: FileCheckOptions,
): Promise<FileCheck> {
  const { grids, names } = await readPlanFile(bytes, fileName, options.caps);
  const check = checkPlanWorkbook({ grids, names, lang: options.lang, asOf: options.asOf });
  const named = names.get(DEPARTMENT_NAME)?.value;
  const department =
    typeof named === "string" && named.trim() !== ""
      ? named.trim()
      : typeof named === "number"
        ? String(named)
        : undefined;
  return { ...check, data: check.findings, findings: wordFindings(check.findings, options.lang), department };
}

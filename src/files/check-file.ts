/**
 * One plan file checked the way the pane checks the open workbook: read its
 * cells, find its plan tables, run the domain's workbook check.
 */
import { checkPlanWorkbook, wordFindings, type WorkbookCheck, type WorkbookFinding } from "../domain/check/check-workbook";
import type { Finding } from "../domain/findings/finding";
import type { Lang } from "../domain/language";
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
  readonly asOf?: string;
  readonly caps?: FileCaps;
}

export async function checkPlanFile(bytes: Uint8Array, fileName: string, options: FileCheckOptions): Promise<FileCheck> {
  const cells = await readWorkbookCells(bytes, fileName, options.caps ?? DEFAULT_CAPS);
  const grids = locatePlanTables(cells.sheets);
  if (Object.keys(grids).length === 0) fail({ code: "noPlanSheets" });
  const check = checkPlanWorkbook({ grids, names: cells.names, lang: options.lang, asOf: options.asOf });
  const named = cells.names.get(DEPARTMENT_NAME)?.value;
  const department = typeof named === "string" && named.trim() !== "" ? named.trim() : typeof named === "number" ? String(named) : undefined;
  return { ...check, data: check.findings, findings: wordFindings(check.findings, options.lang), department };
}

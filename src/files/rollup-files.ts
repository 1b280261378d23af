/**
 * Department files in, roll-up out, in the browser or Node alike: each file
 * checked on its own (a file that cannot be read is listed, the others go on),
 * then the domain's roll-up and its sheets. The task pane loads this module
 * (and ExcelJS with it) only when its roll-up flow opens.
 */
import type { FileProblem } from "../domain/findings/file-problems";
import type { Lang } from "../domain/language";
import { departmentFromFile, rollUp, type DepartmentCheck, type Rollup } from "../domain/rollup/rollup";
import { rollupSheets, type RollupSheet } from "../domain/rollup/rollup-sheets";
import { FileError } from "./caps";
import { checkPlanFile } from "./check-file";

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FilesRollup {
  readonly rollup: Rollup;
  readonly sheets: RollupSheet[];
  readonly failed: { file: string; problem: FileProblem }[];
}

export async function rollUpFiles(files: readonly NamedBytes[], lang: Lang): Promise<FilesRollup> {
  const checks: DepartmentCheck[] = [];
  const failed: FilesRollup["failed"] = [];
  for (const { name, bytes } of files) {
    try {
      const check = await checkPlanFile(bytes, name, { lang });
      checks.push({
        file: name,
        department: check.department ?? departmentFromFile(name),
        summary: check.summary,
        findings: check.findings,
      });
    } catch (e) {
      failed.push({
        file: name,
        problem:
          e instanceof FileError
            ? e.problem
            : { code: "corrupt", detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] },
      });
    }
  }
  const rollup = rollUp(checks, lang);
  return { rollup, sheets: rollupSheets(rollup, lang), failed };
}

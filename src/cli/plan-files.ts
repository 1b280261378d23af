/** Checks the files given on the command line one by one; a file that cannot be read is an outcome, not a crash. */
import type { Lang } from "../domain/language";
import { calendarDate, calendarDateOfLocal, type CalendarDate } from "../domain/dates/calendar-date";
import { FileError, type FileProblem } from "../files/caps";
import { checkPlanFile, type FileCheck } from "../files/check-file";
import { readPlanFileBytes } from "../files/read-file";
import { UsageError } from "./args";

/** What the commands print from a check; the sheets as read are dropped so 50 files do not stay in memory. */
export type FileReport = Pick<FileCheck, "findings" | "summary" | "thresholds" | "thresholdsFrom" | "department">;

export type FileOutcome = { file: string; check: FileReport } | { file: string; problem: FileProblem };

/** `asOf`: the day overdue is judged on, today when not given. */
export async function checkFiles(
  files: readonly string[],
  lang: Lang,
  asOf: CalendarDate = calendarDateOfLocal(new Date()),
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) {
    try {
      const bytes = await readPlanFileBytes(file);
      const { findings, summary, thresholds, thresholdsFrom, department } = await checkPlanFile(bytes, file, {
        lang,
        asOf,
      });
      out.push({ file, check: { findings, summary, thresholds, thresholdsFrom, department } });
    } catch (e) {
      const problem: FileProblem =
        e instanceof FileError
          ? e.problem
          : { code: "corrupt", detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] };
      out.push({ file, problem });
    }
  }
  return out;
}

/** --as-of YYYY-MM-DD: a real calendar day, or a usage error; undefined when not given. */
export function asOfOption(value: unknown): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!day) throw new UsageError({ code: "badValue", option: "--as-of", value: text, allowed: "YYYY-MM-DD" });
  return day;
}

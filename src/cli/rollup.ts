/**
 * `plan rollup FILE.xlsx… --out FILE.xlsx [--lang …] [--json]`: checks each
 * department's file and writes the consolidation workbook. Files that cannot
 * be read are listed and left out; nothing is written when none can be read.
 */
import { writeFile } from "node:fs/promises";
import { departmentFromFile, FIGURE_KEYS, rollUp, type DepartmentCheck, type Rollup } from "../domain/rollup/rollup";
import { rollupSheets } from "../domain/rollup/rollup-sheets";
import type { Lang } from "../domain/language";
import { formatNumber } from "../domain/findings/format-values";
import { rollupWorkbookBytes } from "../files/rollup-workbook";
import { langOption, parseCommandArgs, UsageError } from "./args";
import type { CliCommand } from "./commands";
import { fileProblemText } from "../domain/findings/file-problems";
import { EXIT, type CliIO } from "./io";
import { checkFiles, type FileOutcome } from "./plan-files";

export function departmentChecks(outcomes: readonly FileOutcome[]): DepartmentCheck[] {
  return outcomes.flatMap((o) =>
    "check" in o
      ? [
          {
            file: o.file,
            department: o.check.department ?? departmentFromFile(o.file),
            summary: o.check.summary,
            findings: o.check.findings,
          },
        ]
      : [],
  );
}

export function rollupJson(r: Rollup, outcomes: readonly FileOutcome[], lang: Lang): unknown {
  const figures = (row: Record<string, unknown>) => Object.fromEntries(FIGURE_KEYS.map((k) => [k, row[k]]));
  return {
    departments: r.departments.map((d) => ({
      file: d.file,
      department: d.department,
      ...figures(d as unknown as Record<string, unknown>),
    })),
    total: figures(r.total as unknown as Record<string, unknown>),
    failed: outcomes.flatMap((o) =>
      "problem" in o ? [{ file: o.file, error: fileProblemText(o.file, o.problem, lang) }] : [],
    ),
  };
}

function rollupText(r: Rollup, out: string, lang: Lang): string {
  const zh = lang === "zh-CN";
  const lines = r.departments.map((d) =>
    zh
      ? `  ${d.department}:预算 ${formatNumber(d.budget)},实际 ${formatNumber(d.actual)},差异 ${formatNumber(d.variance)},错误 ${d.errors}`
      : `  ${d.department}: budget ${formatNumber(d.budget)}, actual ${formatNumber(d.actual)}, variance ${formatNumber(d.variance)}, errors ${d.errors}`,
  );
  const t = r.total;
  const total = zh
    ? `  合计:预算 ${formatNumber(t.budget)} 万元,实际 ${formatNumber(t.actual)} 万元,差异 ${formatNumber(t.variance)} 万元,错误 ${t.errors}`
    : `  Total: budget ${formatNumber(t.budget)} (10k), actual ${formatNumber(t.actual)}, variance ${formatNumber(t.variance)}, errors ${t.errors}`;
  const head = zh
    ? `已写入 ${out}(${r.departments.length} 个部门)`
    : `Wrote ${out} (${r.departments.length} departments)`;
  return [head, ...lines, total].join("\n");
}

export const rollupCommand: CliCommand = {
  name: "rollup",
  summary: {
    "zh-CN": "把各部门的计划文件汇总成一个工作簿",
    "en-US": "roll department plan files up into one workbook",
  },
  usage: "plan rollup FILE.xlsx… --out FILE.xlsx [--lang zh-CN|en-US] [--json]",
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string" },
      lang: { type: "string" },
      json: { type: "boolean" },
    });
    const lang = langOption(values.lang);
    const out = values.out;
    if (typeof out !== "string" || out === "") throw new UsageError({ code: "missingOption", option: "--out" });
    if (positionals.length === 0) throw new UsageError({ code: "noFiles" });
    const outcomes = await checkFiles(positionals, lang);
    const checks = departmentChecks(outcomes);
    const rollup = rollUp(checks, lang);
    if (checks.length > 0) {
      const bytes = await rollupWorkbookBytes(rollupSheets(rollup, lang));
      try {
        await writeFile(out, bytes);
      } catch (e) {
        throw new UsageError({
          code: "cannotWrite",
          file: out,
          reason: (e as NodeJS.ErrnoException).code ?? String(e),
        });
      }
    }
    if (values.json) io.out(JSON.stringify(rollupJson(rollup, outcomes, lang)));
    else if (checks.length > 0) io.out(rollupText(rollup, out, lang));
    for (const o of outcomes) if ("problem" in o && !values.json) io.err(fileProblemText(o.file, o.problem, lang));
    if (outcomes.some((o) => "problem" in o)) return EXIT.usage;
    return rollup.total.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

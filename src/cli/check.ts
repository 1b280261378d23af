/**
 * `plan check FILE.xlsx… [--lang zh-CN|en-US] [--json] [--as-of YYYY-MM-DD]`:
 * each file's findings, address first, grouped by sheet and severity, then its
 * summary. Exit 2 when a file could not be read, else 1 when a finding is an error.
 */
import type { WorkbookFinding } from "../domain/check/check-workbook";
import type { PlanSummary } from "../domain/check/summary";
import { formatNumber, formatPercent } from "../domain/findings/format-values";
import type { Lang } from "../domain/language";
import { splitQualifiedAddress } from "../domain/address/a1";
import { langOption, parseCommandArgs, UsageError } from "./args";
import type { CliCommand } from "./commands";
import { fileProblemText } from "../domain/findings/file-problems";
import { EXIT, type CliIO } from "./io";
import { asOfOption, checkFiles, type FileOutcome } from "./plan-files";

const SEVERITY_WORDS: Record<string, Record<Lang, string>> = {
  error: { "zh-CN": "错误", "en-US": "Errors" },
  warning: { "zh-CN": "警告", "en-US": "Warnings" },
  info: { "zh-CN": "提示", "en-US": "Notes" },
};

/** The worksheet a finding is on, as its address names it. */
export function sheetOf(f: WorkbookFinding): string {
  return splitQualifiedAddress(f.address)?.sheetName ?? f.sheet;
}

export function exitCodeOf(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => "problem" in o)) return EXIT.usage;
  return outcomes.some((o) => "check" in o && o.check.findings.some((f) => f.severity === "error"))
    ? EXIT.findings
    : EXIT.ok;
}

export function summaryLines(s: PlanSummary, thresholdsFrom: "workbook" | "defaults", lang: Lang): string[] {
  const zh = lang === "zh-CN";
  const m = s.metricsByStatus;
  const share = s.contingencyShare === null ? "—" : formatPercent(s.contingencyShare);
  return zh
    ? [
        `  预算 ${formatNumber(s.totalBudget)} 万元,实际 ${formatNumber(s.totalActual)} 万元,差异 ${formatNumber(s.variance)} 万元,应急预算占比 ${share}`,
        `  需审批:营销负责人 ${s.approvalsDue.lead} 行,总经理 ${s.approvalsDue.gm} 行;指标:达标 ${m.onTrack},预警 ${m.warning},告警 ${m.alert},未报 ${m.notReported}`,
        `  阈值:${thresholdsFrom === "workbook" ? "取自工作簿的设置单元格" : "工作簿没有设置单元格,按默认值"}`,
      ]
    : [
        `  Budget ${formatNumber(s.totalBudget)} (10k), actual ${formatNumber(s.totalActual)}, variance ${formatNumber(s.variance)}, contingency share ${share}`,
        `  Approvals due: marketing lead ${s.approvalsDue.lead}, general manager ${s.approvalsDue.gm}; metrics: on track ${m.onTrack}, warning ${m.warning}, alert ${m.alert}, not reported ${m.notReported}`,
        `  Thresholds: ${thresholdsFrom === "workbook" ? "from the workbook's settings cells" : "the workbook has no settings cells, so the defaults"}`,
      ];
}

function fileText(o: FileOutcome, lang: Lang): string[] {
  if ("problem" in o) return [fileProblemText(o.file, o.problem, lang)];
  const zh = lang === "zh-CN";
  const { findings, summary, thresholdsFrom } = o.check;
  const errors = findings.filter((f) => f.severity === "error").length;
  const lines = [
    `${o.file}:${zh ? ` ${errors} 个错误,${findings.length - errors} 个其他发现` : ` ${errors} error(s), ${findings.length - errors} other finding(s)`}`,
  ];
  const sheets = [...new Set(findings.map(sheetOf))];
  for (const sheet of sheets) {
    lines.push(`  ${sheet}`);
    for (const severity of ["error", "warning", "info"]) {
      const here = findings.filter((f) => sheetOf(f) === sheet && f.severity === severity);
      if (here.length === 0) continue;
      lines.push(`    ${SEVERITY_WORDS[severity][lang]} (${here.length})`);
      for (const f of here) lines.push(`      ${f.message}`);
    }
  }
  lines.push(zh ? "  汇总" : "  Summary", ...summaryLines(summary, thresholdsFrom, lang).map((l) => `  ${l}`));
  return lines;
}

export function checkJson(outcomes: readonly FileOutcome[], lang: Lang): unknown {
  return {
    files: outcomes.map((o) =>
      "problem" in o
        ? { file: o.file, error: fileProblemText(o.file, o.problem, lang) }
        : {
            file: o.file,
            findings: o.check.findings.map((f) => ({
              code: f.code,
              severity: f.severity,
              sheet: sheetOf(f),
              address: f.address,
              message: f.message,
            })),
            summary: { ...o.check.summary, thresholdsFrom: o.check.thresholdsFrom },
          },
    ),
  };
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { "zh-CN": "检查计划文件,按表和级别列出发现", "en-US": "check plan files; findings by sheet and severity" },
  usage: "plan check FILE.xlsx… [--lang zh-CN|en-US] [--json] [--as-of YYYY-MM-DD]",
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      lang: { type: "string" },
      json: { type: "boolean" },
      "as-of": { type: "string" },
    });
    const lang = langOption(values.lang);
    const asOf = asOfOption(values["as-of"]);
    if (positionals.length === 0) throw new UsageError({ code: "noFiles" });
    const outcomes = await checkFiles(positionals, lang, asOf);
    if (values.json) {
      io.out(JSON.stringify(checkJson(outcomes, lang)));
    } else {
      for (const o of outcomes) {
        const lines = fileText(o, lang);
        if ("problem" in o) io.err(lines.join("\n"));
        else io.out(lines.join("\n"));
      }
    }
    return exitCodeOf(outcomes);
  },
};

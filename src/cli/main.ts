/**
 * `plan <command> …`: picks the command, words usage errors in one line
 * (exit 2) and never lets a stack trace reach the terminal.
 */
import type { Lang } from "../domain/language";
import { langOption, UsageError } from "./args";
import { COMMANDS } from "./commands";
import { EXIT, processIO, type CliIO } from "./io";
import { unexpectedText, usageProblemText } from "./words";

/** The language for messages before the command's own --lang is parsed. */
function earlyLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  try {
    return langOption(value);
  } catch {
    return langOption(undefined);
  }
}

export function helpText(lang: Lang): string {
  const zh = lang === "zh-CN";
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = [
    zh ? "plan:营销计划工作簿(.xlsx)的命令行" : "plan: the marketing-plan workbook (.xlsx) on the command line",
    "",
    zh ? "用法:" : "Usage:",
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary[lang]}`),
    "",
    zh
      ? "退出码:0 成功;1 有错误级别的发现;2 参数有误或文件无法读写。"
      : "Exit codes: 0 success; 1 a finding is an error; 2 bad arguments or a file that cannot be read or written.",
    zh ? "plan <命令> --help 显示该命令的用法。" : "plan <command> --help shows a command's usage.",
  ];
  return lines.join("\n");
}

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const lang = earlyLang(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText(lang));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  try {
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError({ code: "unknownCommand", command: name });
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(`${command.usage}\n  ${command.summary[lang]}`);
      return EXIT.ok;
    }
    return await command.run(rest, io, lang);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(usageProblemText(e.problem, lang));
      return EXIT.usage;
    }
    io.err(unexpectedText(e instanceof Error ? e.message.split("\n")[0] : String(e), lang));
    return EXIT.usage;
  }
}

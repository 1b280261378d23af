/** The command line's own words (findings are worded by src/domain/findings/messages). */
import type { Lang } from "../domain/language";
import type { UsageProblem } from "./args";

export function usageProblemText(p: UsageProblem, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (p.code) {
    case "unknownCommand":
      return zh
        ? `未知命令“${p.command}”。运行 plan --help 查看命令。`
        : `Unknown command "${p.command}". Run plan --help for the commands.`;
    case "badOption":
      return zh ? `参数有误:${p.detail}` : `Bad arguments: ${p.detail}`;
    case "missingOption":
      return zh ? `缺少 ${p.option}。` : `${p.option} is required.`;
    case "badValue":
      return zh
        ? `${p.option} 不接受“${p.value}”,可选:${p.allowed}。`
        : `${p.option} does not take "${p.value}"; one of ${p.allowed}.`;
    case "noFiles":
      return zh ? "请至少给出一个 .xlsx 文件。" : "Give at least one .xlsx file.";
    case "cannotWrite":
      return zh ? `无法写入 ${p.file}:${p.reason}` : `Cannot write ${p.file}: ${p.reason}`;
    case "cannotRead":
      return zh ? `无法读取 ${p.file}:${p.reason}` : `Cannot read ${p.file}: ${p.reason}`;
  }
}

export function unexpectedText(detail: string, lang: Lang): string {
  return lang === "zh-CN" ? `出错了:${detail}` : `Something went wrong: ${detail}`;
}

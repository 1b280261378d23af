/**
 * `plan template --out FILE.xlsx [--lang zh-CN|en-US] [--example] [--style standard|plan]`:
 * writes a new plan workbook, the same one the add-in creates.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { FORMULA_STYLES, DEFAULT_FORMULA_STYLE } from "../domain/formulas/style";
import { planXlsx } from "../files/plan-file";
import { langOption, oneOf, parseCommandArgs, UsageError } from "./args";
import type { CliCommand } from "./commands";
import { EXIT } from "./io";

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ?? (e instanceof Error ? e.message.split("\n")[0] : String(e));
}

export const templateCommand: CliCommand = {
  name: "template",
  summary: {
    "zh-CN": "写出新的计划工作簿(五张表、表格、下拉列表、命名阈值),可带示例数据",
    "en-US":
      "writes a new plan workbook (five sheets, tables, drop-downs, named thresholds), optionally with the worked example",
  },
  usage: "plan template --out FILE.xlsx [--lang zh-CN|en-US] [--example] [--style standard|plan]",
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string", short: "o" },
      lang: { type: "string" },
      example: { type: "boolean" },
      style: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError({ code: "badOption", detail: positionals.join(" ") });
    const out = values.out;
    if (typeof out !== "string" || out.trim() === "") throw new UsageError({ code: "missingOption", option: "--out" });
    const lang = langOption(values.lang);
    const style = oneOf("--style", values.style, FORMULA_STYLES, DEFAULT_FORMULA_STYLE);
    const bytes = await planXlsx({ lang, style, example: values.example === true });
    const file = path.resolve(out);
    try {
      await fs.writeFile(file, bytes);
    } catch (e) {
      throw new UsageError({ code: "cannotWrite", file: out, reason: reasonOf(e) });
    }
    io.out(file);
    return EXIT.ok;
  },
};

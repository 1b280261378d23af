/**
 * Why a plan file could not be read (src/files refuses it with one of these),
 * and how the command line and the task pane word it: one line naming the file
 * and the cap where one applies.
 */
import type { Lang } from "../language";

/** Why a file could not be read, as data; the command line and the pane word it. */
export type FileProblem =
  | { code: "fileTooLarge"; bytes: number; cap: number }
  | { code: "notAWorkbook" }
  | { code: "legacyFormat"; format: "xls" | "et" }
  | { code: "encrypted" }
  | { code: "corrupt"; detail: string }
  | { code: "inflatesTooMuch"; part: string; cap: number }
  | { code: "tooManyParts"; parts: number; cap: number }
  | { code: "tooManyRows"; sheet: string; rows: number; cap: number }
  | { code: "noPlanSheets" }
  | { code: "unreadable"; reason: string };

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export function fileProblemText(file: string, p: FileProblem, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (p.code) {
    case "fileTooLarge":
      return zh
        ? `${file}:文件 ${mb(p.bytes)},超过上限 ${mb(p.cap)},未读取。`
        : `${file}: the file is ${mb(p.bytes)}, over the ${mb(p.cap)} cap; not read.`;
    case "notAWorkbook":
      return zh ? `${file}:不是 .xlsx 工作簿(不是 zip 格式)。` : `${file}: not an .xlsx workbook (not a zip).`;
    case "legacyFormat":
      return zh
        ? `${file}:这是旧的 .${p.format} 格式,请在 Excel 或 WPS 中另存为 .xlsx 后再试。`
        : `${file}: this is the old .${p.format} format; save it as .xlsx in Excel or WPS and try again.`;
    case "encrypted":
      return zh
        ? `${file}:工作簿有密码保护,请先取消密码再试。`
        : `${file}: the workbook is password-protected; remove the password and try again.`;
    case "corrupt":
      return zh
        ? `${file}:工作簿已损坏,无法读取(${p.detail})。`
        : `${file}: the workbook is corrupt and cannot be read (${p.detail}).`;
    case "inflatesTooMuch":
      return p.part === "*"
        ? zh
          ? `${file}:解压后超过上限 ${mb(p.cap)},未读取。`
          : `${file}: its parts inflate past the ${mb(p.cap)} cap; not read.`
        : zh
          ? `${file}:部件 ${p.part} 解压后超过上限 ${mb(p.cap)},未读取。`
          : `${file}: part ${p.part} inflates past its ${mb(p.cap)} cap; not read.`;
    case "tooManyParts":
      return zh
        ? `${file}:包含 ${p.parts} 个部件,超过上限 ${p.cap},未读取。`
        : `${file}: ${p.parts} parts, over the cap of ${p.cap}; not read.`;
    case "tooManyRows":
      return zh
        ? `${file}:工作表 ${p.sheet} 有 ${p.rows} 行,超过上限 ${p.cap} 行,未读取。`
        : `${file}: sheet ${p.sheet} has ${p.rows} rows, over the cap of ${p.cap} rows; not read.`;
    case "noPlanSheets":
      return zh
        ? `${file}:没有找到计划表(目标分解、策略执行、预算分配、效果监控的表头)。`
        : `${file}: no plan sheets found (no goals, strategies, budget or monitoring headers).`;
    case "unreadable":
      return zh ? `${file}:无法读取(${p.reason})。` : `${file}: cannot be read (${p.reason}).`;
  }
}

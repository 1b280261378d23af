/**
 * "Download .xlsx": the preview's in-memory workbook as a file people can take
 * to Excel, WPS or LibreOffice. The plan tables, the thresholds and the formula
 * style are read from the double; the files layer (loaded on click, with
 * ExcelJS) writes them as a fresh plan workbook.
 */
import type { ExcelDouble } from "../../test/excel-double";
import type { Lang } from "../../src/domain/language";
import { sheetKeyFromTable } from "../../src/domain/schema/sheets";
import {
  LANGUAGE_NAME,
  STYLE_NAME,
  langFromValue,
  styleFromValue,
  thresholdsFromValues,
} from "../../src/domain/settings/settings-sheet";
import { DEFAULT_FORMULA_STYLE } from "../../src/domain/formulas/style";
import type { ExistingTable, SheetInput } from "../../src/domain/write/blueprint";

export const DOWNLOAD_NAME: Record<Lang, string> = { "zh-CN": "营销计划.xlsx", "en-US": "marketing-plan.xlsx" };

/** A body cell: the formula someone typed (=0.1+0.2), or the value. */
function inputOf(value: unknown, formula: unknown): SheetInput {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  return value;
}

export async function previewXlsx(double: ExcelDouble, fallbackLang: Lang): Promise<Blob> {
  const state = double.workbookState;
  const names = new Map(state.names().map((n) => [n.name, n.value]));
  const lang = langFromValue(names.get(LANGUAGE_NAME)) ?? fallbackLang;
  const style = styleFromValue(names.get(STYLE_NAME)) ?? DEFAULT_FORMULA_STYLE;
  const { thresholds } = thresholdsFromValues((name) => names.get(name));
  const tables: ExistingTable[] = [];
  for (const t of state.tables()) {
    const sheet = sheetKeyFromTable(t.name);
    if (!sheet) continue;
    tables.push({
      sheet,
      headers: t.headers,
      body: t.values.map((row, r) => row.map((v, c) => inputOf(v, t.formulas[r]?.[c]))),
    });
  }
  const [{ blueprintFromTables }, { blueprintXlsx }] = await Promise.all([
    import("../../src/domain/write/blueprint"),
    import(/* webpackChunkName: "plan-files" */ "../../src/files/plan-file"),
  ]);
  const bytes = await blueprintXlsx(blueprintFromTables(lang, style, thresholds, tables));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** Starts the browser's download of a blob. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

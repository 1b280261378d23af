import { parseDateText } from "../dates/calendar-date";
import { excelSerialOf } from "../dates/excel-serial";
import type { Lang } from "../language";
import type { ColumnDef } from "../schema/column";
import { sheetColumns, type ColumnKey } from "../schema/sheets";
import type { PlanSheetKey } from "../schema/sheet-keys";
import type { SheetRead } from "../read/read-sheet";

/** A row to write, by column key, in domain terms: list entries as keys, dates as ISO text, links as ids. */
export type RowInput<S extends PlanSheetKey> = Partial<Record<ColumnKey<S>, unknown>>;

/**
 * One value as it goes into a cell: list keys become the words of the
 * workbook's language, ISO dates become Excel serials (shown by the column's
 * date format), several ids become "S1, S2". Blank is "". Computed columns give
 * null, which Office leaves untouched, because the Excel layer writes formulas there.
 */
export function sheetCellValue(def: ColumnDef, value: unknown, lang: Lang): unknown {
  if (def.type === "computed") return null;
  if (value === null || value === undefined || value === "") return "";
  switch (def.type) {
    case "list":
      return def.list?.find((i) => i.key === value)?.label[lang] ?? value;
    case "date": {
      const d = typeof value === "string" ? parseDateText(value) : undefined;
      return d ? excelSerialOf(d) : value;
    }
    case "ref":
      return Array.isArray(value) ? value.join(", ") : value;
    default:
      return value;
  }
}

/** A row for a new table, in schema column order. */
export function rowInSchemaOrder<S extends PlanSheetKey>(sheet: S, row: RowInput<S>, lang: Lang): unknown[] {
  return sheetColumns(sheet).map((def) => sheetCellValue(def, (row as Record<string, unknown>)[def.key], lang));
}

/**
 * A row for an existing table whose columns people may have reordered: each
 * value goes under its column as the reader found it; other columns get null
 * (left as they are).
 */
export function rowInSheetOrder<S extends PlanSheetKey>(read: SheetRead<S>, row: RowInput<S>, lang: Lang): unknown[] {
  const out: unknown[] = new Array(read.width).fill(null);
  for (const def of sheetColumns(read.sheet)) {
    const col = (read.columns as Record<string, number | undefined>)[def.key];
    if (col === undefined) continue;
    out[col - read.firstCol] = sheetCellValue(def, (row as Record<string, unknown>)[def.key], lang);
  }
  return out;
}

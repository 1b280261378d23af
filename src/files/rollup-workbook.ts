/** The roll-up sheets (src/domain/rollup) as a new .xlsx, written with ExcelJS. */
import ExcelJS from "exceljs";
import type { RollupSheet } from "../domain/rollup/rollup-sheets";
import { HEADER_FILL } from "../domain/write/look";

const argb = (hex: string) => `FF${hex.replace("#", "")}`;

export function rollupWorkbook(sheets: readonly RollupSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        // A blank result (no budget) is cached as "", as the IF(…,"",…) formula gives.
        target.value = typeof cell === "object" ? { formula: cell.formula, result: cell.result ?? "" } : cell;
        const format = sheet.formats[c];
        if (format && r > 0) target.numFmt = format;
      });
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.eachCell(
      (cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_FILL) } }),
    );
    if (sheet.key !== "errors" && sheet.rows.length > 1) ws.getRow(sheet.rows.length).font = { bold: true };
  }
  return wb;
}

export async function rollupWorkbookBytes(sheets: readonly RollupSheet[]): Promise<Uint8Array> {
  return new Uint8Array(await rollupWorkbook(sheets).xlsx.writeBuffer());
}

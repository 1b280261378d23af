/**
 * A workbook blueprint (src/domain/write/blueprint.ts) as .xlsx bytes, through
 * ExcelJS. Formulas go in without a cached result and the workbook asks for a
 * full recalculation on load, so every engine (Excel, WPS, LibreOffice)
 * computes the cells itself instead of trusting numbers written here.
 */
import type ExcelJS from "exceljs";
import type { BlueprintCell, BlueprintSettings, BlueprintTable, WorkbookBlueprint } from "../domain/write/blueprint";
import { columnWidthPoints } from "../domain/write/look";
import { columnLetters, qualifiedAddress, rangeA1 } from "../domain/address/a1";
import type { SettingsRow } from "../domain/settings/settings-sheet";

type ExcelJSModule = typeof ExcelJS;

/** "#F2F2F2" → "FFF2F2F2" (ExcelJS wants ARGB). */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Excel's column width unit (characters of the default font) for a width in
 * points, as the add-in sets it through Office JS: pixels = points·4/3, and a
 * character is 7 px plus 5 px of padding.
 */
export function excelWidth(points: number): number {
  return Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100;
}

/** ExcelJS leaves out a column of width exactly 9 (its default), and Excel would then use 8.43: nudge it. */
function columnWidth(points: number): number {
  const w = excelWidth(points);
  return w === 9 ? 9.01 : w;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** The cell value ExcelJS writes: a formula without "=" and without a result, or the value itself. */
function cellValue(cell: BlueprintCell): ExcelJS.CellValue {
  if ("formula" in cell) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function writeTable(ws: ExcelJS.Worksheet, t: BlueprintTable, look: WorkbookBlueprint["computedLook"]): void {
  ws.addTable({
    name: t.tableName,
    displayName: t.tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: t.rows.map((r) => r.map(cellValue)),
  });
  const last = t.rows.length + 1;
  t.columns.forEach((col, c) => {
    const letter = columnLetters(c);
    ws.getColumn(c + 1).width = columnWidth(columnWidthPoints(col.width));
    for (let r = 0; r < t.rows.length; r++) {
      const cell = ws.getCell(r + 2, c + 1);
      cell.numFmt = t.rows[r][c].format;
      if (col.computed) {
        cell.fill = solid(look.fill);
        cell.font = { italic: true, color: { argb: argb(look.font) } };
      } else if (col.alignLeft) {
        cell.alignment = { horizontal: "left" };
      }
    }
    const body = `${letter}2:${letter}${last}`;
    if (col.dropDown) {
      const source = col.dropDown.source;
      // ExcelJS keeps one rule per range key and writes it as one sqref (its typings omit dataValidations).
      (
        ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(body, {
        type: "list",
        allowBlank: true,
        formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: col.dropDown.alert.title,
        error: col.dropDown.alert.message,
      });
    }
    if (col.highlights.length > 0) {
      ws.addConditionalFormatting({
        ref: body,
        rules: col.highlights.map((h, i) => ({
          type: "containsText",
          operator: "containsText",
          text: h.text,
          priority: i + 1,
          style: {
            font: { color: { argb: argb(h.color.font) } },
            fill: { ...solid(h.color.fill), bgColor: { argb: argb(h.color.fill) } },
          },
        })),
      });
    }
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2" }];
}

function validationOf(row: SettingsRow): ExcelJS.DataValidation {
  const rule = row.rule;
  if (rule.kind === "list") return { type: "list", allowBlank: true, formulae: [`"${rule.source}"`] };
  return { type: rule.kind, operator: "greaterThanOrEqual", allowBlank: true, formulae: [rule.min] };
}

function writeSettings(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, s: BlueprintSettings): void {
  const header = ws.getRow(1);
  s.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = solid(s.headerFill);
  });
  s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = columnWidth(columnWidthPoints(w))));
  s.rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = r.label;
    row.getCell(3).value = r.help;
    const value = row.getCell(2);
    value.value = r.value;
    value.numFmt = r.format;
    value.fill = solid(s.inputFill);
    value.alignment = { horizontal: "right" };
    value.dataValidation = validationOf(r);
    wb.definedNames.add(qualifiedAddress(s.sheetName, `$B$${i + 2}`), r.name);
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2" }];
}

/** Builds the ExcelJS workbook of a blueprint (ExcelJS is passed in so the browser can load it lazily). */
export function buildWorkbook(exceljs: ExcelJSModule, bp: WorkbookBlueprint): ExcelJS.Workbook {
  const wb = new exceljs.Workbook();
  wb.creator = "plan";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const t of bp.tables) writeTable(wb.addWorksheet(t.sheetName), t, bp.computedLook);
  writeSettings(wb, wb.addWorksheet(bp.settings.sheetName), bp.settings);
  return wb;
}

/** The A1 range a table covers, header included (for readers and tests). */
export function tableRange(t: BlueprintTable): string {
  return rangeA1(0, 0, t.rows.length, t.columns.length - 1);
}

/**
 * The file is the workbook the add-in creates: the add-in's create (src/excel,
 * against the Excel double) and the files layer over the same options give the
 * same sheets, tables, headers, cell contents (formulas and typed values),
 * number formats, column widths and workbook names.
 */
import type ExcelJS from "exceljs";
import { setup, type Harness } from "../excel/harness";
import { planXlsx } from "../../src/files/plan-file";
import { excelWidth } from "../../src/files/write-workbook";
import { PLAN_SHEET_KEYS, SHEET_NAMES, TABLE_NAMES } from "../../src/domain/schema/sheet-keys";
import { sheetColumns } from "../../src/domain/schema/sheets";
import { columnLetters } from "../../src/domain/address/a1";
import type { Lang } from "../../src/domain/language";
import type { FormulaStyle } from "../../src/domain/formulas/style";
import { readXlsx } from "../support/libreoffice";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** What a file cell holds, as the double reports it: "=…" for formulas, serials for dates, "" for empty. */
function asDouble(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object" && "formula" in v) return `=${(v as ExcelJS.CellFormulaValue).formula}`;
  return v;
}

/** The double gives formulas back as HyperFormula prints them (TRUE() as TRUE, 0.000000001 as 1e-9). */
function asPrinted(f: unknown): unknown {
  return typeof f === "string" ? f.replace(/TRUE\(\)/g, "TRUE").replace(/0\.000000001/g, "1e-9") : f;
}

let h: Harness;
afterEach(() => h?.uninstall());

describe.each([
  ["zh-CN", "standard", true],
  ["en-US", "standard", true],
  ["zh-CN", "plan", true],
  ["en-US", "standard", false],
] as [Lang, FormulaStyle, boolean][])("%s, %s style, example %s", (lang, style, example) => {
  it("the same sheets, tables, cells, formats, widths and names", async () => {
    h = setup({ lang });
    h.state.renameSheet("Sheet1", "Other");
    await h.workbook.create({ lang, style, example, sheets: [...PLAN_SHEET_KEYS, "settings"] });
    const file = await readXlsx(await planXlsx({ lang, style, example }));

    expect(file.worksheets.map((w) => w.name)).toEqual(h.state.sheetNames().filter((n) => n !== "Other"));
    for (const key of PLAN_SHEET_KEYS) {
      const sheetName = SHEET_NAMES[key][lang];
      const table = h.state.table(TABLE_NAMES[key])!;
      const ws = file.getWorksheet(sheetName)!;
      expect(table.sheet).toBe(sheetName);
      expect(ws.getRow(1).values).toEqual([undefined, ...table.headers]);
      expect(ws.rowCount).toBe(table.rowCount + 1);
      const defs = sheetColumns(key);
      const mismatches: string[] = [];
      defs.forEach((def, c) => {
        const letter = columnLetters(c);
        const width = ws.getColumn(c + 1).width;
        if (width === undefined || Math.abs(width - excelWidth(h.state.columnWidth(sheetName, letter))) > 0.02)
          mismatches.push(
            `${sheetName} column ${letter} width: file ${width}, add-in ${h.state.columnWidth(sheetName, letter)} pt`,
          );
        for (let r = 0; r < table.rowCount; r++) {
          const a1 = `${letter}${r + 2}`;
          const cell = ws.getCell(a1);
          const want = h.state.getFormula(sheetName, a1);
          const got = asPrinted(asDouble(cell.value));
          if (got !== want)
            mismatches.push(`${sheetName}!${a1}: file ${JSON.stringify(got)}, add-in ${JSON.stringify(want)}`);
          const fmt = h.state.getNumberFormat(sheetName, a1);
          if ((cell.numFmt ?? "General") !== fmt)
            mismatches.push(`${sheetName}!${a1} format: file ${cell.numFmt}, add-in ${fmt}`);
        }
      });
      expect(mismatches).toEqual([]);
    }

    const settings = SHEET_NAMES.settings[lang];
    const names = h.state.names().filter((n) => n.name.startsWith("Plan"));
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) {
      // ExcelJS quotes every sheet name that is not plain ASCII ('设置'!$B$2); Excel reads both spellings alike.
      const unquoted = (a: string) => a.replace(/^'(.*)'!/, "$1!");
      expect([n.name, file.definedNames.getRanges(n.name).ranges.map(unquoted)]).toEqual([
        n.name,
        [n.formula.replace(/^=/, "")],
      ]);
      const a1 = n.formula.split("!")[1].replace(/\$/g, "");
      expect([n.name, asDouble(file.getWorksheet(settings)!.getCell(a1).value)]).toEqual([
        n.name,
        h.state.getValue(settings, a1),
      ]);
    }
  });
});

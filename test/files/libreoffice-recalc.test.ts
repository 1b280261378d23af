/**
 * The LibreOffice harness itself: a cached result that is deliberately wrong is
 * recomputed (recalculation on load is forced), and an uncached formula gets a value.
 */
import ExcelJS from "exceljs";
import { recalculate } from "../support/libreoffice";

jest.setTimeout(180_000);

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

it("LibreOffice recomputes a wrong cached value and fills a formula written without one", async () => {
  const stale = new ExcelJS.Workbook();
  const ws = stale.addWorksheet("S");
  ws.getCell("A1").value = 2;
  ws.getCell("A2").value = { formula: "A1*21", result: 5 } as ExcelJS.CellFormulaValue; // no fullCalcOnLoad here
  const fresh = new ExcelJS.Workbook();
  fresh.calcProperties.fullCalcOnLoad = true;
  const ws2 = fresh.addWorksheet("S");
  ws2.getCell("A1").value = 3;
  ws2.getCell("A2").value = { formula: "A1*21" } as ExcelJS.CellFormulaValue;

  const out = await recalculate({ stale: await bytesOf(stale), fresh: await bytesOf(fresh) });
  expect(out.stale.value("S", 1, 0)).toBe(42);
  expect(out.fresh.value("S", 1, 0)).toBe(63);
});

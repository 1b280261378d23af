/** The Office / Excel / OfficeExtension globals. */
import { createExcelDouble, installExcelDouble, OfficeExtensionError } from "../excel-double";

it("installs Excel, Office and OfficeExtension as globals and restores what was there", async () => {
  const g = globalThis as Record<string, unknown>;
  g.Office = "previous";
  const double = createExcelDouble({ sheets: ["预算分配"], displayLanguage: "zh-CN" });
  const uninstall = installExcelDouble(double);
  try {
    expect(Office.context.displayLanguage).toBe("zh-CN");
    const info = await Office.onReady();
    expect(info.host).toBe(Office.HostType.Excel);
    const name = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("预算分配").load("name");
      await context.sync();
      return s.name;
    });
    expect(name).toBe("预算分配");
    expect(Excel.InsertShiftDirection.down).toBe("Down");
    expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    const err = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("nope").load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect(err).toBeInstanceOf(OfficeExtensionError);
  } finally {
    uninstall();
  }
  expect(g.Office).toBe("previous");
  expect("Excel" in g).toBe(false);
  delete g.Office;
});

it("answers requirement-set checks from the configured ExcelApi version", () => {
  const d = createExcelDouble({ apiVersion: "1.12", requirementSets: { CustomFunctionsRuntime: "1.3" } });
  const req = d.Office.context.requirements;
  expect(req.isSetSupported("ExcelApi", "1.12")).toBe(true);
  expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
  expect(req.isSetSupported("ExcelApi", "1.13")).toBe(false);
  expect(req.isSetSupported("excelapi")).toBe(true);
  expect(req.isSetSupported("CustomFunctionsRuntime", "1.2")).toBe(true);
  expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
  expect(createExcelDouble({ apiVersion: "1.4" }).Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(
    false,
  );
});

it("new Excel.RequestContext() works outside Excel.run", async () => {
  const d = createExcelDouble();
  const context = new d.Excel.RequestContext();
  context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
  await context.sync();
  expect(d.workbookState.getValue("Sheet1", "A1")).toBe(1);
});

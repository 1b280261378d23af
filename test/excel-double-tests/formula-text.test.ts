/** The formula-text boundary between Excel and HyperFormula, and Excel's sheet-name quoting. */
import { sheetNeedsQuotes, parseAddress, rectA1 } from "../excel-double/address";
import { excelToHf, hfToExcel, shiftFormula } from "../excel-double/formula-text";

it("quotes sheet names as Excel does", () => {
  expect(["Sheet1", "预算分配", "Plan_2026", "a.b"].map(sheetNeedsQuotes)).toEqual([false, false, false, false]);
  expect(["预算 分配", "2026", "A1", "R1C1", "C", "a-b", "x(1)", "（预算）"].map(sheetNeedsQuotes)).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
});

it("translates Excel formulas for HyperFormula and back", () => {
  expect(excelToHf("=预算分配!A1+'预算 分配'!B2")).toBe("='预算分配'!A1+'预算 分配'!B2");
  expect(excelToHf("=IF(A1,TRUE,FALSE)")).toBe("=IF(A1,TRUE(),FALSE())");
  expect(excelToHf("=_xlfn.XLOOKUP(@A1,B:B,C:C)")).toBe("=XLOOKUP(A1,B:B,C:C)");
  expect(excelToHf('=IF(A1="","",A1)')).toBe('=IF(A1="","",A1)');
  expect(excelToHf('="预算!"&"TRUE"')).toBe('="预算!"&"TRUE"');
  expect(() => excelToHf('="say ""hi"""')).toThrow(/double quote/);
  expect(hfToExcel("='预算分配'!A1+'预算 分配'!B2+'O''Brien'!C3")).toBe("=预算分配!A1+'预算 分配'!B2+'O''Brien'!C3");
  expect(hfToExcel("=IF(TRUE(),1,FALSE())")).toBe("=IF(TRUE,1,FALSE)");
});

it("moves relative references as Excel fills formulas", () => {
  expect(shiftFormula("=E2-D2", 3, 0)).toBe("=E5-D5");
  expect(shiftFormula('=IF($D2=0,"",(E2-$D$2)/D$2)', 2, 1)).toBe('=IF($D4=0,"",(F4-$D$2)/E$2)');
  expect(shiftFormula("=PLAN.DEVIATION(H2,G2)+LOG10(A1)+SUM(A:B)", 1, 1)).toBe(
    "=PLAN.DEVIATION(I3,H3)+LOG10(B2)+SUM(B:C)",
  );
  expect(shiftFormula("='预算 分配'!A2*PlanApprovalLead", 1, 0)).toBe("='预算 分配'!A3*PlanApprovalLead");
  expect(shiftFormula('="A1"&A1', 1, 0)).toBe('="A1"&A2');
  expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
});

it("parses and prints A1 addresses", () => {
  expect(parseAddress("'预算 分配'!$B$2:C10")).toEqual({
    sheet: "预算 分配",
    rect: { row: 1, col: 1, rows: 9, cols: 2 },
  });
  expect(parseAddress("预算分配!E7")).toEqual({ sheet: "预算分配", rect: { row: 6, col: 4, rows: 1, cols: 1 } });
  expect(rectA1(parseAddress("C:A")!.rect)).toBe("A:C");
  expect(rectA1(parseAddress("3:2")!.rect)).toBe("2:3");
  expect(parseAddress("A1:")).toBeNull();
  expect(parseAddress("PlanBudget")).toBeNull();
});

import * as fc from "fast-check";
import {
  cellA1,
  columnIndex,
  columnLetters,
  parseCellA1,
  qualifiedAddress,
  rangeA1,
  sheetNameNeedsQuotes,
  splitQualifiedAddress,
} from "../../../src/domain/address/a1";

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [51, "AZ"],
  [52, "BA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16383, "XFD"],
])("column %i is %s", (index, letters) => {
  expect(columnLetters(index)).toBe(letters);
  expect(columnIndex(letters)).toBe(index);
  expect(columnIndex(letters.toLowerCase())).toBe(index);
});

test("letters and index round-trip over Excel's whole width", () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetters(i)) === i));
});

test("bad inputs are refused, not guessed", () => {
  expect(() => columnLetters(-1)).toThrow();
  expect(() => columnLetters(1.5)).toThrow();
  expect(columnIndex("")).toBeUndefined();
  expect(columnIndex("A1")).toBeUndefined();
  expect(columnIndex("ABCD")).toBeUndefined();
  expect(parseCellA1("E")).toBeUndefined();
  expect(parseCellA1("E0")).toBeUndefined();
});

test("cells and ranges", () => {
  expect(cellA1(6, 4)).toBe("E7");
  expect(parseCellA1("E7")).toEqual({ row: 6, col: 4 });
  expect(parseCellA1("$E$7")).toEqual({ row: 6, col: 4 });
  expect(rangeA1(0, 0, 0, 10)).toBe("A1:K1");
  expect(rangeA1(3, 2, 3, 2)).toBe("C4");
  expect(rangeA1(5, 3, 1, 1)).toBe("B2:D6");
});

describe("sheet-qualified addresses", () => {
  test.each([
    ["预算分配", "预算分配!E7"],
    ["Budget", "Budget!E7"],
    ["Plan Budget", "'Plan Budget'!E7"],
    ["Bob's plan", "'Bob''s plan'!E7"],
    ["2026计划", "'2026计划'!E7"],
    ["A1", "'A1'!E7"],
    ["R1C1", "'R1C1'!E7"],
    ["预算-2026", "'预算-2026'!E7"],
    ["预算（万元）", "'预算（万元）'!E7"],
    ["Plan_2026.v2", "Plan_2026.v2!E7"],
  ])("%s", (sheet, address) => {
    expect(qualifiedAddress(sheet, "E7")).toBe(address);
    expect(splitQualifiedAddress(address)).toEqual({ sheetName: sheet, a1: "E7" });
  });

  test("quotes exactly when the name is not a plain word", () => {
    expect(sheetNameNeedsQuotes("效果监控")).toBe(false);
    expect(sheetNameNeedsQuotes("Monitoring")).toBe(false);
    expect(sheetNameNeedsQuotes("My Sheet")).toBe(true);
    expect(sheetNameNeedsQuotes("TRUE")).toBe(true);
  });

  test("an address without a sheet part is not split", () => {
    expect(splitQualifiedAddress("E7")).toBeUndefined();
  });
});

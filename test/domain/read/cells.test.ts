import * as fc from "fast-check";
import { readNumberCell, splitIds, isBlankCell, isFormula, matchHeaders } from "../../../src/domain/read";
import { sheetColumns } from "../../../src/domain/schema";

describe("number cells", () => {
  test.each([
    [11, 11],
    ["11", 11],
    ["1.5%", 0.015],
    ["1.2万", 12000],
    ["1,200", 1200],
    ["-0.5", -0.5],
  ])("metric %p → %p", (raw, n) => {
    expect(readNumberCell(raw, "metric")).toEqual({ kind: "number", value: n });
  });

  test.each([["1:3.5"], ["1：3.5"]])(
    "metric %p is the ratio 3.5, marked so the check can refuse it outside an ROI",
    (raw) => {
      expect(readNumberCell(raw, "metric")).toEqual({ kind: "number", value: 3.5, ratio: true });
    },
  );

  test.each([
    ["12.5", 12.5],
    [" 12 ", 12],
    ["1.2万元", 1.2],
    ["1.2 万元", 1.2],
    ["１２", 12],
    [8, 8],
  ])("money (万元) %p → %p", (raw, n) => {
    expect(readNumberCell(raw, "money")).toEqual({ kind: "number", value: n });
  });

  test.each([["10%"], ["1亿"], ["万元"], ["十万"], ["about 5"], ["1:3.5"]])("money %p is not an amount", (raw) => {
    expect(readNumberCell(raw, "money")).toMatchObject({ kind: "invalid" });
  });

  test.each([["1.2万"], ["1.2 万"], ["１.２萬"]])(
    "money %p is ambiguous in a 万元 column (1.2 万元 or 12,000 万元?)",
    (raw) => {
      expect(readNumberCell(raw, "money")).toEqual({ kind: "invalid", text: raw, reason: "unitInAmount" });
    },
  );

  test.each([["显著提升"], ["10万次"], ["1:"], ["2:3"], [true]])("metric %p is not a number", (raw) => {
    expect(readNumberCell(raw, "metric")).toMatchObject({ kind: "invalid" });
  });

  test("blank is blank, in both kinds", () => {
    for (const raw of ["", "  ", null, undefined]) {
      expect(readNumberCell(raw, "metric")).toEqual({ kind: "blank" });
      expect(readNumberCell(raw, "money")).toEqual({ kind: "blank" });
    }
  });

  test("text that is no number is never read as a number, let alone 0", () => {
    const noDigits = fc.string().filter((s) => !/[0-9０-９]/.test(s) && s.trim() !== "");
    fc.assert(
      fc.property(
        noDigits,
        fc.constantFrom("metric", "money") as fc.Arbitrary<"metric" | "money">,
        (s, kind) => readNumberCell(s, kind).kind === "invalid",
      ),
    );
  });
});

test("link cells: one id, or several as people list them", () => {
  expect(splitIds("S1")).toEqual(["S1"]);
  expect(splitIds(" S1、S2 ")).toEqual(["S1", "S2"]);
  expect(splitIds("S1, S2；S3")).toEqual(["S1", "S2", "S3"]);
  expect(splitIds("")).toEqual([]);
  expect(splitIds(7)).toEqual(["7"]);
});

test("blank and formula cells", () => {
  expect([null, undefined, "", "  "].every(isBlankCell)).toBe(true);
  expect([0, "0", false].some(isBlankCell)).toBe(false);
  expect(isFormula("=A1")).toBe(true);
  expect(isFormula(" =A1")).toBe(false);
  expect(isFormula(1)).toBe(false);
});

test("header matching: any language, any order, extras ignored, repeats noted", () => {
  const m = matchHeaders(
    ["备注", "Actual (10k)", "預算金額（萬元）", "项目类别", "actual(10K)"],
    sheetColumns("budget"),
  );
  expect(Object.fromEntries(m.columns)).toEqual({ actual: 1, budget: 2, category: 3 });
  expect(m.repeats).toEqual([{ key: "actual", index: 4 }]);
});

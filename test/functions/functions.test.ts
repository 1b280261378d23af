import { approval, deviation, explain, roi, status, variance, variancePct } from "../../src/functions/functions";
import { functionsLang, setFunctionsLang } from "../../src/functions/lang";
import { planError } from "../../src/functions/errors";
import { codeOf, col, m, only, row } from "./helpers";

afterEach(() => setFunctionsLang(undefined));

describe("ranges spill with the same shape", () => {
  test("column, row and 2-D block", () => {
    expect(deviation(col(1.5, 12, 75), col(2, 15, 80))).toEqual([[-0.25], [-0.2], [-0.0625]]);
    expect(deviation(row(1.5, 12, 75), row(2, 15, 80))).toEqual([[-0.25, -0.2, -0.0625]]);
    expect(
      variance(
        [
          [11, 18],
          [4.5, 10],
        ],
        [
          [10, 20],
          [5, 10],
        ],
      ),
    ).toEqual([
      [1, -2],
      [-0.5, 0],
    ]);
  });

  test("a 1×1 argument broadcasts against a range (a threshold cell)", () => {
    // Overruns of 5%, 12%, 60%: lead threshold 10% (default) vs a 4% threshold cell.
    setFunctionsLang("en-US");
    expect(approval(col(10.5, 11.2, 16), m(10))).toEqual([["None"], ["Marketing lead"], ["General manager"]]);
    expect(approval(col(10.5, 11.2, 16), m(10), m(0.04))).toEqual([
      ["Marketing lead"],
      ["Marketing lead"],
      ["General manager"],
    ]);
    expect(approval(col(10.5, 11.2, 16), col(10, 10, 10), m(0.04), m(0.7))).toEqual([
      ["Marketing lead"],
      ["Marketing lead"],
      ["Marketing lead"],
    ]);
    expect(deviation(m(90), row(100, 80, 90))).toEqual([[-0.1, 0.125, 0]]);
  });

  test("a range of thresholds per row", () => {
    expect(explain(col(11.5, 11.5), col(10, 10), col(0.1, 0.2))).toEqual([[true], [false]]);
  });

  test("mismatched shapes give one #VALUE! with a message", () => {
    for (const result of [
      deviation(col(1, 2, 3), col(1, 2)),
      deviation(col(1, 2), row(1, 2)),
      status(col(1, 2), col(1, 2), col("≥", "≤", "=")),
      approval(col(1, 2), col(1, 2), m(0.1), row(0.5, 0.6)),
    ]) {
      const cell = only(result);
      expect(codeOf(cell)).toBe("#VALUE!");
      expect((cell as { message: string }).message).toMatch(/same size: \d×\d and \d×\d/);
    }
  });

  test("malformed arrays (empty, ragged, 1-D) give #VALUE!", () => {
    expect(codeOf(only(deviation([], m(1))))).toBe("#VALUE!");
    expect(codeOf(only(deviation([[]], m(1))))).toBe("#VALUE!");
    expect(codeOf(only(deviation([[1, 2], [3]], m(1))))).toBe("#VALUE!");
    expect(codeOf(only(deviation([1, 2] as unknown as unknown[][], m(1))))).toBe("#VALUE!");
  });

  test("plain values count as 1×1 (hosts other than Excel)", () => {
    expect(deviation(1.5 as unknown as unknown[][], 2 as unknown as unknown[][])).toEqual([[-0.25]]);
  });
});

describe("cell values", () => {
  test("blank inputs give a blank result, never 0 or −100%", () => {
    for (const blank of [null, undefined, "", "  "]) {
      expect(only(deviation(m(blank), m(0.02)))).toBe("");
      expect(only(status(m(blank), m(0.02)))).toBe("");
      expect(only(variance(m(blank), m(10)))).toBe("");
      expect(only(variancePct(m(blank), m(10)))).toBe("");
      expect(only(approval(m(blank), m(10)))).toBe("");
      expect(only(explain(m(blank), m(10)))).toBe("");
      expect(only(roi(m(blank), m(100)))).toBe("");
    }
    expect(deviation(col(1.5, null, ""), col(2, 2, 2))).toEqual([[-0.25], [""], [""]]);
  });

  test("text that is no number gives #VALUE!", () => {
    expect(codeOf(only(deviation(m("abc"), m(2))))).toBe("#VALUE!");
    expect(codeOf(only(deviation(m(1), m("n/a"))))).toBe("#VALUE!");
    expect(codeOf(only(variance(m(true), m(10))))).toBe("#VALUE!");
    expect(codeOf(only(status(m(1), m(2), m("up"))))).toBe("#VALUE!");
    expect(codeOf(only(roi(m(360), m(100), m("gross"))))).toBe("#VALUE!");
    expect(codeOf(only(approval(m(11), m(10), m("ten"))))).toBe("#VALUE!");
    expect(codeOf(only(variance(m(-1), m(10))))).toBe("#VALUE!");
  });

  test("numbers typed as text are read", () => {
    expect(only(deviation(m("1.5%"), m("2%")))).toBe(-0.25);
    // An amount column is in 万元: "1.2万" could be 1.2 or 12,000, so it is #VALUE!, as the check reports it.
    expect(codeOf(only(variance(m("1.2万"), m("10000"))))).toBe("#VALUE!");
    expect(only(variance(m("１２"), m(" 10 ")))).toBe(2);
    expect(only(deviation(m("１２"), m(15)))).toBe(-0.2);
  });

  test("division by zero gives #DIV/0!", () => {
    expect(codeOf(only(deviation(m(5), m(0))))).toBe("#DIV/0!");
    expect(only(variancePct(m(5), m(0)))).toBe("无预算"); // an unbudgeted line, not a bare #DIV/0!
    expect(codeOf(only(roi(m(360), m(0))))).toBe("#DIV/0!");
    expect(codeOf(only(roi(m(360), m(-1))))).toBe("#DIV/0!");
    const spilled = deviation(col(1, 1), col(0, 2));
    expect(codeOf(spilled[0][0])).toBe("#DIV/0!");
    expect(spilled[1][0]).toBe(-0.5);
  });

  test("results too large for a cell give an error value, never Infinity", () => {
    // The domain reports overflow as #VALUE!; the shell's #NUM! backstop covers any number it might still let through.
    for (const cell of [
      only(deviation(m(1.7e308), m(-1.7e308))),
      only(roi(m(1e308), m(0.01))),
      only(variancePct(m(1e308), m(1e-300))),
    ]) {
      expect(["#VALUE!", "#NUM!"]).toContain(codeOf(cell));
    }
  });

  test("thresholds: exclusive, tolerant of floating point, blank = default", () => {
    // budget 1.0, actual 1.1 is exactly a 10% overrun: not above 10%.
    setFunctionsLang("en-US");
    expect(only(approval(m(1.1), m(1)))).toBe("None");
    expect(only(approval(m(1.1000001), m(1)))).toBe("Marketing lead");
    expect(only(approval(m(1.5), m(1)))).toBe("Marketing lead");
    expect(only(approval(m(1.51), m(1)))).toBe("General manager");
    expect(only(approval(m(0.01), m(0)))).toBe("General manager"); // unbudgeted spend
    expect(only(approval(m(1.2), m(1), m(""), m(null)))).toBe("Marketing lead");
    expect(only(explain(m(1.1), m(1)))).toBe(false);
    expect(only(explain(m(1.2), m(1)))).toBe(true);
    expect(only(explain(m(1.2), m(1), m(0.1), m(0.5)))).toBe(false); // below the materiality floor
    expect(only(status(m(0.8), m(1)))).toBe("Alert"); // shortfall 20% = alert threshold
    expect(only(status(m(0.81), m(1)))).toBe("Warning");
    expect(only(status(m(0.99), m(1), m("≥"), m(0.2), m(0.01)))).toBe("On track");
    expect(only(status(m(1.3), m(1), m("≤")))).toBe("Alert");
    expect(only(status(m(1.05), m(1), m("=")))).toBe("Warning");
  });
});

describe("language of text results", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("zh-CN by default, also without Office", () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    expect(functionsLang()).toBe("zh-CN");
    expect(only(status(m(0.015), m(0.02)))).toBe("告警");
    expect(only(status(m(75), m(80)))).toBe("预警");
    expect(only(status(m(80), m(80)))).toBe("达标");
    expect(only(approval(m(12), m(10)))).toBe("营销负责人");
    expect(only(approval(m(16), m(10)))).toBe("总经理");
    expect(only(approval(m(10), m(10)))).toBe("无需审批");
  });

  test("follows Office's display language", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-GB" } };
    expect(only(status(m(75), m(80)))).toBe("Warning");
    setFunctionsLang(undefined);
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "zh-TW" } };
    expect(only(status(m(75), m(80)))).toBe("预警");
  });

  test("before Office is initialised the default is used and not cached", () => {
    (globalThis as { Office?: unknown }).Office = {};
    expect(functionsLang()).toBe("zh-CN");
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(functionsLang()).toBe("en-US");
  });

  test("setFunctionsLang overrides", () => {
    setFunctionsLang("en-US");
    expect(only(approval(m(16), m(10)))).toBe("General manager");
  });
});

describe("error values", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test("without Excel: plain { code, message } objects", () => {
    const e = only(deviation(m(1), m(0)));
    expect(e).toEqual({ code: "#DIV/0!", message: expect.stringContaining("Target is 0") });
  });

  test("in Excel: instances of CustomFunctions.Error", () => {
    class FakeExcelError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeExcelError,
      associate: () => undefined,
    };
    const e = only(deviation(m(1), m(0)));
    expect(e).toBeInstanceOf(FakeExcelError);
    expect(codeOf(e)).toBe("#DIV/0!");
    expect(planError("#N/A", "x")).toBeInstanceOf(FakeExcelError);
  });

  test("office.js's early CustomFunctions object (associate only) is not mistaken for the runtime", () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
    expect(only(deviation(m(1), m(0)))).toEqual({ code: "#DIV/0!", message: expect.any(String) });
  });
});

/** Excel's batching: queued writes, load before read, errors at sync. */
import { setup, rejection } from "./helpers";

describe("property loading", () => {
  it("throws PropertyNotLoaded for a property never loaded, and before the sync that loads it", async () => {
    const { run } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      let err: { code?: string; message?: string } = {};
      try {
        void range.values;
      } catch (e) {
        err = e as typeof err;
      }
      expect(err.code).toBe("PropertyNotLoaded");
      expect(err.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      range.load("values");
      expect(() => range.values).toThrow(/'values' is not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it("loads with strings, arrays, paths and select objects; load() loads every scalar property", async () => {
    const { run, state } = setup();
    state.setCell("Sheet1", "A1", 5);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1").load(["values", "address"]);
      const b = sheet.getRange("A1").load({ select: "formulas" });
      const c = sheet.getRange("A1").load("format/fill/color, format/font/bold");
      const d = sheet.getRange("A1").load();
      await context.sync();
      expect(a.values).toEqual([[5]]);
      expect(a.address).toBe("Sheet1!A1");
      expect(b.formulas).toEqual([[5]]);
      expect(() => b.values).toThrow(/not available/);
      expect(c.format.fill.color).toBe("#FFFFFF");
      expect(c.format.font.bold).toBe(false);
      expect(d.values).toEqual([[5]]);
      expect(d.rowCount).toBe(1);
      expect(d.numberFormat).toEqual([["General"]]);
    });
  });

  it("a property set locally reads back without a load (as Office keeps the written value)", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [[1, 2]];
      expect(r.values).toEqual([[1, 2]]);
      await context.sync();
    });
  });

  it("collection items need a load; items carry the loaded properties", async () => {
    const { run } = setup({ sheets: ["A", "B"] });
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
      const count = sheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded yet/);
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("queued writes", () => {
  it("applies property writes and method calls only at context.sync()", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, "=A1+A2"],
      ];
      sheet.name = "Renamed";
      await Promise.resolve();
      expect(state.getValue("Sheet1", "A1")).toBe("");
      expect(state.sheetNames()).toEqual(["Sheet1"]);
      await context.sync();
      expect(state.sheetNames()).toEqual(["Renamed"]);
      expect(state.getValues("Renamed", "A1:B2")).toEqual([
        [1, 2],
        [3, 4],
      ]);
    });
  });

  it("applies actions in the order they were queued", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[1]];
      r.values = [[2]];
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      r.values = [[3]];
      await context.sync();
      expect(read.values).toEqual([[2]]);
      expect(state.getValue("Sheet1", "A1")).toBe(3);
    });
  });

  it("Excel.run sends what is still queued when the batch ends", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["late"]];
      return Promise.resolve();
    });
    expect(state.getValue("Sheet1", "C3")).toBe("late");
  });

  it("Excel.run rejects a batch that does not return a promise", async () => {
    const { double } = setup();
    const err = await rejection(double.Excel.run((() => undefined) as unknown as () => Promise<void>));
    expect(err.code).toBe("RunMustReturnPromise");
  });

  it("broadcasts a single value to every cell, and leaves cells alone for null entries", async () => {
    const { run, state } = setup();
    state.setCell("Sheet1", "B1", "keep");
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:C3").values = 7 as never;
      sheet.getRange("A2:C3").numberFormat = "0.00" as never;
      sheet.getRange("A1:C1").values = [["x", null, ""]];
      await context.sync();
    });
    expect(state.getValues("Sheet1", "A1:C3")).toEqual([
      ["x", "keep", ""],
      [7, 7, 7],
      [7, 7, 7],
    ]);
    expect(state.getText("Sheet1", "C3")).toBe("7.00");
  });
});

describe("errors at sync", () => {
  it("rejects a values array whose shape differs from the range with InvalidArgument; earlier actions stay, later ones are dropped", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B3").values = [[1, 2, 3]];
      sheet.getRange("A4").values = [["after"]];
      const err = await rejection(context.sync());
      expect(err.code).toBe("InvalidArgument");
      expect(err.name).toBe("RichApi.Error");
      expect(err.debugInfo.errorLocation).toBe("Range.values");
    });
    expect(state.getValue("Sheet1", "A1")).toBe("before");
    expect(state.getValue("Sheet1", "A2")).toBe("");
    expect(state.getValue("Sheet1", "A4")).toBe("");
  });

  it("rejects formulas and numberFormat arrays of the wrong shape too", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      r.formulas = [["=1"]];
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
      r.numberFormat = [["0"], ["0"], ["0"]];
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
  });

  it("getItem of a missing worksheet rejects with ItemNotFound at sync; getItemOrNullObject gives a null object", async () => {
    const { run } = setup();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Nope");
      // usable for chaining before the sync
      const range = missing.getRange("A1");
      range.load("values");
      const err = await rejection(context.sync());
      expect(err.code).toBe("ItemNotFound");

      const maybe = context.workbook.worksheets.getItemOrNullObject("Nope");
      const there = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => maybe.isNullObject).toThrow(/not available/);
      maybe.load("name");
      there.load("name");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(there.name).toBe("Sheet1");
    });
  });

  it("a rejected sync leaves no loaded values on the proxies", async () => {
    const { run } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const ok = sheet.getRange("A1").load("address");
      context.workbook.worksheets.getItem("Nope").load("name");
      await rejection(context.sync());
      expect(() => ok.address).toThrow(/not available/);
    });
  });

  it("failNextSync makes the next request fail without applying it", async () => {
    const { run, state } = setup();
    state.failNextSync("AccessDenied");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      expect((await rejection(context.sync())).code).toBe("AccessDenied");
      expect(state.getValue("Sheet1", "A1")).toBe("");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(state.getValue("Sheet1", "A1")).toBe(2);
  });

  it("objects of a finished Excel.run cannot be used afterwards", async () => {
    const { run } = setup();
    let kept: Excel.Range | undefined;
    await run(async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    kept!.load("values");
    expect((await rejection(kept!.context.sync())).code).toBe("InvalidObjectPath");
  });
});

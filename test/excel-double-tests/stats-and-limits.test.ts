/** Round trips and payload sizes, and Excel on the web's 5 MB request limit. */
import { utf8Length } from "../excel-double";
import { setup, rejection } from "./helpers";

it("utf8Length counts UTF-8 bytes without Buffer", () => {
  expect(utf8Length("abc")).toBe(3);
  expect(utf8Length("预算")).toBe(6);
  expect(utf8Length("é")).toBe(2);
  expect(utf8Length("😀")).toBe(4);
});

it("counts context.sync() calls and round trips; empty syncs cost no round trip", async () => {
  const { run, stats } = setup();
  await run(async (context) => {
    await context.sync();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await context.sync();
    context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
  });
  expect(stats.runs).toBe(1);
  expect(stats.syncs).toBe(2);
  expect(stats.roundTrips).toBe(2); // the second sync and Excel.run's final flush
  stats.reset();
  expect([stats.syncs, stats.roundTrips, stats.requestBytes, stats.log.length]).toEqual([0, 0, 0, 0]);
});

it("measures the request: written values count, CJK text as 3 bytes a character", async () => {
  const { run, stats } = setup();
  const write = (text: string) =>
    run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = Array.from({ length: 1000 }, () => [
        text,
      ]);
      await context.sync();
    });
  await write("ab");
  const ascii = stats.requestBytes;
  stats.reset();
  await write("预算");
  const cjk = stats.requestBytes;
  // each of the 1000 cells: 2 bytes of "ab" vs 6 bytes of "预算"
  expect(cjk - ascii).toBe(4000);
  expect(stats.maxRequestBytes).toBe(cjk);
  expect(stats.log).toHaveLength(1);
});

it("measures the response: loaded data", async () => {
  const { run, stats, state } = setup();
  state.setCell(
    "Sheet1",
    "A1:A100",
    Array.from({ length: 100 }, () => ["预算分配"]),
  );
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
    await context.sync();
  });
  expect(stats.responseBytes).toBeGreaterThan(100 * utf8Length('["预算分配"]'));
  expect(stats.responseBytes).toBe(stats.maxResponseBytes);
});

it("rejects a request over the payload limit with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
  const { run, state, stats } = setup({ payloadLimitBytes: 50_000 });
  const big = Array.from({ length: 2000 }, (_, i) => [`row ${i} 预算分配`]);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1").values = [["small"]];
    sheet.getRange("A1:A2000").values = big;
    const err = await rejection(context.sync());
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(err.message).toMatch(/request payload size has exceeded the limit/);
    // the same data in two requests fits
    sheet.getRange("A1:A1000").values = big.slice(0, 1000);
    await context.sync();
    sheet.getRange("A1001:A2000").values = big.slice(1000);
    await context.sync();
  });
  expect(state.getValue("Sheet1", "B1")).toBe("");
  expect(state.getValue("Sheet1", "A2000")).toBe("row 1999 预算分配");
  expect(stats.log.map((l) => l.outcome)).toEqual(["RequestPayloadSizeLimitExceeded", "ok", "ok"]);
});

it("the default limit is Excel on the web's 5 MB", async () => {
  const { run } = setup();
  const row = "x".repeat(1000);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5100").values = Array.from({ length: 5100 }, () => [
      row,
    ]);
    expect((await rejection(context.sync())).code).toBe("RequestPayloadSizeLimitExceeded");
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4900").values = Array.from({ length: 4900 }, () => [
      row,
    ]);
    await context.sync();
  });
});

it("can limit responses too", async () => {
  const { run, state } = setup({ responseLimitBytes: 10_000 });
  state.setCell(
    "Sheet1",
    "A1:A2000",
    Array.from({ length: 2000 }, () => ["abcdefghij"]),
  );
  await run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000").load("values");
    expect((await rejection(context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => r.values).toThrow(/not available/);
  });
});

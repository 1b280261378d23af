import { rejection, setup } from "./helpers";

function withData() {
  const s = setup();
  s.state.setCell("Sheet1", "A1:C4", [
    ["类别", "预算", "实际"],
    ["渠道费用", 35, 36.5],
    ["推广费用", 20, 18],
    ["物料制作费", 5, 4.5],
  ]);
  return s;
}

test("charts.add by columns: the header row names the series, the first column gives the categories", async () => {
  const { run, state } = withData();
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    const chart = ws.charts.add(
      "ColumnClustered" as Excel.ChartType,
      ws.getRange("A1:C4"),
      "Auto" as Excel.ChartSeriesBy,
    );
    chart.title.text = "预算 vs 实际";
    chart.setPosition("E2", "L16");
    await context.sync();
  });
  const [chart] = state.charts("Sheet1");
  expect(chart).toMatchObject({ name: "Chart 1", chartType: "ColumnClustered", title: "预算 vs 实际" });
  expect(chart.series.map((s) => [s.name, s.values, s.categories])).toEqual([
    ["预算", "Sheet1!$B$2:$B$4", "Sheet1!$A$2:$A$4"],
    ["实际", "Sheet1!$C$2:$C$4", "Sheet1!$A$2:$A$4"],
  ]);
  expect(chart.series[1].data).toEqual([36.5, 18, 4.5]);
  expect(chart.position).toEqual({ left: 4 * 48, top: 15, width: 8 * 48, height: 15 * 15 });
});

test("series by rows; values follow the cells; series load and data-source strings as Office returns them", async () => {
  const { run, state } = withData();
  const out = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    const chart = ws.charts.add("Line" as Excel.ChartType, ws.getRange("A1:C4"), "Rows" as Excel.ChartSeriesBy);
    chart.series.load("items/name");
    const source = chart.series.getItemAt(0).getDimensionDataSourceString("Values" as Excel.ChartSeriesDimension);
    await context.sync();
    return { names: chart.series.items.map((s) => s.name), source: source.value };
  });
  expect(out.names).toEqual(["渠道费用", "推广费用", "物料制作费"]);
  expect(out.source).toBe("Sheet1!$B$2:$C$2");
  state.setCell("Sheet1", "B2", 40);
  expect(state.charts("Sheet1")[0].series[0].data).toEqual([40, 36.5]);
});

test("load, delete and errors: a deleted chart is gone, an unknown type is InvalidArgument at sync", async () => {
  const { run, state } = withData();
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.charts.add("Pie" as Excel.ChartType, ws.getRange("A1:B4"));
    ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("A1:C4"));
    await context.sync();
    ws.charts.load("items/name,items/chartType");
    await context.sync();
    expect(ws.charts.items.map((c) => [c.name, c.chartType])).toEqual([
      ["Chart 1", "Pie"],
      ["Chart 2", "BarClustered"],
    ]);
    ws.charts.items[0].delete();
    await context.sync();
  });
  expect(state.charts("Sheet1").map((c) => c.name)).toEqual(["Chart 2"]);
  const e = await rejection(
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.charts.add("Bogus" as Excel.ChartType, ws.getRange("A1:C4"));
      await context.sync();
    }),
  );
  expect(e.code).toBe("InvalidArgument");
  const missing = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").charts.getItem("Chart 9").load("name");
      await context.sync();
    }),
  );
  expect(missing.code).toBe("ItemNotFound");
});

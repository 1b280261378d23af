/** Excel.ChartCollection, Chart, ChartTitle, ChartSeriesCollection and ChartSeries (worksheet.charts). */
import { qualifiedAddress } from "../address";
import { excelError } from "../errors";
import { makeChart, type ChartModel, type SeriesModel } from "../model/charts";
import { ClientObject, NULL, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { int, modelOf, type RangeTarget, type SheetTarget } from "./util";
import type { Range } from "./range";

interface ChartTarget extends SheetTarget {
  chart: ChartModel;
}
interface SeriesTarget extends ChartTarget {
  series: SeriesModel;
}

const chartsOf = (o: ClientObject, sheetId: number, location: string) => modelOf(o).sheet(sheetId, location).charts;

function alive(o: ClientObject, t: AnyTarget, location: string): ChartModel {
  const ct = t as ChartTarget;
  if (!chartsOf(o, ct.sheetId, location).includes(ct.chart))
    throw excelError("ItemNotFound", location, "the chart was deleted");
  return ct.chart;
}

function seriesAlive(o: ClientObject, t: AnyTarget, location: string): SeriesModel {
  const st = t as SeriesTarget;
  if (!alive(o, t, location).series.includes(st.series))
    throw excelError("ItemNotFound", location, "the series was deleted");
  return st.series;
}

function rangeArg(o: ClientObject, r: Range | string, sheetId: number, location: string): RangeTarget {
  if (typeof r === "string") return { sheetId, rect: modelOf(o).resolveAddress(sheetId, r, location) };
  const t = r._target() as RangeTarget | typeof NULL;
  if (t === NULL) throw excelError("InvalidArgument", location, "the range is a null object");
  return t;
}

export class ChartTitle extends ClientObject {
  static override typeName = "ChartTitle";
  static override props: Record<string, PropDef> = {
    text: {
      get: (t, o) => alive(o, t, "ChartTitle.text").title.text,
      set: (t, v, o) => {
        alive(o, t, "ChartTitle.text").title.text = String(v ?? "");
      },
    },
    visible: {
      get: (t, o) => alive(o, t, "ChartTitle.visible").title.visible,
      set: (t, v, o) => {
        alive(o, t, "ChartTitle.visible").title.visible = Boolean(v);
      },
    },
  };
}
defineProps(ChartTitle);

export class ChartSeries extends ClientObject {
  static override typeName = "ChartSeries";
  static override props: Record<string, PropDef> = {
    name: {
      get: (t, o) => seriesAlive(o, t, "ChartSeries.name").name,
      set: (t, v, o) => {
        seriesAlive(o, t, "ChartSeries.name").name = String(v ?? "");
      },
    },
    chartType: {
      get: (t, o) => seriesAlive(o, t, "ChartSeries.chartType").chartType,
      set: (t, v, o) => {
        seriesAlive(o, t, "ChartSeries.chartType").chartType = String(v);
      },
    },
  };
  setValues(sourceData: Range | string): void {
    this._call("SetValues", [sourceData], (t: SeriesTarget) => {
      seriesAlive(this, t, "ChartSeries.setValues").values = rangeArg(
        this,
        sourceData,
        t.sheetId,
        "ChartSeries.setValues",
      );
    });
  }
  setXAxisValues(sourceData: Range | string): void {
    this._call("SetXAxisValues", [sourceData], (t: SeriesTarget) => {
      seriesAlive(this, t, "ChartSeries.setXAxisValues").categories = rangeArg(
        this,
        sourceData,
        t.sheetId,
        "ChartSeries.setXAxisValues",
      );
    });
  }
  /** ExcelApi 1.15: the address a dimension reads from ("Values", "Categories" / "XValues"). */
  getDimensionDataSourceString(dimension: string) {
    return this._callResult("GetDimensionDataSourceString", [dimension], (t: SeriesTarget) => {
      const s = seriesAlive(this, t, "ChartSeries.getDimensionDataSourceString");
      const ref =
        dimension === "Values"
          ? s.values
          : dimension === "Categories" || dimension === "XValues"
            ? s.categories
            : undefined;
      if (ref === undefined)
        throw excelError(
          "InvalidArgument",
          "ChartSeries.getDimensionDataSourceString",
          `unknown dimension ${dimension}`,
        );
      return ref ? qualifiedAddress(modelOf(this).sheet(ref.sheetId).name, ref.rect, true) : "";
    });
  }
  delete(): void {
    this._call("Delete", [], (t: SeriesTarget) => {
      const chart = alive(this, t, "ChartSeries.delete");
      chart.series = chart.series.filter((s) => s !== seriesAlive(this, t, "ChartSeries.delete"));
    });
  }
}
defineProps(ChartSeries);

export class ChartSeriesCollection extends ClientObject {
  static override typeName = "ChartSeriesCollection";
  static override props: Record<string, PropDef> = {
    count: { get: (t, o) => alive(o, t, "ChartSeriesCollection.count").series.length },
  };
  static get collection() {
    return {
      item: ChartSeries,
      items: (t: AnyTarget, o: ClientObject) =>
        alive(o, t, "ChartSeriesCollection").series.map((series) => ({ ...(t as ChartTarget), series })),
    };
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, this, { name: "GetItemAt", args: [index] }, (t: ChartTarget) => {
      const s = alive(this, t, "ChartSeriesCollection.getItemAt").series[
        int(index, "ChartSeriesCollection.getItemAt", "index", 0)
      ];
      if (!s) throw excelError("ItemNotFound", "ChartSeriesCollection.getItemAt", `no series ${index}`);
      return { ...t, series: s };
    });
  }
  add(name?: string, index?: number): ChartSeries {
    return new ChartSeries(this.context, this, { name: "Add", args: [name, index] }, (t: ChartTarget) => {
      const chart = alive(this, t, "ChartSeriesCollection.add");
      const series: SeriesModel = {
        name: name ?? `Series${chart.series.length + 1}`,
        chartType: chart.chartType,
        values: null,
        categories: null,
      };
      chart.series.splice(index ?? chart.series.length, 0, series);
      return { ...t, series };
    });
  }
  getCount() {
    return this._callResult(
      "GetCount",
      [],
      (t: ChartTarget) => alive(this, t, "ChartSeriesCollection.getCount").series.length,
    );
  }
}
defineProps(ChartSeriesCollection);

export class Chart extends ClientObject {
  static override typeName = "Chart";
  static override navs = ["title", "series"] as const;
  static override props: Record<string, PropDef> = {
    id: { get: (t, o) => alive(o, t, "Chart.id").id },
    name: {
      get: (t, o) => alive(o, t, "Chart.name").name,
      set: (t, v, o) => {
        const chart = alive(o, t, "Chart.name");
        const name = String(v ?? "");
        if (
          chartsOf(o, (t as ChartTarget).sheetId, "Chart.name").some(
            (c) => c !== chart && c.name.toLowerCase() === name.toLowerCase(),
          )
        )
          throw excelError("InvalidArgument", "Chart.name", `a chart named ${name} exists`);
        chart.name = name;
      },
    },
    chartType: {
      get: (t, o) => alive(o, t, "Chart.chartType").chartType,
      set: (t, v, o) => {
        alive(o, t, "Chart.chartType").chartType = String(v);
      },
    },
    top: {
      get: (t, o) => alive(o, t, "Chart.top").position.top,
      set: (t, v, o) => void (alive(o, t, "Chart.top").position.top = Number(v)),
    },
    left: {
      get: (t, o) => alive(o, t, "Chart.left").position.left,
      set: (t, v, o) => void (alive(o, t, "Chart.left").position.left = Number(v)),
    },
    width: {
      get: (t, o) => alive(o, t, "Chart.width").position.width,
      set: (t, v, o) => void (alive(o, t, "Chart.width").position.width = Number(v)),
    },
    height: {
      get: (t, o) => alive(o, t, "Chart.height").position.height,
      set: (t, v, o) => void (alive(o, t, "Chart.height").position.height = Number(v)),
    },
  };
  get title(): ChartTitle {
    return this._nav("title", () => new ChartTitle(this.context, this, { name: "Title" }, (t) => t));
  }
  get series(): ChartSeriesCollection {
    return this._nav("series", () => new ChartSeriesCollection(this.context, this, { name: "Series" }, (t) => t));
  }
  /** Places the chart over the cells from startCell to endCell (its top-left cell alone keeps the size). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call("SetPosition", [startCell, endCell], (t: ChartTarget) => {
      const chart = alive(this, t, "Chart.setPosition");
      const start = rangeArg(this, startCell, t.sheetId, "Chart.setPosition").rect;
      const end = endCell === undefined ? null : rangeArg(this, endCell, t.sheetId, "Chart.setPosition").rect;
      chart.anchor = { start, end };
      // Default cell size: 64 × 20 px → 48 × 15 pt.
      chart.position.left = start.col * 48;
      chart.position.top = start.row * 15;
      if (end) {
        chart.position.width = (end.col + end.cols - start.col) * 48;
        chart.position.height = (end.row + end.rows - start.row) * 15;
      }
    });
  }
  delete(): void {
    this._call("Delete", [], (t: ChartTarget) => {
      const sheet = modelOf(this).sheet(t.sheetId, "Chart.delete");
      alive(this, t, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== t.chart);
    });
  }
}
defineProps(Chart);

export class ChartCollection extends ClientObject {
  static override typeName = "ChartCollection";
  static override props: Record<string, PropDef> = {
    count: { get: (t, o) => chartsOf(o, (t as SheetTarget).sheetId, "ChartCollection.count").length },
  };
  static get collection() {
    return {
      item: Chart,
      items: (t: AnyTarget, o: ClientObject) =>
        chartsOf(o, (t as SheetTarget).sheetId, "ChartCollection").map((chart) => ({
          sheetId: (t as SheetTarget).sheetId,
          chart,
        })),
    };
  }
  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    return new Chart(this.context, this, { name: "Add", args: [type, sourceData, seriesBy] }, (t: SheetTarget) => {
      const src = rangeArg(this, sourceData, t.sheetId, "ChartCollection.add");
      const wb = modelOf(this);
      const charts = chartsOf(this, t.sheetId, "ChartCollection.add");
      const chart = makeChart(
        charts,
        type,
        src.sheetId,
        src.rect,
        wb.values(src.sheetId, src.rect, "ChartCollection.add"),
        seriesBy,
        "ChartCollection.add",
      );
      charts.push(chart);
      return { sheetId: t.sheetId, chart };
    });
  }
  private _find(t: SheetTarget, key: string): ChartTarget | undefined {
    const chart = chartsOf(this, t.sheetId, "ChartCollection.getItem").find(
      (c) => c.name.toLowerCase() === String(key).toLowerCase() || c.id === key,
    );
    return chart ? { sheetId: t.sheetId, chart } : undefined;
  }
  getItem(name: string): Chart {
    return new Chart(this.context, this, { name: "GetItem", args: [name] }, (t: SheetTarget) => {
      const found = this._find(t, name);
      if (!found) throw excelError("ItemNotFound", "ChartCollection.getItem", `no chart ${name}`);
      return found;
    });
  }
  getItemOrNullObject(name: string): Chart {
    return new Chart(
      this.context,
      this,
      { name: "GetItemOrNullObject", args: [name] },
      (t: SheetTarget) => this._find(t, name) ?? NULL,
    );
  }
  getItemAt(index: number): Chart {
    return new Chart(this.context, this, { name: "GetItemAt", args: [index] }, (t: SheetTarget) => {
      const chart = chartsOf(this, t.sheetId, "ChartCollection.getItemAt")[
        int(index, "ChartCollection.getItemAt", "index", 0)
      ];
      if (!chart) throw excelError("ItemNotFound", "ChartCollection.getItemAt", `no chart ${index}`);
      return { sheetId: t.sheetId, chart };
    });
  }
  getCount() {
    return this._callResult(
      "GetCount",
      [],
      (t: SheetTarget) => chartsOf(this, t.sheetId, "ChartCollection.getCount").length,
    );
  }
}
defineProps(ChartCollection);

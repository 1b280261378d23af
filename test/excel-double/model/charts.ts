/**
 * Charts of a worksheet, as Excel builds them from a source range: series by
 * columns (or rows), the first row naming the series when it holds text, the
 * first column giving the categories when it holds text. Series point at
 * ranges (by sheet id, so renames follow); the values are read from the cells
 * when asked, as a chart redraws from its ranges.
 */
import { excelError } from "../errors";
import type { Rect } from "./rect";

export interface RangeRef {
  sheetId: number;
  rect: Rect;
}

export interface SeriesModel {
  name: string;
  chartType: string;
  values: RangeRef | null;
  categories: RangeRef | null;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  title: { text: string; visible: boolean };
  series: SeriesModel[];
  position: { top: number; left: number; width: number; height: number };
  /** Top-left and bottom-right cells set by setPosition, when set. */
  anchor: { start: Rect; end: Rect | null } | null;
}

/** The chart types the add-in and its tests use (Excel.ChartType names); others are rejected, as Excel rejects unknown ones. */
export const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "XYScatterLines",
]);

export type SeriesBy = "Auto" | "Columns" | "Rows";

const isText = (v: unknown) => typeof v === "string" && v.trim() !== "";

let nextChartId = 1;

/**
 * A new chart from `source` (cell values as the sheet holds them). Auto takes
 * series by columns unless the range is wider than tall, as Excel does.
 */
export function makeChart(
  sheetCharts: readonly ChartModel[],
  type: unknown,
  sheetId: number,
  source: Rect,
  values: unknown[][],
  seriesBy: unknown,
  location: string,
): ChartModel {
  const chartType = String(type ?? "");
  if (!CHART_TYPES.has(chartType)) throw excelError("InvalidArgument", location, `unknown chart type ${chartType}`);
  const by = String(seriesBy ?? "Auto");
  if (!["Auto", "Columns", "Rows"].includes(by))
    throw excelError("InvalidArgument", location, `seriesBy must be Auto, Columns or Rows, got ${by}`);
  const byColumns = by === "Columns" || (by === "Auto" && source.rows >= source.cols);
  // Read the range as if series ran down columns; transpose the idea for rows.
  const at = (i: number, j: number) => (byColumns ? values[i]?.[j] : values[j]?.[i]);
  const along = byColumns ? source.rows : source.cols; // points per series (with the header)
  const across = byColumns ? source.cols : source.rows; // series (with the category column)
  // The first row names the series when its value cells hold text; the first column gives categories when it holds text.
  const valueCols = across > 1 ? Array.from({ length: across - 1 }, (_, k) => k + 1) : [0];
  const headed = along > 1 && valueCols.every((j) => isText(at(0, j)));
  const labelled =
    across > 1 &&
    Array.from({ length: along - (headed ? 1 : 0) }, (_, k) => k + (headed ? 1 : 0)).some((i) => isText(at(i, 0)));
  const first = headed ? 1 : 0;
  const cell = (i0: number, j: number, count: number): RangeRef =>
    byColumns
      ? { sheetId, rect: { row: source.row + i0, col: source.col + j, rows: count, cols: 1 } }
      : { sheetId, rect: { row: source.row + j, col: source.col + i0, rows: 1, cols: count } };
  const series: SeriesModel[] = [];
  for (let j = labelled ? 1 : 0; j < across; j++) {
    series.push({
      name: headed ? String(at(0, j)) : `Series${series.length + 1}`,
      chartType,
      values: cell(first, j, along - first),
      categories: labelled ? cell(first, 0, along - first) : null,
    });
  }
  const taken = new Set(sheetCharts.map((c) => c.name));
  let n = sheetCharts.length + 1;
  while (taken.has(`Chart ${n}`)) n++;
  return {
    id: `{chart-${nextChartId++}}`,
    name: `Chart ${n}`,
    chartType,
    title: { text: "", visible: true },
    series,
    position: { top: 0, left: 0, width: 360, height: 216 },
    anchor: null,
  };
}

/**
 * 看板 / Dashboard: native charts over the review sheet's tables, two to a
 * row. Only queues the writes; the review action syncs once for everything.
 */
import type { Lang } from "../domain/language";
import type { ChartSpec } from "../domain/review";

/** Each chart's cell box on the dashboard: 8 columns × 16 rows, a spare column and row between. */
const BOX = { cols: 8, rows: 16, gapCols: 1, gapRows: 2, top: 2 };

export function chartBox(index: number): { row: number; col: number; rows: number; cols: number } {
  const col = (index % 2) * (BOX.cols + BOX.gapCols);
  const row = BOX.top + Math.floor(index / 2) * (BOX.rows + BOX.gapRows);
  return { row, col, rows: BOX.rows, cols: BOX.cols };
}

export function writeDashboard(
  dashboard: Excel.Worksheet,
  review: Excel.Worksheet,
  charts: readonly ChartSpec[],
  lang: Lang,
): void {
  const title = dashboard.getRange("A1");
  title.values = [
    [lang === "zh-CN" ? "看板:预算、差异与目标一览" : "Dashboard: budget, variance and goals at a glance"],
  ];
  title.format.font.bold = true;
  charts.forEach((spec, i) => {
    const source = review.getRangeByIndexes(spec.source.row, spec.source.col, spec.source.rows, spec.source.cols);
    const chart = dashboard.charts.add(spec.type as Excel.ChartType, source, "Columns" as Excel.ChartSeriesBy);
    chart.title.text = spec.title;
    const box = chartBox(i);
    chart.setPosition(
      dashboard.getRangeByIndexes(box.row, box.col, 1, 1),
      dashboard.getRangeByIndexes(box.row + box.rows - 1, box.col + box.cols - 1, 1, 1),
    );
  });
}

/**
 * The check summary as a picture: budget vs actual as two bars, and the
 * metrics' statuses as one stacked bar. Plain SVG (no chart library), loaded
 * lazily by the check flow so it costs nothing before first render.
 */
import { tokens } from "@fluentui/react-components";
import type { SummaryView } from "../../../excel/contract";
import { useI18n } from "../i18n";
import { formatNumber } from "../lib/format";

const WIDTH = 280;
const BAR = 14;

export function SummaryChart({ summary }: { summary: SummaryView }) {
  const { t, lang } = useI18n();
  const max = Math.max(summary.totalBudget, summary.totalActual, 0);
  const scale = (x: number) => (max > 0 ? Math.max(0, (x / max) * (WIDTH - 110)) : 0);
  const over = summary.totalActual > summary.totalBudget;
  const s = summary.metricsByStatus;
  const total = s.onTrack + s.warning + s.alert + s.notReported;
  const parts = [
    { key: "onTrack", n: s.onTrack, color: tokens.colorPaletteGreenBackground3 },
    { key: "warning", n: s.warning, color: tokens.colorPaletteMarigoldBackground3 },
    { key: "alert", n: s.alert, color: tokens.colorPaletteRedBackground3 },
    { key: "notReported", n: s.notReported, color: tokens.colorNeutralBackground5 },
  ] as const;
  let x = 0;
  return (
    <svg
      role="img"
      aria-label={t.check.summaryChart}
      width={WIDTH}
      height={84}
      viewBox={`0 0 ${WIDTH} 84`}
      data-testid="summary-chart"
    >
      <text x={0} y={11} fontSize={11} fill={tokens.colorNeutralForeground2}>
        {t.check.totalBudget}
      </text>
      <rect
        data-testid="summary-chart-budget"
        x={0}
        y={14}
        width={scale(summary.totalBudget)}
        height={BAR}
        fill={tokens.colorBrandBackground}
      />
      <text x={scale(summary.totalBudget) + 4} y={25} fontSize={11}>
        {formatNumber(summary.totalBudget, lang)}
      </text>
      <text x={0} y={41} fontSize={11} fill={tokens.colorNeutralForeground2}>
        {t.check.totalActual}
      </text>
      <rect
        data-testid="summary-chart-actual"
        x={0}
        y={44}
        width={scale(summary.totalActual)}
        height={BAR}
        fill={over ? tokens.colorPaletteRedBackground3 : tokens.colorPaletteGreenBackground3}
      />
      <text x={scale(summary.totalActual) + 4} y={55} fontSize={11}>
        {formatNumber(summary.totalActual, lang)}
      </text>
      {total > 0 &&
        parts.map((p) => {
          const w = (p.n / total) * WIDTH;
          const rect = (
            <rect key={p.key} data-testid={`summary-chart-${p.key}`} x={x} y={66} width={w} height={BAR} fill={p.color}>
              <title>{`${t.check.status[p.key]}: ${p.n}`}</title>
            </rect>
          );
          x += w;
          return rect;
        })}
    </svg>
  );
}

export default SummaryChart;

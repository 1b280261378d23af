/**
 * A sheet's charts as the double holds them, drawn as simple SVG so the
 * dashboard can be seen without Excel: columns and bars per series, lines
 * with markers, each from the cells its series' ranges point at now.
 */
import type { ChartView } from "../../test/excel-double/state";

const W = 360;
const H = 216;
const PAD = { left: 44, right: 10, top: 28, bottom: 40 };
const COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function Plot({ chart }: { chart: ChartView }) {
  const labels = (chart.series[0]?.labels ?? chart.series[0]?.data.map((_, i) => i + 1) ?? []).map(String);
  const all = chart.series.flatMap((s) => s.data.map(num)).filter((x): x is number => x !== null);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const horizontal = chart.chartType.startsWith("Bar");
  const inner = { w: W - PAD.left - PAD.right, h: H - PAD.top - PAD.bottom };
  const n = Math.max(1, labels.length);
  const band = (horizontal ? inner.h : inner.w) / n;
  const value = (v: number) => ((v - min) / span) * (horizontal ? inner.w : inner.h);
  const zero = value(0);
  const k = Math.max(1, chart.series.length);
  const isLine = chart.chartType.startsWith("Line");
  return (
    <g>
      {horizontal ? (
        <line x1={PAD.left + zero} x2={PAD.left + zero} y1={PAD.top} y2={PAD.top + inner.h} stroke="#999" />
      ) : (
        <line
          x1={PAD.left}
          x2={PAD.left + inner.w}
          y1={PAD.top + inner.h - zero}
          y2={PAD.top + inner.h - zero}
          stroke="#999"
        />
      )}
      {labels.map((l, i) => (
        <text
          key={i}
          fontSize={9}
          fill="#444"
          textAnchor={horizontal ? "end" : "middle"}
          x={horizontal ? PAD.left - 3 : PAD.left + band * (i + 0.5)}
          y={horizontal ? PAD.top + band * (i + 0.5) + 3 : PAD.top + inner.h + 12}
        >
          {l.length > 8 ? `${l.slice(0, 7)}…` : l}
        </text>
      ))}
      {chart.series.map((s, j) => {
        const color = COLORS[j % COLORS.length];
        if (isLine) {
          const pts = s.data
            .map((v, i) =>
              num(v) === null ? null : ([PAD.left + band * (i + 0.5), PAD.top + inner.h - value(num(v)!)] as const),
            )
            .filter((p): p is readonly [number, number] => p !== null);
          return (
            <g key={j} data-testid="chart-series" data-series={s.name} data-values={s.values}>
              <polyline points={pts.map((p) => p.join(",")).join(" ")} fill="none" stroke={color} strokeWidth={2} />
              {pts.map((p, i) => (
                <circle key={i} cx={p[0]} cy={p[1]} r={3} fill={color} />
              ))}
            </g>
          );
        }
        return (
          <g key={j} data-testid="chart-series" data-series={s.name} data-values={s.values}>
            {s.data.map((v, i) => {
              const x = num(v);
              if (x === null) return null;
              const size = Math.abs(value(x) - zero);
              const at = band * i + (band * 0.8 * j) / k + band * 0.1;
              const thick = (band * 0.8) / k;
              return horizontal ? (
                <rect
                  key={i}
                  x={PAD.left + Math.min(zero, value(x))}
                  y={PAD.top + at}
                  width={size}
                  height={thick}
                  fill={color}
                >
                  <title>{`${s.name} ${labels[i]}: ${x}`}</title>
                </rect>
              ) : (
                <rect
                  key={i}
                  x={PAD.left + at}
                  y={PAD.top + inner.h - Math.max(zero, value(x))}
                  width={thick}
                  height={size}
                  fill={color}
                >
                  <title>{`${s.name} ${labels[i]}: ${x}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      {chart.series.map((s, j) => (
        <g key={`legend-${j}`}>
          <rect x={PAD.left + j * 110} y={H - 14} width={10} height={10} fill={COLORS[j % COLORS.length]} />
          <text x={PAD.left + j * 110 + 14} y={H - 5} fontSize={10}>
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}

export function ChartsView({ charts }: { charts: readonly ChartView[] }) {
  if (charts.length === 0) return null;
  return (
    <div className="wb-charts" data-testid="charts">
      {charts.map((c) => (
        <svg
          key={c.name}
          role="img"
          aria-label={c.title || c.name}
          width={W}
          height={H}
          viewBox={`0 0 ${W} ${H}`}
          className="wb-chart"
          data-testid="chart"
          data-chart-type={c.chartType}
          data-title={c.title}
        >
          <rect x={0.5} y={0.5} width={W - 1} height={H - 1} fill="#fff" stroke="#d0d0d0" />
          <text x={W / 2} y={18} fontSize={13} fontWeight={600} textAnchor="middle">
            {c.title || c.name}
          </text>
          <Plot chart={c} />
        </svg>
      ))}
    </div>
  );
}

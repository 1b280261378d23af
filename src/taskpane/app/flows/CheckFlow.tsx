import { lazy, Suspense, useId, useState } from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SummaryView } from "../../../excel/contract";
import { budgetCategoryLabel } from "../../../domain/check/summary";
import { useI18n } from "../i18n";

// A picture of the summary, in its own chunk: nothing of it loads before the check has run.
const SummaryChart = lazy(() => import(/* webpackChunkName: "summary-chart" */ "../components/SummaryChart"));
import { formatNumber, formatPercent, formatSigned } from "../lib/format";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { errorMessage, isWorkbookFailure } from "../lib/errors";
import { RunButton } from "../components/RunButton";
import { FindingsBlock } from "./FindingsBlock";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

const useStyles = makeStyles({
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // The re-check stays in view however long the findings list grows.
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

export function CheckFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const styles = useFlowStyles();
  const headingId = useId();
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const check = useAction(async () => {
    const report = await workbook.check();
    setCheckedAt(new Date());
    setSelected(null);
    return report;
  });
  const select = useAction(async (address: string) => {
    await workbook.select(address);
    setSelected(address);
  });

  const restore = useAction(async (addresses: readonly string[]) => {
    const r = await workbook.restoreFormulas(addresses, lang);
    await check.run();
    return r;
  });

  const timeline = useAction(async () => workbook.refreshTimeline(lang));
  const timelineTaken = isWorkbookFailure(timeline.error) && timeline.error.code === "timelineSheetTaken";

  const report = check.result;
  const local = useStyles();
  return (
    <div className={styles.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.check.title}
      </Text>
      <Text className={styles.muted}>{t.check.intro}</Text>
      <div className={`${styles.actions} ${local.sticky}`} data-testid="check-actions">
        <RunButton
          running={check.running}
          runningText={t.check.running}
          onClick={() => void check.run()}
          data-testid="check-run"
        >
          {report ? t.check.rerun : t.check.run}
        </RunButton>
        {checkedAt && !check.running && (
          <Text size={200} className={styles.muted}>
            {t.check.checkedAt(checkedAt.toLocaleTimeString(lang))}
          </Text>
        )}
      </div>
      <div className={styles.actions}>
        <RunButton
          appearance="secondary"
          running={timeline.running}
          runningText={t.check.timelineRunning}
          onClick={() => void timeline.run()}
          data-testid="timeline-run"
        >
          {t.check.timeline}
        </RunButton>
      </div>
      {timeline.failed && timelineTaken && (
        <Text role="status" data-testid="timeline-taken">
          {errorMessage(timeline.error, t)}
        </Text>
      )}
      {timeline.failed && !timelineTaken && <ErrorBar error={timeline.error} />}
      {timeline.result && !timeline.running && !timeline.failed && (
        <Text role="status" size={200} data-testid="timeline-done">
          {t.check.timelineDone(timeline.result.sheetName, timeline.result.strategies, timeline.result.weeks)}
        </Text>
      )}
      {check.failed && <ErrorBar error={check.error} />}
      {report && (
        <>
          {check.previous && (
            <Text role="status" data-testid="check-change">
              {t.check.change(check.previous.findings.length, report.findings.length)}
            </Text>
          )}
          <SummaryBlock summary={report.summary} />
          <FindingsBlock
            report={report}
            onSelect={(a) => void select.run(a)}
            onRestore={(a) => void restore.run(a)}
            restoring={restore.running}
          />
          {restore.failed && <ErrorBar error={restore.error} />}
          {restore.result && !restore.running && (
            <Text role="status" size={200} data-testid="check-restored">
              {t.check.restored(restore.result.restored.length)}
            </Text>
          )}
          {select.failed && <ErrorBar error={select.error} />}
          {selected && !select.failed && (
            <Text role="status" size={200} className={styles.muted} data-testid="check-selected">
              {t.check.selected(selected)}
            </Text>
          )}
        </>
      )}
    </div>
  );
}

function SummaryBlock({ summary }: { summary: SummaryView }) {
  const { t, lang } = useI18n();
  const flow = useFlowStyles();
  const styles = useStyles();
  const id = useId();
  const money = (n: number) => t.money(formatNumber(n, lang));
  const s = summary.metricsByStatus;
  return (
    <section aria-labelledby={id} data-testid="check-summary">
      <Text as="h3" id={id} size={300} weight="semibold">
        {t.check.summary}
      </Text>
      <dl className={styles.summary}>
        <dt className={styles.dt}>{t.check.totalBudget}</dt>
        <dd className={styles.dd}>{money(summary.totalBudget)}</dd>
        <dt className={styles.dt}>{t.check.totalActual}</dt>
        <dd className={styles.dd}>{money(summary.totalActual)}</dd>
        <dt className={styles.dt}>{t.check.variance}</dt>
        <dd className={styles.dd}>{t.money(formatSigned(summary.variance, lang))}</dd>
        <dt className={styles.dt}>{t.check.contingencyShare}</dt>
        <dd className={styles.dd}>
          {summary.contingencyShare === null ? t.check.notAvailable : formatPercent(summary.contingencyShare, lang)}
        </dd>
        <dt className={styles.dt}>{t.check.approvalsDue}</dt>
        <dd className={styles.dd}>
          <span className={styles.badges}>
            <Badge appearance="tint" color={summary.approvalsDue.lead > 0 ? "warning" : "subtle"}>
              {t.check.approvalLead}: {summary.approvalsDue.lead}
            </Badge>
            <Badge appearance="tint" color={summary.approvalsDue.gm > 0 ? "danger" : "subtle"}>
              {t.check.approvalGM}: {summary.approvalsDue.gm}
            </Badge>
          </span>
        </dd>
        <dt className={styles.dt}>{t.check.metricsByStatus}</dt>
        <dd className={styles.dd}>
          <span className={styles.badges}>
            <Badge appearance="tint" color="success">
              {t.check.status.onTrack}: {s.onTrack}
            </Badge>
            <Badge appearance="tint" color="warning">
              {t.check.status.warning}: {s.warning}
            </Badge>
            <Badge appearance="tint" color="danger">
              {t.check.status.alert}: {s.alert}
            </Badge>
            <Badge appearance="tint" color="subtle">
              {t.check.status.notReported}: {s.notReported}
            </Badge>
          </span>
        </dd>
        {summary.stretchReached.length > 0 && (
          <>
            <dt className={styles.dt}>{t.check.stretchReached}</dt>
            <dd className={styles.dd} data-testid="check-stretch">
              {summary.stretchReached.length}:{" "}
              {summary.stretchReached.map((m) => `${m.metric} (${m.period})`).join(lang === "zh-CN" ? "、" : ", ")}
            </dd>
          </>
        )}
      </dl>
      <Suspense fallback={null}>
        <SummaryChart summary={summary} />
      </Suspense>
      <dl className={styles.summary}>
        {summary.categoryShare.length > 0 && (
          <>
            <dt className={styles.dt}>{t.check.categoryShare}</dt>
            <dd className={styles.dd}>
              <ul className={flow.list} style={{ gap: 0 }}>
                {summary.categoryShare.map((c) => (
                  <li key={c.category}>
                    {budgetCategoryLabel(c.category, lang)}: {money(c.budget)} ({formatPercent(c.share, lang)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

export default CheckFlow;

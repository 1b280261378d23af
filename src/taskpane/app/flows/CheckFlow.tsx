import { lazy, Suspense, useId, useMemo, useState } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { CheckReport, Severity, SummaryView, WorkbookSheetKey } from "../../../excel/contract";
import { findingMessage, type FindingMessage } from "../../../domain/findings/messages";
import { budgetCategoryLabel } from "../../../domain/check/summary";
import { useI18n } from "../i18n";

// A picture of the summary, in its own chunk: nothing of it loads before the check has run.
const SummaryChart = lazy(() => import(/* webpackChunkName: "summary-chart" */ "../components/SummaryChart"));
import { formatNumber, formatPercent, formatSigned } from "../lib/format";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { SeverityIcon } from "../components/SeverityIcon";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

const SHEET_ORDER: readonly WorkbookSheetKey[] = ["goals", "strategies", "budget", "monitoring", "settings"];
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

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
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    minHeight: "32px",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    gap: tokens.spacingHorizontalS,
  },
  findingText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

function groupFindings(findings: readonly FindingMessage[]) {
  return SHEET_ORDER.map((sheet) => ({
    sheet,
    bySeverity: SEVERITY_ORDER.map((severity) => ({
      severity,
      findings: findings.filter((f) => f.sheet === sheet && f.severity === severity),
    })).filter((g) => g.findings.length > 0),
  })).filter((g) => g.bySeverity.length > 0);
}

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

  const report = check.result;
  return (
    <div className={styles.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.check.title}
      </Text>
      <Text className={styles.muted}>{t.check.intro}</Text>
      <div className={styles.actions}>
        <RunButton running={check.running} runningText={t.check.running} onClick={() => void check.run()} data-testid="check-run">
          {report ? t.check.rerun : t.check.run}
        </RunButton>
        {checkedAt && !check.running && (
          <Text size={200} className={styles.muted}>
            {t.check.checkedAt(checkedAt.toLocaleTimeString(lang))}
          </Text>
        )}
      </div>
      {check.failed && <ErrorBar error={check.error} />}
      {report && (
        <>
          {check.previous && (
            <Text role="status" data-testid="check-change">
              {t.check.change(check.previous.findings.length, report.findings.length)}
            </Text>
          )}
          <SummaryBlock summary={report.summary} />
          <FindingsBlock report={report} onSelect={(a) => void select.run(a)} />
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

function FindingsBlock({ report, onSelect }: { report: CheckReport; onSelect: (address: string) => void }) {
  const { t, lang } = useI18n();
  // Findings arrive as data: a language switch re-words them here, without reading the workbook again.
  const worded = useMemo(() => report.findings.map((f) => findingMessage(f, lang)), [report, lang]);
  const flow = useFlowStyles();
  const styles = useStyles();
  const id = useId();

  if (report.findings.length === 0) {
    return (
      <MessageBar intent="success" data-testid="check-all-clear">
        <MessageBarBody>
          <MessageBarTitle>{t.check.allClear}</MessageBarTitle>
          {t.check.allClearBody}
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <section aria-labelledby={id} data-testid="check-findings">
      <Text as="h3" id={id} size={300} weight="semibold">
        {t.check.findings} · {t.check.findingCount(report.findings.length)}
      </Text>
      <div className={flow.flow} aria-label={t.check.findingsRegion} role="group">
        {groupFindings(worded).map(({ sheet, bySeverity }) => (
          <section key={sheet} className={styles.group} aria-labelledby={`${id}-${sheet}`} data-testid={`findings-${sheet}`}>
            <Text as="h4" id={`${id}-${sheet}`} weight="semibold" style={{ margin: 0 }}>
              {t.sheetNames[sheet]}
            </Text>
            {bySeverity.map(({ severity, findings }) => (
              <div key={severity} className={styles.group}>
                <div className={flow.row}>
                  <Badge appearance="filled" color={SEVERITY_COLOR[severity]}>
                    {t.severity[severity]} · {findings.length}
                  </Badge>
                </div>
                <ul className={flow.list} style={{ gap: 2 }}>
                  {findings.map((f, i) => (
                    <li key={`${f.code}-${f.address}-${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.finding}
                        icon={<SeverityIcon severity={f.severity} />}
                        aria-label={t.check.findingLabel(t.severity[f.severity], f.address, f.detail)}
                        data-testid="finding"
                        data-address={f.address}
                        data-severity={f.severity}
                        data-code={f.code}
                        onClick={() => onSelect(f.address)}
                      >
                        <span className={styles.findingText}>
                          <span className={styles.address}>{f.address}</span>
                          <span>{f.detail}</span>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}

export default CheckFlow;

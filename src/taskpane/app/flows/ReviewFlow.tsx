import { useId } from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { formatRoi } from "../../../domain/calc/roi";
import { useI18n } from "../i18n";
import { formatNumber, formatPercent } from "../lib/format";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

/** Creates or refreshes the 复盘 / Review sheet and the 看板 / Dashboard, and shows the review's headline figures. */
export function ReviewFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const styles = useFlowStyles();
  const headingId = useId();
  const refresh = useAction(() => workbook.refreshReview(lang));
  const r = refresh.result;
  const na = t.review.notAvailable;
  const pct = (x: number | null) => (x === null ? na : formatPercent(x, lang));
  const money = (x: number | null) => (x === null ? na : t.money(formatNumber(x, lang)));
  const roi = (x: number | null) => (x === null ? na : formatRoi(x));

  return (
    <div className={styles.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.review.title}
      </Text>
      <Text className={styles.muted}>{t.review.intro}</Text>
      <div className={styles.actions}>
        <RunButton
          running={refresh.running}
          runningText={t.review.running}
          onClick={() => void refresh.run()}
          data-testid="review-run"
        >
          {t.review.run}
        </RunButton>
      </div>
      {refresh.failed && <ErrorBar error={refresh.error} />}
      {r && !refresh.running && (
        <>
          <MessageBar intent="success" role="status" data-testid="review-result">
            <MessageBarBody>
              <div>{t.review.result(r.reviewSheet, r.dashboardSheet, r.charts)}</div>
              {r.lessonsAdded && <div>{t.review.lessonsAdded}</div>}
            </MessageBarBody>
          </MessageBar>
          <section data-testid="review-plan">
            <Text as="h3" size={300} weight="semibold">
              {t.review.plan}
            </Text>
            <ul className={styles.list}>
              <li>
                {t.review.budget}: {money(r.review.plan.budget)}
              </li>
              <li>
                {t.review.actual}: {money(r.review.plan.actual)} ({t.review.executionRate}{" "}
                {pct(r.review.plan.executionRate)})
              </li>
              <li>
                {t.review.revenue}: {money(r.review.plan.revenue)}
              </li>
              <li data-testid="review-roi">
                {t.review.roi}: {roi(r.review.plan.roi)}
              </li>
            </ul>
          </section>
          {r.review.goals.length > 0 && (
            <section>
              <Text as="h3" size={300} weight="semibold">
                {t.review.goals}
              </Text>
              <ul className={styles.list}>
                {r.review.goals.map((g) => (
                  <li key={g.row}>
                    {t.review.goalLine(
                      g.metric,
                      pct(g.completion),
                      g.status ? t.check.status[g.status] : t.check.status.notReported,
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.review.strategies.length > 0 && (
            <section>
              <Text as="h3" size={300} weight="semibold">
                {t.review.strategies}
              </Text>
              <ul className={styles.list}>
                {r.review.strategies.map((s) => (
                  <li key={s.row}>
                    {t.review.strategyLine(s.id ?? s.action, roi(s.roi), pct(s.contribution))}
                    {s.belowMinRoi ? ` · ${t.review.belowMinRoi}` : ""}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

export default ReviewFlow;

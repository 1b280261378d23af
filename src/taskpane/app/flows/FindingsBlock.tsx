import { useId, useMemo, useState } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { CheckReport, Severity, WorkbookSheetKey } from "../../../excel/contract";
import { findingMessage, type FindingMessage } from "../../../domain/findings/messages";
import { useI18n } from "../i18n";
import { SeverityIcon } from "../components/SeverityIcon";
import { useFlowStyles } from "../components/layout";

const SHEET_ORDER: readonly WorkbookSheetKey[] = ["goals", "strategies", "budget", "monitoring", "settings"];
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
/** The finding a formula can be put back for. */
const RESTORABLE = "computedValueTyped";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
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
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px" },
  findingText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  groupHeader: { justifyContent: "flex-start", paddingLeft: 0 },
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

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

interface Props {
  report: CheckReport;
  onSelect: (address: string) => void;
  onRestore: (addresses: readonly string[]) => void;
  restoring: boolean;
}

/**
 * The findings, sheet by sheet and by severity: filters by severity and sheet
 * (everything shown at first), sheet groups that collapse, and "restore
 * formula" on typed-over computed cells, one or all, writing only the cells
 * those findings name.
 */
export function FindingsBlock({ report, onSelect, onRestore, restoring }: Props) {
  const { t, lang } = useI18n();
  const flow = useFlowStyles();
  const styles = useStyles();
  const id = useId();
  const [hiddenSeverities, setHiddenSeverities] = useState<ReadonlySet<Severity>>(new Set());
  const [hiddenSheets, setHiddenSheets] = useState<ReadonlySet<WorkbookSheetKey>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<WorkbookSheetKey>>(new Set());

  const severities = SEVERITY_ORDER.filter((s) => report.findings.some((f) => f.severity === s));
  const sheets = SHEET_ORDER.filter((s) => report.findings.some((f) => f.sheet === s));
  const shown = useMemo(
    // Findings arrive as data: a language switch re-words them here, without reading the workbook again.
    () =>
      report.findings
        .filter((f) => !hiddenSeverities.has(f.severity) && !hiddenSheets.has(f.sheet))
        .map((f) => findingMessage(f, lang)),
    [report.findings, hiddenSeverities, hiddenSheets, lang],
  );
  const restorable = report.findings.filter((f) => f.code === RESTORABLE).map((f) => f.address);

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
      <div className={styles.filters} role="group" aria-label={t.check.filterSeverity}>
        {severities.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={!hiddenSeverities.has(s)}
            onClick={() => setHiddenSeverities((h) => toggled(h, s))}
            data-testid={`filter-severity-${s}`}
          >
            {t.severity[s]} · {report.findings.filter((f) => f.severity === s).length}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.filters} role="group" aria-label={t.check.filterSheet}>
        {sheets.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={!hiddenSheets.has(s)}
            onClick={() => setHiddenSheets((h) => toggled(h, s))}
            data-testid={`filter-sheet-${s}`}
          >
            {t.sheetNames[s]}
          </ToggleButton>
        ))}
      </div>
      {restorable.length > 1 && (
        <div className={flow.row}>
          <Button size="small" disabled={restoring} onClick={() => onRestore(restorable)} data-testid="restore-all">
            {t.check.restoreAll(restorable.length)}
          </Button>
        </div>
      )}
      {shown.length === 0 && (
        <Text role="status" data-testid="findings-filtered-out">
          {t.check.filteredOut(report.findings.length)}
        </Text>
      )}
      <div className={flow.flow} aria-label={t.check.findingsRegion} role="group">
        {groupFindings(shown).map(({ sheet, bySeverity }) => {
          const open = !collapsed.has(sheet);
          const count = bySeverity.reduce((n, g) => n + g.findings.length, 0);
          return (
            <section
              key={sheet}
              className={styles.group}
              aria-labelledby={`${id}-${sheet}`}
              data-testid={`findings-${sheet}`}
            >
              <Text as="h4" id={`${id}-${sheet}`} weight="semibold" style={{ margin: 0 }}>
                <Button
                  appearance="transparent"
                  className={styles.groupHeader}
                  aria-expanded={open}
                  aria-label={open ? t.check.collapse(t.sheetNames[sheet]) : t.check.expand(t.sheetNames[sheet])}
                  onClick={() => setCollapsed((c) => toggled(c, sheet))}
                  data-testid={`findings-toggle-${sheet}`}
                >
                  {open ? "▾" : "▸"} {t.sheetNames[sheet]} · {count}
                </Button>
              </Text>
              {open &&
                bySeverity.map(({ severity, findings }) => (
                  <div key={severity} className={styles.group}>
                    <div className={flow.row}>
                      <Badge appearance="filled" color={SEVERITY_COLOR[severity]}>
                        {t.severity[severity]} · {findings.length}
                      </Badge>
                    </div>
                    <ul className={flow.list} style={{ gap: 2 }}>
                      {findings.map((f, i) => (
                        <li key={`${f.code}-${f.address}-${i}`} className={styles.item}>
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
                          {f.code === RESTORABLE && (
                            <Button
                              size="small"
                              appearance="secondary"
                              disabled={restoring}
                              aria-label={t.check.restoreLabel(f.address)}
                              onClick={() => onRestore([f.address])}
                              data-testid="restore-formula"
                              data-address={f.address}
                            >
                              {t.check.restore}
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
            </section>
          );
        })}
      </div>
    </section>
  );
}

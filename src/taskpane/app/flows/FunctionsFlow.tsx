import { useId, useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { PLAN_FUNCTIONS, type PlanFunctionName } from "../lib/functions-reference";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { errorMessage, isWorkbookFailure } from "../lib/errors";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dl: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
});

export function FunctionsFlow({ workbook }: FlowProps) {
  const { t } = useI18n();
  const flow = useFlowStyles();
  const styles = useStyles();
  const headingId = useId();
  const [pending, setPending] = useState<PlanFunctionName | null>(null);
  const insert = useAction(async (name: PlanFunctionName, formula: string) => {
    setPending(name);
    try {
      const address = await workbook.insertFormula(formula);
      return { formula, address };
    } finally {
      setPending(null);
    }
  });

  return (
    <div className={flow.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={flow.heading}>
        {t.functions.title}
      </Text>
      <Text className={flow.muted}>{t.functions.intro}</Text>
      {insert.failed && notEmptyAddress(insert.error) !== undefined && (
        <MessageBar intent="warning" role="status" data-testid="functions-cell-not-empty">
          <MessageBarBody>{errorMessage(insert.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {insert.failed && notEmptyAddress(insert.error) === undefined && <ErrorBar error={insert.error} />}
      {insert.result && !insert.running && !insert.failed && (
        <MessageBar intent="success" role="status" data-testid="functions-inserted">
          <MessageBarBody>{t.functions.insertedAt(insert.result.formula, insert.result.address)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={flow.list}>
        {PLAN_FUNCTIONS.map(({ name, example }) => {
          const entry = t.functions.entries[name];
          return (
            <li key={name}>
              <article className={styles.card} aria-labelledby={`${headingId}-${name}`}>
                <Text
                  as="h3"
                  id={`${headingId}-${name}`}
                  weight="semibold"
                  className={styles.code}
                  style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}
                >
                  PLAN.{name}
                </Text>
                <Text size={200}>{entry.summary}</Text>
                <dl className={styles.dl}>
                  <dt className={styles.dt}>{t.functions.syntax}</dt>
                  <dd className={`${styles.dd} ${styles.code}`}>{entry.syntax}</dd>
                  <dt className={styles.dt}>{t.functions.example}</dt>
                  <dd className={`${styles.dd} ${styles.code}`}>{example}</dd>
                  <dt className={styles.dt}>{t.functions.result}</dt>
                  <dd className={styles.dd}>{entry.result}</dd>
                </dl>
                <div className={flow.actions}>
                  <Button
                    size="small"
                    disabled={insert.running}
                    aria-label={t.functions.insertLabel(name)}
                    onClick={() => void insert.run(name, example)}
                    data-testid={`insert-${name}`}
                  >
                    {t.functions.insert}
                  </Button>
                  {pending === name && <Spinner size="tiny" label={t.functions.inserting} />}
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default FunctionsFlow;

/** The address of a refused insert (the cell was not empty), or undefined for any other error. */
function notEmptyAddress(error: unknown): string | undefined {
  return isWorkbookFailure(error) && error.code === "cellNotEmpty" ? String(error.params.address) : undefined;
}

import { useId, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Frequency } from "../../../excel/contract";
import { useI18n } from "../i18n";
import { currentPeriod, normalizePeriod } from "../lib/period";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

const FREQUENCIES: readonly Frequency[] = ["weekly", "monthly", "quarterly"];

export function WeeklyFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const styles = useFlowStyles();
  const headingId = useId();
  const [frequency, setFrequency] = useState<Frequency>("weekly");
  const [period, setPeriod] = useState(() => currentPeriod("weekly"));
  const [touched, setTouched] = useState(false);
  const add = useAction((f: Frequency, p: string) => workbook.addPeriodRows({ frequency: f, period: p, lang }));

  const normalized = normalizePeriod(frequency, period);
  const invalid = normalized === null;
  const showInvalid = invalid && (touched || period.trim() !== "");

  const changeFrequency = (f: Frequency) => {
    setFrequency(f);
    setPeriod(currentPeriod(f));
    setTouched(false);
  };

  const submit = () => {
    setTouched(true);
    if (normalized === null) return;
    setPeriod(normalized);
    void add.run(frequency, normalized);
  };

  const result = add.result;
  return (
    <div className={styles.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.weekly.title}
      </Text>
      <Text className={styles.muted}>{t.weekly.intro}</Text>
      <Field label={t.weekly.frequency}>
        <RadioGroup layout="horizontal" value={frequency} onChange={(_, d) => changeFrequency(d.value as Frequency)}>
          {FREQUENCIES.map((f) => (
            <Radio key={f} value={f} label={t.weekly.frequencies[f]} />
          ))}
        </RadioGroup>
      </Field>
      <form
        className={styles.flow}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field
          label={t.weekly.period}
          hint={t.weekly.periodHint[frequency]}
          validationState={showInvalid ? "error" : "none"}
          validationMessage={showInvalid ? t.weekly.periodInvalid[frequency] : undefined}
        >
          <Input
            value={period}
            onChange={(_, d) => setPeriod(d.value)}
            onBlur={() => setTouched(true)}
            spellCheck={false}
            autoComplete="off"
            data-testid="weekly-period"
          />
        </Field>
        <div className={styles.actions}>
          <RunButton
            type="submit"
            running={add.running}
            runningText={t.weekly.adding}
            disabled={invalid}
            data-testid="weekly-run"
          >
            {t.weekly.add}
          </RunButton>
          <Button
            type="button"
            disabled={add.running}
            onClick={() => {
              setPeriod(currentPeriod(frequency));
              setTouched(false);
            }}
          >
            {t.weekly.useCurrent}
          </Button>
        </div>
      </form>
      {add.failed && <ErrorBar error={add.error} />}
      {result && !add.running && (
        <MessageBar intent={result.added > 0 ? "success" : "info"} role="status" data-testid="weekly-result">
          <MessageBarBody>
            <div>{t.weekly.result(result.added, result.skipped)}</div>
            {result.added === 0 && <div>{t.weekly.nothingAdded}</div>}
            {result.firstActualAddress && <div>{t.weekly.firstActual(result.firstActualAddress)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export default WeeklyFlow;

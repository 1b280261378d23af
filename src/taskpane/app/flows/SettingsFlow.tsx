import { useEffect, useId, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SettingsWriteReport } from "../../../excel/contract";
import {
  DEFAULT_THRESHOLDS,
  THRESHOLD_DEFS,
  validateThresholds,
  type ThresholdKey,
  type ThresholdProblem,
  type Thresholds,
} from "../../../domain/settings/thresholds";
import { useI18n } from "../i18n";
import { thresholdFromInput, thresholdToInput } from "../lib/format";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

type Inputs = Record<ThresholdKey, string>;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))", gap: tokens.spacingVerticalM },
  input: { maxWidth: "200px" },
  name: { fontFamily: tokens.fontFamilyMonospace },
});

function toInputs(t: Thresholds): Inputs {
  return Object.fromEntries(THRESHOLD_DEFS.map((d) => [d.key, thresholdToInput(t[d.key], d.kind)])) as Inputs;
}

function fromInputs(inputs: Inputs): Thresholds {
  return Object.fromEntries(
    THRESHOLD_DEFS.map((d) => [d.key, thresholdFromInput(inputs[d.key], d.kind)]),
  ) as unknown as Thresholds;
}

export function SettingsFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const flow = useFlowStyles();
  const styles = useStyles();
  const headingId = useId();
  const [inputs, setInputs] = useState<Inputs>(() => toInputs(DEFAULT_THRESHOLDS));
  /** Problems found before writing (validateThresholds) … */
  const [problems, setProblems] = useState<readonly ThresholdProblem[]>([]);
  const [saved, setSaved] = useState(false);

  const load = useAction(async () => {
    const report = await workbook.readSettings();
    setInputs(toInputs(report.thresholds));
    setProblems([]);
    setSaved(false);
    return report;
  });
  const save = useAction(async (thresholds: Thresholds): Promise<SettingsWriteReport> => {
    const report = await workbook.writeSettings(thresholds);
    setSaved(report.written);
    return report;
  });

  useEffect(() => {
    void load.run();
  }, [load.run]);

  /** … and problems the workbook itself returned. */
  const rejected = save.result && !save.result.written && !save.running ? save.result.problems : [];
  const allProblems = [...problems, ...rejected];
  const problemsOf = (key: ThresholdKey) => allProblems.filter((p) => p.key === key);

  const edit = (key: ThresholdKey, value: string) => {
    setInputs((prev) => ({ ...prev, [key]: value }));
    setSaved(false);
    // A fixed field drops its message as soon as it is valid again.
    if (problems.length > 0) setProblems(validateThresholds(fromInputs({ ...inputs, [key]: value })));
  };

  const submit = () => {
    const thresholds = fromInputs(inputs);
    const found = validateThresholds(thresholds);
    setProblems(found);
    setSaved(false);
    if (found.length > 0) return; // never write values the domain rejects
    void save.run(thresholds);
  };

  const busy = load.running || save.running;
  return (
    <div className={flow.flow} role="region" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={flow.heading}>
        {t.settings.title}
      </Text>
      <Text className={flow.muted}>{t.settings.intro}</Text>
      {load.running && <Spinner size="small" label={t.settings.loading} />}
      {load.failed && <ErrorBar error={load.error} />}
      {load.result && !load.result.present && !load.running && (
        <MessageBar intent="info" data-testid="settings-not-present">
          <MessageBarBody>{t.settings.notPresent}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={flow.flow}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-busy={busy || undefined}
      >
        <div className={styles.grid}>
          {THRESHOLD_DEFS.map((def) => {
            const mine = problemsOf(def.key);
            const unit = t.units[def.kind];
            return (
              <Field
                key={def.key}
                label={def.label[lang]}
                hint={
                  <>
                    {def.help[lang]} · <span className={styles.name}>{def.name}</span>
                  </>
                }
                validationState={mine.length > 0 ? "error" : "none"}
                validationMessage={mine.length > 0 ? mine.map((p) => p.message[lang]).join(" ") : undefined}
              >
                <Input
                  className={styles.input}
                  value={inputs[def.key]}
                  inputMode="decimal"
                  autoComplete="off"
                  disabled={load.running}
                  contentAfter={<Text size={200}>{unit}</Text>}
                  onChange={(_, d) => edit(def.key, d.value)}
                  data-testid={`threshold-${def.key}`}
                />
              </Field>
            );
          })}
        </div>
        {problems.length > 0 && (
          <MessageBar intent="error" role="alert" data-testid="settings-problems">
            <MessageBarBody>
              <MessageBarTitle>{t.settings.fixProblems(problems.length)}</MessageBarTitle>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((p) => (
                  <li key={`${p.key}-${p.code}`}>{p.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {rejected.length > 0 && (
          <MessageBar intent="error" role="alert" data-testid="settings-rejected">
            <MessageBarBody>
              <MessageBarTitle>{t.settings.rejected}</MessageBarTitle>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {rejected.map((p) => (
                  <li key={`${p.key}-${p.code}`}>{p.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {save.failed && <ErrorBar error={save.error} />}
        {saved && !save.running && (
          <MessageBar intent="success" role="status" data-testid="settings-saved">
            <MessageBarBody>{t.settings.saved}</MessageBarBody>
          </MessageBar>
        )}
        <div className={flow.actions}>
          <RunButton
            type="submit"
            running={save.running}
            runningText={t.settings.saving}
            disabled={busy}
            data-testid="settings-save"
          >
            {t.settings.save}
          </RunButton>
          <Button
            type="button"
            disabled={busy}
            onClick={() => {
              setInputs(toInputs(DEFAULT_THRESHOLDS));
              setProblems([]);
              setSaved(false);
            }}
          >
            {t.settings.reset}
          </Button>
          <Button type="button" disabled={busy} onClick={() => void load.run()}>
            {t.settings.reload}
          </Button>
        </div>
      </form>
    </div>
  );
}

export default SettingsFlow;

import { useEffect, useId, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SettingsWriteReport, SplitNote } from "../../../excel/contract";
import {
  BUDGET_SPLIT_PRESETS,
  DEFAULT_SPLIT_PRESET,
  SPLIT_PRESET_NAME,
  type BudgetSplitPreset,
} from "../../../domain/settings/budget-split";
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
import { splitPresetWords } from "../lib/split-words";
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
  preset: { fontWeight: tokens.fontWeightSemibold },
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
  /** The split picked; null while the cell holds text that is no preset and nothing was picked. */
  const [split, setSplit] = useState<BudgetSplitPreset | null>(DEFAULT_SPLIT_PRESET);
  /** What the workbook's PlanBudgetSplit cell held when read: Save writes the split only when the pick differs. */
  const [splitInWorkbook, setSplitInWorkbook] = useState<BudgetSplitPreset | null>(DEFAULT_SPLIT_PRESET);
  const [splitNote, setSplitNote] = useState<SplitNote | undefined>(undefined);

  const load = useAction(async () => {
    const report = await workbook.readSettings();
    setInputs(toInputs(report.thresholds));
    const held = report.splitNote?.code === "splitNotAPreset" ? null : (report.split ?? DEFAULT_SPLIT_PRESET);
    setSplit(held);
    setSplitInWorkbook(held);
    setSplitNote(report.splitNote);
    setProblems([]);
    setSaved(false);
    return report;
  });
  const save = useAction(
    async (thresholds: Thresholds, chosen: BudgetSplitPreset | undefined): Promise<SettingsWriteReport> => {
      const report = await workbook.writeSettings(thresholds, chosen);
      setSaved(report.written);
      if (report.written && chosen !== undefined) {
        setSplitInWorkbook(chosen);
        setSplitNote(undefined); // the row now exists and holds a preset
      }
      return report;
    },
  );

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
    // The split cell is written only when the pick differs from it: what a person typed there stays otherwise.
    void save.run(thresholds, split !== null && split !== splitInWorkbook ? split : undefined);
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
        <Field
          label={t.settings.split.label}
          hint={
            <>
              {t.settings.split.hint} · <span className={styles.name}>{SPLIT_PRESET_NAME}</span>
            </>
          }
        >
          <RadioGroup
            value={split ?? ""}
            disabled={load.running}
            onChange={(_, d) => {
              setSplit(d.value as BudgetSplitPreset);
              setSaved(false);
            }}
            data-testid="split-preset"
          >
            {BUDGET_SPLIT_PRESETS.map((preset) => (
              <Radio
                key={preset}
                value={preset}
                data-testid={`split-${preset}`}
                label={
                  <>
                    {preset !== "none" && <span className={styles.preset}>{preset}: </span>}
                    {splitPresetWords(preset, t, lang)}
                  </>
                }
              />
            ))}
          </RadioGroup>
        </Field>
        {splitNote && (splitNote.code !== "splitCellMissing" || load.result?.present) && !load.running && (
          <MessageBar
            intent={splitNote.code === "splitNotAPreset" ? "warning" : "info"}
            data-testid={`split-note-${splitNote.code}`}
          >
            <MessageBarBody>{t.settings.split.notes[splitNote.code](splitNote.params)}</MessageBarBody>
          </MessageBar>
        )}
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
              setSplit(DEFAULT_SPLIT_PRESET);
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

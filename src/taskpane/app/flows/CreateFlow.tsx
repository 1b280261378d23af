import { useId, useState } from "react";
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  type BadgeProps,
} from "@fluentui/react-components";
import type { CreateReport, FormulaStyle, SheetOutcome, WorkbookSheetKey } from "../../../excel/contract";
import { LANGS, type Lang } from "../../../domain/language";
import { DEFAULT_FORMULA_STYLE, FORMULA_STYLES } from "../../../domain/formulas/style";
import { useI18n } from "../i18n";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

const SHEET_KEYS: readonly WorkbookSheetKey[] = ["goals", "strategies", "budget", "monitoring", "settings"];
const STYLES: readonly FormulaStyle[] = FORMULA_STYLES;

const OUTCOME_COLOR: Record<SheetOutcome["outcome"], BadgeProps["color"]> = {
  created: "success",
  existing: "informative",
  columnsAdded: "brand",
  conflict: "danger",
};

export function CreateFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const styles = useFlowStyles();
  const headingId = useId();
  // The sheets' language follows the pane's until the person picks one.
  const [sheetLang, setSheetLang] = useState<Lang | null>(null);
  const [sheets, setSheets] = useState<ReadonlySet<WorkbookSheetKey>>(() => new Set(SHEET_KEYS));
  const [example, setExample] = useState(false);
  const [style, setStyle] = useState<FormulaStyle>(DEFAULT_FORMULA_STYLE);
  const create = useAction((options: Parameters<typeof workbook.create>[0]) => workbook.create(options));
  const switchStyle = useAction((s: FormulaStyle, l: Lang) => workbook.switchStyle(s, l));

  const effectiveLang = sheetLang ?? lang;
  const chosen = SHEET_KEYS.filter((k) => sheets.has(k));
  const busy = create.running || switchStyle.running;

  const toggle = (key: WorkbookSheetKey, on: boolean) =>
    setSheets((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <div className={styles.flow} aria-labelledby={headingId} role="region">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.create.title}
      </Text>
      <Text className={styles.muted}>{t.create.intro}</Text>

      <Field label={t.create.sheetLang}>
        <RadioGroup layout="horizontal" value={effectiveLang} onChange={(_, d) => setSheetLang(d.value as Lang)}>
          {LANGS.map((l) => (
            <Radio key={l} value={l} label={t.languageNames[l]} />
          ))}
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.create.sheets}</legend>
        {SHEET_KEYS.map((key) => (
          <Checkbox
            key={key}
            label={t.sheetNames[key]}
            checked={sheets.has(key)}
            onChange={(_, d) => toggle(key, d.checked === true)}
            data-testid={`sheet-${key}`}
          />
        ))}
        {chosen.length === 0 && (
          <Text role="alert" className={styles.error}>
            {t.create.sheetsNone}
          </Text>
        )}
      </fieldset>

      <Field label={t.create.content}>
        <RadioGroup value={example ? "example" : "empty"} onChange={(_, d) => setExample(d.value === "example")}>
          <Radio value="empty" label={t.create.contentEmpty} />
          <Radio value="example" label={t.create.contentExample} />
        </RadioGroup>
      </Field>

      <Field label={t.create.style} hint={t.create.styleHints[style]}>
        <RadioGroup value={style} onChange={(_, d) => setStyle(d.value as FormulaStyle)}>
          {STYLES.map((s) => (
            <Radio key={s} value={s} label={t.create.styleNames[s]} />
          ))}
        </RadioGroup>
      </Field>

      <div className={styles.actions}>
        <RunButton
          running={create.running}
          runningText={t.create.creating}
          disabled={chosen.length === 0 || busy}
          onClick={() => void create.run({ lang: effectiveLang, sheets: chosen, example, style })}
          data-testid="create-run"
        >
          {t.create.createButton}
        </RunButton>
      </div>

      {create.failed && <ErrorBar error={create.error} />}
      {create.result && <CreateReportView report={create.result} />}

      {create.result && (
        <div className={styles.actions}>
          <Button
            disabled={busy}
            onClick={() => void switchStyle.run(style, effectiveLang)}
            aria-describedby={`${headingId}-style-hint`}
          >
            {t.create.applyStyle}
          </Button>
          {switchStyle.running && <Spinner size="tiny" label={t.create.applyingStyle} />}
          <Text id={`${headingId}-style-hint`} size={200} className={styles.muted}>
            {t.create.applyStyleHint}
          </Text>
        </div>
      )}
      {switchStyle.failed && <ErrorBar error={switchStyle.error} />}
      {switchStyle.result && !switchStyle.running && (
        <MessageBar intent="success">
          <MessageBarBody>{t.create.styleRewritten(switchStyle.result.rewritten)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function CreateReportView({ report }: { report: CreateReport }) {
  const { t } = useI18n();
  const styles = useFlowStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid="create-report">
      <Text as="h3" id={id} size={300} weight="semibold">
        {t.create.reportTitle}
      </Text>
      {report.outcomes.length === 0 ? (
        <Text as="p">{t.create.reportEmpty}</Text>
      ) : (
        <ul className={styles.list}>
          {report.outcomes.map((o) => (
            <li key={o.sheet} data-testid={`outcome-${o.sheet}`} data-outcome={o.outcome}>
              <div className={styles.row}>
                <Badge appearance="tint" color={OUTCOME_COLOR[o.outcome]}>
                  {t.create.outcome[o.outcome]}
                </Badge>
                <Text weight="semibold">{o.sheetName || t.sheetNames[o.sheet]}</Text>
              </div>
              <Text size={200} className={styles.muted} block>
                {o.note ? t.create.notes[o.note.code](o.note.params) : t.create.outcomeHelp[o.outcome]}
              </Text>
              {o.addedColumns && o.addedColumns.length > 0 && (
                <Text size={200} block>
                  {t.create.addedColumns(o.addedColumns.join(t.listSeparator))}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

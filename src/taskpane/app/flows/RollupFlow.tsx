import { useEffect, useId, useState } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { RollupWriteReport } from "../../../excel/contract";
import { fileProblemText } from "../../../domain/findings/file-problems";
import type { FilesRollup } from "../../../files/rollup-files";
import { useI18n } from "../i18n";
import { formatNumber } from "../lib/format";
import { useAction } from "../lib/useAction";
import { ErrorBar } from "../components/ErrorBar";
import { RunButton } from "../components/RunButton";
import { useFlowStyles } from "../components/layout";
import type { FlowProps } from "./types";

// The files reader brings ExcelJS: its own chunk, loaded when this flow opens, never before the first render.
const loadReader = () => import(/* webpackChunkName: "files-reader" */ "../../../files/rollup-files");

interface Outcome {
  files: FilesRollup;
  write?: RollupWriteReport;
}

export function RollupFlow({ workbook }: FlowProps) {
  const { t, lang } = useI18n();
  const styles = useFlowStyles();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);

  useEffect(() => {
    void loadReader().catch(() => undefined);
  }, []);

  const action = useAction(async (picked: File[]): Promise<Outcome> => {
    const { rollUpFiles } = await loadReader();
    const named = await Promise.all(
      picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const result = await rollUpFiles(named, lang);
    if (result.rollup.departments.length === 0) return { files: result };
    return { files: result, write: await workbook.writeRollup(result.sheets[0]) };
  });
  const outcome = action.result;
  const total = outcome?.files.rollup.total;

  return (
    <div className={styles.flow} data-testid="rollup-flow">
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.rollup.title}
      </Text>
      <Text>{t.rollup.intro}</Text>
      <label htmlFor={inputId}>
        <Text weight="semibold">{t.rollup.pick}</Text>
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        data-testid="rollup-files"
        onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
      />
      {files.length > 0 && <Text data-testid="rollup-picked">{t.rollup.picked(files.length)}</Text>}
      <div>
        <RunButton
          running={action.running}
          runningText={t.rollup.running}
          disabled={files.length === 0}
          onClick={() => void action.run(files)}
          data-testid="rollup-run"
        >
          {t.rollup.run}
        </RunButton>
      </div>
      {action.failed && <ErrorBar error={action.error} />}
      {outcome && !action.running && (
        <>
          {outcome.write?.written === true && total && (
            <MessageBar intent="success" data-testid="rollup-written">
              <MessageBarBody>
                {t.rollup.written(outcome.write.sheetName, outcome.files.rollup.departments.length)}{" "}
                {t.rollup.totals(formatNumber(total.budget, lang), formatNumber(total.actual, lang), total.errors)}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.write?.written === false && (
            <MessageBar intent="warning" data-testid="rollup-sheet-taken">
              <MessageBarBody>{t.rollup.sheetTaken(outcome.write.sheetName)}</MessageBarBody>
            </MessageBar>
          )}
          {!outcome.write && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.rollup.noneRead}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.files.failed.length > 0 && (
            <MessageBar intent="error" data-testid="rollup-failed">
              <MessageBarBody>
                <MessageBarTitle>{t.rollup.failedTitle}</MessageBarTitle>
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {outcome.files.failed.map((f) => (
                    <li key={f.file}>{fileProblemText(f.file, f.problem, lang)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
}

export default RollupFlow;

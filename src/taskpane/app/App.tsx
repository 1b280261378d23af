import { lazy, Suspense, useId, useMemo, useState, type ComponentType } from "react";
import {
  Field,
  FluentProvider,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { PlanWorkbook } from "../../excel/contract";
import { LANGS, type Lang } from "../../domain/language";
import { I18nContext, STRINGS, type I18n } from "./i18n";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FlowTabs } from "./components/FlowTabs";
import { CreateFlow } from "./flows/CreateFlow";
import type { FlowProps } from "./flows/types";

// The first screen (Create) ships with the app; every other flow is its own chunk,
// loaded the first time its tab is opened.
const CheckFlow = lazy(() => import(/* webpackChunkName: "flow-check" */ "./flows/CheckFlow"));
const WeeklyFlow = lazy(() => import(/* webpackChunkName: "flow-weekly" */ "./flows/WeeklyFlow"));
const SettingsFlow = lazy(() => import(/* webpackChunkName: "flow-settings" */ "./flows/SettingsFlow"));
const FunctionsFlow = lazy(() => import(/* webpackChunkName: "flow-functions" */ "./flows/FunctionsFlow"));
const RollupFlow = lazy(() => import(/* webpackChunkName: "flow-rollup" */ "./flows/RollupFlow"));
const ReviewFlow = lazy(() => import(/* webpackChunkName: "flow-review" */ "./flows/ReviewFlow"));

export type FlowKey = "create" | "check" | "weekly" | "settings" | "functions" | "rollup" | "review";

const FLOWS: readonly { key: FlowKey; component: ComponentType<FlowProps> }[] = [
  { key: "create", component: CreateFlow },
  { key: "check", component: CheckFlow },
  { key: "weekly", component: WeeklyFlow },
  { key: "settings", component: SettingsFlow },
  { key: "functions", component: FunctionsFlow },
  { key: "rollup", component: RollupFlow },
  { key: "review", component: ReviewFlow },
];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  lang: { minWidth: "140px" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AppProps {
  workbook: PlanWorkbook;
  initialLang: Lang;
  /** Opens a flow other than Create first (used by the dev preview). */
  initialFlow?: FlowKey;
}

export function App({ workbook, initialLang, initialFlow = "create" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [flow, setFlow] = useState<FlowKey>(initialFlow);
  // Flows stay mounted once opened, so a check report or a half-filled form
  // survives switching tabs.
  const [opened, setOpened] = useState<ReadonlySet<FlowKey>>(() => new Set([initialFlow]));
  const i18n = useMemo<I18n>(() => ({ lang, t: STRINGS[lang] }), [lang]);
  const { t } = i18n;
  const idPrefix = useId();

  const open = (key: FlowKey) => {
    setFlow(key);
    setOpened((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nContext.Provider value={i18n}>
        <ErrorBoundary t={t}>
          <div className={styles.root}>
            <header className={styles.header}>
              <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                {t.appTitle}
              </Text>
              <Field label={t.languageLabel} className={styles.lang} size="small">
                <Select
                  size="small"
                  value={lang}
                  data-testid="language-switch"
                  onChange={(_, data) => setLang(data.value as Lang)}
                >
                  {LANGS.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {t.languageNames[l]}
                    </option>
                  ))}
                </Select>
              </Field>
            </header>
            <FlowTabs
              tabs={FLOWS.map(({ key }) => ({ key, label: t.tabs[key] }))}
              selected={flow}
              onSelect={open}
              label={t.tabListLabel}
              idPrefix={idPrefix}
            />
            {FLOWS.filter(({ key }) => opened.has(key)).map(({ key, component: Flow }) => (
              <section
                key={key}
                id={`${idPrefix}panel-${key}`}
                role="tabpanel"
                aria-labelledby={`${idPrefix}tab-${key}`}
                hidden={key !== flow}
                data-testid={`panel-${key}`}
              >
                <div className={styles.panel}>
                  <ErrorBoundary t={t}>
                    <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                      <Flow workbook={workbook} />
                    </Suspense>
                  </ErrorBoundary>
                </div>
              </section>
            ))}
          </div>
        </ErrorBoundary>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

export default App;

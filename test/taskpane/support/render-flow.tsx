/** Renders one flow of the pane as App does: Fluent's provider and the pane's language. */
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../../src/domain/language";
import { I18nContext, STRINGS } from "../../../src/taskpane/app/i18n";

// jsdom has no layout; Fluent's overflow-aware components only need the constructor to exist.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

export function renderFlow(ui: ReactElement, lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>{ui}</I18nContext.Provider>
    </FluentProvider>,
  );
}

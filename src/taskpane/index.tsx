/**
 * Entry of the `taskpane` chunk (React). PLACEHOLDER: the task-pane engineer
 * replaces the body; keep the file name, the `#root` element of taskpane.html and
 * the rule that nothing here is needed for the custom functions to register (they
 * live in the separate `functions` chunk, which runs first).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { langFromLocale, type Lang } from "../domain/language";

const TITLE: Record<Lang, string> = { "zh-CN": "营销计划", "en-US": "Marketing plan" };

function render(lang: Lang): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Text as="h1" size={500} weight="semibold">
          {TITLE[lang]}
        </Text>
      </FluentProvider>
    </StrictMode>,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady(() => render(langFromLocale(Office.context?.displayLanguage)));
} else {
  render(langFromLocale(navigator.language));
}

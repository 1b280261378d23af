/**
 * The language of text results (status, approval level): Office's display
 * language, zh-CN by default and wherever Office is absent (Node, the test double).
 */
import { langFromLocale, type Lang } from "../domain/language";

let current: Lang | undefined;

function officeDisplayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined; // Office not initialised yet
  }
}

/** The language for text results; read from Office once it is known, then cached. */
export function functionsLang(): Lang {
  if (current) return current;
  const locale = officeDisplayLanguage();
  if (!locale) return "zh-CN";
  current = langFromLocale(locale);
  return current;
}

/**
 * Sets the language of text results (the task pane may offer a choice; tests and
 * the test double use it). `undefined` goes back to Office's display language.
 */
export function setFunctionsLang(lang: Lang | undefined): void {
  current = lang;
}

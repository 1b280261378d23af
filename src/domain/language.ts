/** The add-in's two display languages; zh-CN is the default for its users. */
export type Lang = "zh-CN" | "en-US";

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A text in both display languages. */
export type Localized = Record<Lang, string>;

/**
 * Maps an Office display language ("zh-CN", "zh-TW", "en-GB", "de-DE" …) to the
 * add-in's language: any Chinese gets zh-CN, anything else en-US.
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return "zh-CN";
  return locale.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

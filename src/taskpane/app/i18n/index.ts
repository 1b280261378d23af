import { createContext, useContext } from "react";
import type { Lang } from "../../../domain/language";
import { enUS } from "./en-US";
import type { Strings } from "./types";
import { zhCN } from "./zh-CN";

export type { Strings } from "./types";

/** One table per language; `Record<Lang, Strings>` makes a missing language a compile error too. */
export const STRINGS: Record<Lang, Strings> = { "zh-CN": zhCN, "en-US": enUS };

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: "zh-CN", t: zhCN });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

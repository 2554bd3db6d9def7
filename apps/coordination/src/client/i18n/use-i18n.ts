import { useCallback, useSyncExternalStore } from "react";
import {
  currentLocale,
  isMessageKey,
  type Locale,
  type MessageKey,
  type Params,
  subscribeLocale,
  translate,
} from "./locale.js";

export type Translate = (key: MessageKey, params?: Params) => string;

/** The label of a value the API sends as free text (`audit.action.` + `erase`), else the value. */
export type Label = (prefix: string, value: string) => string;

/** The UI language and a `t()` bound to it; components re-render when it changes. */
export function useI18n(): { locale: Locale; t: Translate; label: Label } {
  const locale = useSyncExternalStore(subscribeLocale, currentLocale);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  const label = useCallback<Label>(
    (prefix, value) => {
      const key = `${prefix}${value}`;
      return isMessageKey(key) ? translate(locale, key) : value;
    },
    [locale],
  );
  return { locale, t, label };
}

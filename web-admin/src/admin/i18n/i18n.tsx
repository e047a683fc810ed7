// Texts of the console in English and Japanese. Each screen defines its own messages with
// defineMessages (the Japanese table must have every English key) and reads them with useT.
// The language: `ui_locales` of the console's URL, else the choice saved in this browser, else the
// browser's languages (shared/locale.ts); switching saves the choice.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { chooseLocale, supportedLocales, type Locale } from '../../shared/locale';

export type { Locale };
export { supportedLocales };

export interface Messages<K extends string> {
  en: Record<K, string>;
  ja: Record<K, string>;
}

export function defineMessages<K extends string>(m: Messages<K>): Messages<K> {
  return m;
}

export type Vars = Record<string, string | number>;

// Replaces {name} placeholders; unknown names stay as written.
export function format(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate<K extends string>(messages: Messages<K>, locale: Locale, key: K, vars?: Vars): string {
  return format(messages[locale][key] ?? messages.en[key] ?? key, vars);
}

const STORAGE_KEY = 'idp-admin.locale';

export function initialLocale(search: string, saved: string | null, languages: readonly string[]): Locale {
  const uiLocales = new URLSearchParams(search).get('ui_locales') ?? undefined;
  if (uiLocales) return chooseLocale(uiLocales, languages);
  if (saved && (supportedLocales as readonly string[]).includes(saved)) return saved as Locale;
  return chooseLocale(undefined, languages);
}

interface LocaleState {
  locale: Locale;
  setLocale: (l: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} });

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    const chosen = initialLocale(window.location.search, localStorage.getItem(STORAGE_KEY), navigator.languages);
    // Kept, so that the language asked for survives the round trip through the sign-in pages.
    if (new URLSearchParams(window.location.search).has('ui_locales')) localStorage.setItem(STORAGE_KEY, chosen);
    return chosen;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
    setState(l);
  }, []);
  document.documentElement.lang = locale;
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export function useT<K extends string>(messages: Messages<K>): (key: K, vars?: Vars) => string {
  const { locale } = useLocale();
  return useCallback((key: K, vars?: Vars) => translate(messages, locale, key, vars), [messages, locale]);
}

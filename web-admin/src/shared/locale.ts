// The language of the pages: the first supported tag of `ui_locales` (OpenID Connect Core §3.1.2.1,
// space-separated BCP 47 tags in order of preference), else of the browser's languages, else English.

export const supportedLocales = ['en', 'ja'] as const;
export type Locale = (typeof supportedLocales)[number];

function supported(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((l) => l === primary);
}

export function chooseLocale(uiLocales: string | undefined, browserLanguages: readonly string[]): Locale {
  for (const tag of (uiLocales ?? '').split(/\s+/).filter(Boolean)) {
    const l = supported(tag);
    if (l) return l;
  }
  for (const tag of browserLanguages) {
    const l = supported(tag);
    if (l) return l;
  }
  return 'en';
}

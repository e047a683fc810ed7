// What every page starts with: its language, its authorization request, and the common ways
// out (the relying party, the error page).
import { ApiError, networkFailure } from './api';
import { follow } from './dom';
import { chooseLocale, type Locale } from '../../shared/locale';
import { translator, type Translate } from './messages';
import { navigationFor } from './navigation';
import { errorPageUrl, flowPageUrl, parseFlow, type Flow, type Page } from './query';

export interface PageContext {
  locale: Locale;
  t: Translate;
  flow: Flow;
  go(page: Page): void;
  // Leaves for the error page; for errors the user cannot fix on this page.
  fail(error: unknown): void;
  // Text for an error the user may fix on this page, or undefined after leaving for the error page.
  problem(error: unknown): string | undefined;
  // Sends the browser to the relying party with an authorize/deny answer.
  finish(answer: unknown): void;
}

// The page's language from its `ui_locales` and the browser's, set on <html lang>.
export function pageLanguage(): { locale: Locale; t: Translate; uiLocales?: string } {
  const uiLocales = new URLSearchParams(window.location.search).get('ui_locales') ?? undefined;
  const locale = chooseLocale(uiLocales, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;
  return { locale, t: translator(locale), uiLocales };
}

export function startPage(): PageContext | null {
  const search = window.location.search;
  const { locale, t, uiLocales } = pageLanguage();
  const here = window.location.href;
  const flow = parseFlow(search);
  if (!flow) {
    window.location.replace(errorPageUrl(here, 'invalid_request', t('missingFlow'), uiLocales));
    return null;
  }

  const fail = (error: unknown) => {
    const [code, description] =
      error instanceof ApiError
        ? [error.error, error.status === networkFailure ? t('network') : error.description]
        : ['client_error', String(error instanceof Error ? error.message : error)];
    window.location.assign(errorPageUrl(here, code, description, flow.uiLocales));
  };

  return {
    locale,
    t,
    flow,
    go: (page) => window.location.assign(flowPageUrl(page, here, flow)),
    fail,
    problem(error) {
      if (error instanceof ApiError && !error.sessionMismatch) {
        return error.status === networkFailure ? t('network') : error.description || error.error;
      }
      fail(error);
      return undefined;
    },
    finish(answer) {
      const navigation = navigationFor(answer);
      if (navigation.kind === 'invalid') fail(new Error(t('unexpectedAnswer', { reason: navigation.reason })));
      else follow(navigation);
    },
  };
}

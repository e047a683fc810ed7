import { describe, expect, it } from 'vitest';
import { common } from './common';
import { format, initialLocale, translate } from './i18n';

describe('console texts', () => {
  it('fill placeholders and leave unknown ones', () => {
    expect(format('Page {page} of {pages}', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(format('{x} stays', {})).toBe('{x} stays');
    expect(translate(common, 'ja', 'total', { total: 3 })).toBe('全 3 件');
  });

  it('take ui_locales first, then the saved choice, then the browser', () => {
    expect(initialLocale('?ui_locales=ja-JP%20en', 'en', ['en-US'])).toBe('ja');
    expect(initialLocale('', 'ja', ['en-US'])).toBe('ja');
    expect(initialLocale('', null, ['ja', 'en'])).toBe('ja');
    expect(initialLocale('', 'fr', ['de'])).toBe('en');
  });

  it('have every English text in Japanese too, none empty', () => {
    for (const key of Object.keys(common.en) as (keyof typeof common.en)[]) expect(common.ja[key]).toBeTruthy();
  });
});

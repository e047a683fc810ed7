import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../shared/locale';
import { translator } from './messages';
import { scopeLabel } from './scopes';

describe('chooseLocale', () => {
  it('takes the first supported tag of ui_locales', () => {
    expect(chooseLocale('fr-CA ja-JP en', ['en-US'])).toBe('ja');
  });
  it('falls back to the browser languages', () => {
    expect(chooseLocale(undefined, ['de', 'ja'])).toBe('ja');
    expect(chooseLocale('fr', ['en-GB'])).toBe('en');
  });
  it('defaults to English', () => {
    expect(chooseLocale('', [])).toBe('en');
    expect(chooseLocale(undefined, ['zh-Hant'])).toBe('en');
  });
});

describe('texts', () => {
  it('fills placeholders in both languages', () => {
    expect(translator('en')('signinLead', { client: 'My App' })).toBe('Sign in to continue to My App.');
    expect(translator('ja')('signinLead', { client: 'My App' })).toContain('My App');
  });
  it('labels standard scopes and shows others as sent', () => {
    expect(scopeLabel('email', 'ja')).toBe('メールアドレス');
    expect(scopeLabel('transfers', 'en')).toBe('transfers');
  });
});

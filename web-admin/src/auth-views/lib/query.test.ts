import { describe, expect, it } from 'vitest';
import { errorPageUrl, flowPageUrl, interactionPath, parseFlow } from './query';

const here = 'https://idp.example/auth-views/signin/index.html?id=a&tenant_id=t';

describe('parseFlow', () => {
  it('reads id and tenant_id as sent by the authorization endpoint', () => {
    expect(parseFlow('?id=8b1c&tenant_id=67e7')).toEqual({ id: '8b1c', tenantId: '67e7' });
  });
  it('keeps ui_locales', () => {
    expect(parseFlow('?id=1&tenant_id=2&ui_locales=ja%20en')).toEqual({ id: '1', tenantId: '2', uiLocales: 'ja en' });
  });
  it('refuses a page address without id or tenant_id', () => {
    expect(parseFlow('')).toBeNull();
    expect(parseFlow('?id=1')).toBeNull();
    expect(parseFlow('?tenant_id=2&id=')).toBeNull();
  });
});

describe('addresses', () => {
  it('puts the interaction under the tenant and the request, encoded', () => {
    expect(interactionPath({ id: 'a/b', tenantId: 't 1' }, 'view-data')).toBe('/t%201/v1/authorizations/a%2Fb/view-data');
  });
  it('links a sibling page keeping id, tenant_id and ui_locales', () => {
    expect(flowPageUrl('signup', here, { id: 'a', tenantId: 't', uiLocales: 'ja' })).toBe(
      'https://idp.example/auth-views/signup/index.html?id=a&tenant_id=t&ui_locales=ja',
    );
  });
  it('carries error and error_description to the error page', () => {
    const url = new URL(errorPageUrl(here, 'invalid_request', 'auth_session_mismatch: restart'));
    expect(url.pathname).toBe('/auth-views/error/index.html');
    expect(url.searchParams.get('error')).toBe('invalid_request');
    expect(url.searchParams.get('error_description')).toBe('auth_session_mismatch: restart');
    expect(url.searchParams.has('ui_locales')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

describe('navigationFor', () => {
  it('redirects to the redirect_uri of an authorize answer', () => {
    const url = 'https://rp.example/cb?code=abc&state=xyz&iss=https%3A%2F%2Fidp.example%2Ft';
    expect(navigationFor({ status: 'success', redirect_uri: url })).toEqual({ kind: 'redirect', url });
  });
  it('redirects to a deny answer, fragment included', () => {
    const url = 'https://rp.example/cb#error=access_denied&state=s';
    expect(navigationFor({ status: 'denied', redirect_uri: url })).toEqual({ kind: 'redirect', url });
  });
  it('posts the parameters of a form_post answer', () => {
    expect(
      navigationFor({
        status: 'success',
        redirect_uri: 'https://rp.example/cb',
        response_mode: 'form_post',
        parameters: { code: 'c', state: 's' },
      }),
    ).toEqual({ kind: 'form_post', action: 'https://rp.example/cb', fields: [['code', 'c'], ['state', 's']] });
  });
  it('refuses answers that cannot be followed safely', () => {
    expect(navigationFor(null).kind).toBe('invalid');
    expect(navigationFor({ status: 'success' }).kind).toBe('invalid');
    expect(navigationFor({ redirect_uri: 'javascript:alert(1)' }).kind).toBe('invalid');
    expect(navigationFor({ redirect_uri: 'not a url' }).kind).toBe('invalid');
    expect(navigationFor({ redirect_uri: 'https://rp.example/cb', response_mode: 'form_post' }).kind).toBe('invalid');
    expect(navigationFor({ redirect_uri: 'https://rp.example/cb', response_mode: 'form_post', parameters: { n: 1 } }).kind).toBe('invalid');
  });
});

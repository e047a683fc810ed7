import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientBody, clientFormOf, newClientForm, validateClient } from './client';

// idp-server's example client (examples/login-password-only/client-request.json).
const example = JSON.parse(readFileSync(join(__dirname, '../../../../tests/data/idp-server-config/examples/login-password-only/client-request.json'), 'utf8'));
const id = '0b5d6f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';

describe('client form', () => {
  it('gives back an unchanged document, members the form does not show included', () => {
    const body = clientBody(clientFormOf(example), example);
    for (const [k, v] of Object.entries(example)) if (k !== 'scope') expect(body[k]).toEqual(v);
    expect(body.scope).toBe(example.scope.split(/\s+/).join(' '));
  });

  it('writes what the form changed and drops emptied optional members', () => {
    const form = { ...clientFormOf(example), client_name: '  ', redirect_uris: [' https://rp.example/cb ', ''], access_token_duration: 600 as const };
    const body = clientBody(form, example);
    expect(body.client_name).toBeUndefined();
    expect(body.redirect_uris).toEqual(['https://rp.example/cb']);
    expect((body.extension as Record<string, unknown>).access_token_duration).toBe(600);
  });

  it('finds what the server would refuse, by field', () => {
    const form = { ...newClientForm('not-a-uuid'), redirect_uris: ['http://rp.example/cb', 'https://rp.example/cb#f'], response_types: ['code'], grant_types: ['client_credentials'], token_endpoint_auth_method: 'none', refresh_token_duration: -1 as const };
    const errors = validateClient(form);
    expect(Object.keys(errors).sort()).toEqual(['client_id', 'extension.refresh_token_duration', 'redirect_uris', 'response_types', 'token_endpoint_auth_method']);
    expect(errors.redirect_uris).toContain('http is allowed only for localhost');
  });

  it('accepts a loopback RP and a fresh form with its URI', () => {
    expect(validateClient({ ...newClientForm(id), redirect_uris: ['http://127.0.0.1:4000/callback'] })).toEqual({});
    expect(validateClient(newClientForm(id)).redirect_uris).toMatch(/at least one/);
  });
});

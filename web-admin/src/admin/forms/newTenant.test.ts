import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../components/schema';
import { consoleClient, generatePassword, newTenantBody, newTenantForm, onboardingBody, validateNewTenant, validateOnboarding, type OnboardingForm } from './newTenant';

const schema = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../../fcgi-app/control/schemas', name), 'utf8'));
const origin = 'https://idp.example.test';
const ids = { organizationId: '11111111-1111-4111-8111-111111111111', tenantId: '22222222-2222-4222-8222-222222222222', userSub: '33333333-3333-4333-8333-333333333333', clientId: '44444444-4444-4444-8444-444444444444' };
const onboarding: OnboardingForm = { organizationName: 'Acme', organizationDescription: '', tenantName: 'Acme organizer', adminName: 'Ada', adminEmail: 'ada@acme.test', adminPassword: 'a-long-passphrase' };

describe('a new tenant', () => {
  it('passes the server schemas, with endpoints under the issuer and no keys (the server makes them)', () => {
    const body = newTenantBody({ ...newTenantForm(ids.tenantId), name: 'Shop' }, origin);
    expect(schemaProblems(schema('tenant.json'), body.tenant)).toEqual([]);
    expect(schemaProblems(schema('authorization-server.json'), body.authorization_server)).toEqual([]);
    const server = body.authorization_server as Record<string, unknown>;
    expect(server.issuer).toBe(`${origin}/${ids.tenantId}`);
    expect(server.token_endpoint).toBe(`${origin}/${ids.tenantId}/v1/tokens`);
    expect(server.jwks).toBeUndefined();
    expect((body.tenant as Record<string, unknown>).ui_config).toBeUndefined();
  });

  it('is refused without a name, openid or the code grant', () => {
    const errors = validateNewTenant({ ...newTenantForm('x'), scopes: ['email'], grantTypes: ['client_credentials'], access_token_duration: 0 });
    expect(Object.keys(errors).sort()).toEqual(['authorization_server.extension.access_token_duration', 'authorization_server.grant_types_supported',
      'authorization_server.scopes_supported', 'tenant.id', 'tenant.name']);
  });
});

describe('onboarding', () => {
  it('makes every part pass its schema, the description falling back to the name', () => {
    const body = onboardingBody(onboarding, ids, origin, '/admin/');
    for (const [part, file] of [['organization', 'organization.json'], ['tenant', 'tenant.json'], ['authorization_server', 'authorization-server.json'], ['user', 'user.json'], ['client', 'client.json']])
      expect([part, schemaProblems(schema(file), body[part])]).toEqual([part, []]);
    expect((body.organization as Record<string, unknown>).description).toBe('Acme');
    expect((body.authorization_server as Record<string, unknown>).scopes_supported).toContain('management');
  });

  it('registers the console as a public PKCE client returning to the console', () => {
    const c = consoleClient(ids.clientId, origin, '/admin/');
    expect(c).toMatchObject({ token_endpoint_auth_method: 'none', require_pkce: true, redirect_uris: [`${origin}/admin/callback`], post_logout_redirect_uris: [`${origin}/admin/`] });
  });

  it('checks each step on its own', () => {
    expect(Object.keys(validateOnboarding({ ...onboarding, organizationName: '' }, 0))).toEqual(['organization.name']);
    expect(validateOnboarding({ ...onboarding, organizationName: '' }, 1)).toEqual({});
    expect(Object.keys(validateOnboarding({ ...onboarding, adminEmail: 'ada', adminPassword: 'short' }, 2)).sort()).toEqual(['user.email', 'user.raw_password']);
  });

  it('generates passwords from the random source', () => {
    expect(generatePassword((b) => b.fill(255))).toBe('____________________');
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});

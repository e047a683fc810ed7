/// <reference types="node" />
// The tenant settings forms against the tenant documents of idp-server's example configurations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Json } from '../api/management';
import { placeErrors } from '../api/errors';
import {
  SECTIONS, originProblem, sectionFields, sectionForm, validateCors, validateIdentity, validateSection, validateSession,
  validateUi, withSection, type CorsForm, type IdentityForm, type SessionForm,
} from './tenant';

const EXAMPLES = '/work/shared/reference/idp-server-config/examples';

// Every example file holding a tenant document (the "tenant" member of a creation or onboarding body).
function exampleTenants(): [string, Json][] {
  const found: [string, Json][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) {
        const doc = JSON.parse(readFileSync(p, 'utf8')) as Json;
        if (doc.tenant && typeof doc.tenant === 'object') found.push([relative(EXAMPLES, p), doc.tenant as Json]);
      }
    }
  };
  walk(EXAMPLES);
  return found.sort(([a], [b]) => a.localeCompare(b));
}

const tenants = existsSync(EXAMPLES) ? exampleTenants() : [];
const tenant = (name: string): Json => {
  const t = tenants.find(([p]) => p === name);
  if (!t) throw new Error(`no example ${name}`);
  return structuredClone(t[1]);
};

describe('reading and writing the example tenants', () => {
  it('finds the example tenant documents', () => {
    expect(tenants.length).toBeGreaterThanOrEqual(25);
  });

  it.each(tenants)('%s: every section written back unchanged leaves the document as it was', (_, doc) => {
    for (const s of SECTIONS) expect(withSection(doc, s, sectionForm(doc, s)), s).toEqual(doc);
  });

  it('reads the session of the FAPI 2.0 tenant, with the defaults for what it leaves out', () => {
    const s = sectionForm(tenant('e2e/fapi2-tenant/tenants/fapi2-tenant.json'), 'session').session_config;
    expect(s).toEqual({
      cookie_name: 'FAPI2_TENANT_IDP_SERVER_SESSION', cookie_domain: '', cookie_same_site: 'None', use_secure_cookie: false,
      use_http_only_cookie: true, cookie_path: '/', timeout_seconds: '', switch_policy: 'SWITCH_ALLOWED',
    });
  });

  it('refuses the FAPI 2.0 tenant\'s session as it is: SameSite=None needs a Secure cookie', () => {
    const doc = tenant('e2e/fapi2-tenant/tenants/fapi2-tenant.json');
    expect(validateSession(sectionForm(doc, 'session'))).toEqual({ 'session_config.use_secure_cookie': { code: 'sameSiteNone' } });
    const form = sectionForm(doc, 'session');
    form.session_config.cookie_same_site = 'Lax';
    expect(validateSession(form)).toEqual({});
    expect((withSection(doc, 'session', form).session_config as Json).cookie_same_site).toBe('Lax');
  });

  it('reads "lax" as Lax and writes it back as the document spells it', () => {
    const doc = tenant('e2e/tenant-1/initial.json');
    expect((doc.session_config as Json).cookie_same_site).toBe('lax');
    const form = sectionForm(doc, 'session');
    expect(form.session_config.cookie_same_site).toBe('Lax');
    expect((withSection(doc, 'session', form).session_config as Json).cookie_same_site).toBe('lax');
    form.session_config.cookie_same_site = 'Strict';
    expect((withSection(doc, 'session', form).session_config as Json).cookie_same_site).toBe('Strict');
  });

  it('changes one member of the password policy and keeps every other member, known or not', () => {
    const doc = tenant('login-password-only/public-tenant-request.json');
    doc.database_type = 'postgresql';
    const form = sectionForm(doc, 'identity');
    expect(form.identity_policy_config.password_policy.min_length).toBe(8);
    expect(form.identity_policy_config.identity_unique_key_type).toBe('EMAIL_OR_EXTERNAL_USER_ID');
    form.identity_policy_config.password_policy.min_length = 12;
    form.identity_policy_config.password_policy.require_number = true;
    const after = withSection(doc, 'identity', form);
    const expected = structuredClone(doc);
    const pw = (expected.identity_policy_config as Json).password_policy as Json;
    pw.min_length = 12;
    pw.require_number = true;
    expect(after).toEqual(expected);
    expect(doc).toEqual({ ...tenant('login-password-only/public-tenant-request.json'), database_type: 'postgresql' });  // not changed in place
  });

  it('reads the security event settings of the financial-grade tenant', () => {
    const form = sectionForm(tenant('financial-grade/financial-tenant.json'), 'events');
    expect(form.security_event_log_config.stage).toBe('certification');
    expect(form.security_event_log_config.debug_logging).toBe(true);
    expect(form.security_event_log_config.service_name).toBe('idp-server-fapi-ciba');
    expect(form.security_event_log_config.statistics_enabled).toBe(false);  // absent: the default
    expect(form.security_event_user_config.include_email).toBe(true);
    expect(form.security_event_user_config.include_status).toBe(true);  // absent: the default
  });

  it('adds a section the document lacks only when a value differs from the default', () => {
    const doc = tenant('e2e/test-tenant/tenants/tenant-a.json');
    expect(doc.cors_config).toBeUndefined();
    const form = sectionForm(doc, 'cors');
    expect(form.cors_config).toEqual({
      allow_origins: [], allow_headers: 'Authorization, Content-Type, Accept, x-device-id',
      allow_methods: 'GET, POST, PUT, PATCH, DELETE, OPTIONS', allow_credentials: true,
    });
    expect(withSection(doc, 'cors', form)).toEqual(doc);
    form.cors_config.allow_origins = [' https://app.example.com ', ''];
    expect(withSection(doc, 'cors', form).cors_config).toEqual({ allow_origins: ['https://app.example.com'] });
  });

  it('leaves out emptied optional members and numbers (the server\'s default applies)', () => {
    const doc = tenant('login-password-only/public-tenant-request.json');
    const session = sectionForm(doc, 'session');
    expect(session.session_config.timeout_seconds).toBe(86400);
    session.session_config.timeout_seconds = '';
    session.session_config.cookie_name = '  ';
    const after = withSection(doc, 'session', session).session_config as Json;
    expect(after).not.toHaveProperty('timeout_seconds');
    expect(after).not.toHaveProperty('cookie_name');
    const ui = sectionForm(doc, 'ui');
    ui.ui_config.base_url = '';
    expect(withSection(doc, 'ui', ui).ui_config).toEqual({ signin_page: '/auth/', signup_page: '/signup/' });
  });

  it('finds nothing to refuse in the examples\' CORS, UI and identity sections', () => {
    for (const [name, doc] of tenants) {
      expect(validateCors(sectionForm(doc, 'cors')), name).toEqual({});
      expect(validateUi(sectionForm(doc, 'ui')), name).toEqual({});
      expect(validateIdentity(sectionForm(doc, 'identity')), name).toEqual({});
      expect(validateSection('general', sectionForm(doc, 'general')), name).toEqual({});
    }
  });
});

describe('validation', () => {
  const cors = (origins: string[]): CorsForm => ({ cors_config: { allow_origins: origins, allow_headers: 'Authorization', allow_methods: 'GET, POST', allow_credentials: true } });

  it('accepts origins and refuses URLs with a path, a query or no scheme', () => {
    for (const o of ['https://app.example.com', 'http://localhost:3000', 'https://localhost.emobix.co.uk:8443', 'https://a.example/', '*', 'capacitor://localhost'])
      expect(originProblem(o), o).toBeUndefined();
    for (const o of ['https://a.example/login', 'https://a.example?x=1', 'a.example', 'https://a.example#f', 'https://user@a.example', 'null'])
      expect(originProblem(o), o).toEqual({ code: 'origin', vars: { value: o } });
    expect(validateCors(cors(['https://a.example', 'https://a.example/cb']))).toEqual({ 'cors_config.allow_origins': { code: 'origin', vars: { value: 'https://a.example/cb' } } });
    expect(validateCors(cors(['https://a.example', 'https://A.example/']))).toEqual({ 'cors_config.allow_origins': { code: 'duplicate', vars: { value: 'https://A.example/' } } });
  });

  it('refuses header and method lists that are not tokens', () => {
    const form = cors([]);
    form.cors_config.allow_methods = 'GET; POST';
    form.cors_config.allow_headers = 'X-A, X B';
    expect(validateCors(form)).toEqual({ 'cors_config.allow_methods': { code: 'tokenList' }, 'cors_config.allow_headers': { code: 'tokenList' } });
  });

  it('wants a positive session timeout and a cookie path', () => {
    const form = (timeout: number | ''): SessionForm => ({ session_config: { cookie_name: 'SESSION', cookie_domain: '', cookie_same_site: 'Lax', use_secure_cookie: true, use_http_only_cookie: true, cookie_path: '/', timeout_seconds: timeout, switch_policy: 'STRICT' } });
    expect(validateSession(form(3600))).toEqual({});
    expect(validateSession(form(''))).toEqual({});
    expect(validateSession(form(0))).toEqual({ 'session_config.timeout_seconds': { code: 'intRange', vars: { min: 1, max: 2147483647 } } });
    expect(validateSession(form(1.5))).toHaveProperty(['session_config.timeout_seconds']);
    const bad = form(60);
    bad.session_config.cookie_path = 'auth';
    bad.session_config.cookie_name = 'my session';
    bad.session_config.cookie_domain = 'https://example.com';
    expect(Object.keys(validateSession(bad)).sort()).toEqual(['session_config.cookie_domain', 'session_config.cookie_name', 'session_config.cookie_path']);
  });

  it('wants min_length at most max_length, both between 1 and 72, and a readable regex', () => {
    const form = sectionForm(tenant('login-password-only/public-tenant-request.json'), 'identity') as IdentityForm;
    const pw = form.identity_policy_config.password_policy;
    pw.min_length = 20;
    pw.max_length = 16;
    expect(validateIdentity(form)).toEqual({ 'identity_policy_config.password_policy.min_length': { code: 'minOverMax', vars: { max: 16 } } });
    pw.max_length = 100;
    expect(validateIdentity(form)).toEqual({ 'identity_policy_config.password_policy.max_length': { code: 'intRange', vars: { min: 1, max: 72 } } });
    pw.max_length = '';
    pw.min_length = 73;
    expect(Object.keys(validateIdentity(form))).toEqual(['identity_policy_config.password_policy.min_length']);
    pw.min_length = 10;
    pw.custom_regex = '([a-z]';
    expect(validateIdentity(form)['identity_policy_config.password_policy.custom_regex']?.code).toBe('regex');
  });

  it('wants an absolute domain and pages that start with "/"', () => {
    expect(validateSection('general', { name: ' ', description: '', domain: 'api.example.com', enabled: true }))
      .toEqual({ name: { code: 'required' }, domain: { code: 'absoluteUrl' } });
    expect(validateUi({ ui_config: { base_url: 'https://auth.example.com?x', signin_page: 'signin/', signup_page: '/signup/' } }))
      .toEqual({ 'ui_config.base_url': { code: 'absoluteUrl' }, 'ui_config.signin_page': { code: 'pathStart' } });
  });
});

describe('refusals of the server next to the fields', () => {
  // As the server answers a PUT of the tenant with bad values (schema messages carry no prefix).
  const messages = [
    'name must be at least 1 character',
    'domain is not a valid URI reference (RFC 3986)',
    'tenant.enabled: expected a boolean',
    'tenant.ui_config.signin_page: expected a string',
    'tenant.cors_config.allow_origins[1]: expected a string',
    'tenant.session_config.cookie_same_site: unknown value "Bogus" (expected one of None, Lax, Strict)',
    'tenant.session_config.timeout_seconds: out of range',
    'tenant.session_config.extra_member: expected a string',
    'tenant.security_event_log_config.format: unknown value "xml" (expected one of structured_json, plain_text)',
    'tenant.identity_policy_config.password_policy.min_length: must not exceed max_length (20)',
    'tenant.identity_policy_config.authentication_device_rule.max_devices: out of range',
  ];

  it('places each on its section\'s field, or on the section when no field shows it', () => {
    const place = (s: (typeof SECTIONS)[number]) => placeErrors(messages, sectionFields(s), ['tenant.']).fields;
    expect(Object.keys(place('general')).sort()).toEqual(['domain', 'enabled', 'name']);
    expect(Object.keys(place('session')).sort()).toEqual(['session_config', 'session_config.cookie_same_site', 'session_config.timeout_seconds']);
    expect(Object.keys(place('cors'))).toEqual(['cors_config.allow_origins']);
    expect(Object.keys(place('ui'))).toEqual(['ui_config.signin_page']);
    expect(Object.keys(place('identity')).sort()).toEqual([
      'identity_policy_config.authentication_device_rule.max_devices', 'identity_policy_config.password_policy.min_length']);
    expect(Object.keys(place('events'))).toEqual(['security_event_log_config.format']);
  });
});

// Documents for a new tenant on this server: the authorization server of a tenant (its endpoints
// under {origin}/{tenant}; the server generates its signing keys), a PUBLIC tenant
// (POST /tenants) and an organization's onboarding (POST /onboarding: the organization, its
// ORGANIZER tenant, the first administrator and the console's client there).
import type { Json } from '../api/management';
import { sayEnglish, type Say } from '../i18n/problems';
import { lifetimeProblems } from './vocabulary';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ServerOptions {
  scopes: string[];
  grantTypes: string[];
  access_token_duration: number;
  id_token_duration: number;
  refresh_token_duration: number;
}

export const DEFAULT_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export function authorizationServerFor(origin: string, tenantId: string, o: ServerOptions): Json {
  const issuer = `${origin}/${tenantId}`;
  return {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorizations`,
    token_endpoint: `${issuer}/v1/tokens`,
    userinfo_endpoint: `${issuer}/v1/userinfo`,
    jwks_uri: `${issuer}/v1/jwks`,
    end_session_endpoint: `${issuer}/v1/logout`,
    token_introspection_endpoint: `${issuer}/v1/tokens/introspection`,
    token_revocation_endpoint: `${issuer}/v1/tokens/revocation`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256', 'ES256'],
    grant_types_supported: [...o.grantTypes],
    scopes_supported: [...o.scopes],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256', 'ES256'],
    claims_parameter_supported: true,
    extension: {
      access_token_type: 'JWT',
      access_token_duration: o.access_token_duration,
      id_token_duration: o.id_token_duration,
      refresh_token_duration: o.refresh_token_duration,
    },
  };
}

export interface NewTenantForm extends ServerOptions {
  id: string;
  name: string;
  description: string;
}

export function newTenantForm(id: string): NewTenantForm {
  return {
    id,
    name: '',
    description: '',
    scopes: [...DEFAULT_SCOPES],
    grantTypes: ['authorization_code', 'refresh_token'],
    access_token_duration: 1800,
    id_token_duration: 3600,
    refresh_token_duration: 86400,
  };
}

export const NEW_TENANT_FIELDS = ['tenant.id', 'tenant.name', 'tenant.description', 'authorization_server.scopes_supported',
  'authorization_server.grant_types_supported', 'authorization_server.extension.access_token_duration',
  'authorization_server.extension.id_token_duration', 'authorization_server.extension.refresh_token_duration'] as const;

// A PUBLIC tenant without ui_config: it signs users in with the default pages (/auth-views/).
export function newTenantBody(form: NewTenantForm, origin: string): Json {
  const tenant: Json = { id: form.id.trim(), name: form.name.trim(), domain: origin, authorization_provider: 'idp-server' };
  if (form.description.trim()) tenant.description = form.description.trim();
  return { tenant, authorization_server: authorizationServerFor(origin, form.id.trim(), form) };
}

export function validateNewTenant(form: NewTenantForm, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!UUID.test(form.id.trim())) errors['tenant.id'] = say('mustBeUuid');
  if (!form.name.trim()) errors['tenant.name'] = say('nameNeeded');
  if (!form.scopes.includes('openid')) errors['authorization_server.scopes_supported'] = say('openidNeeded');
  if (!form.grantTypes.includes('authorization_code')) errors['authorization_server.grant_types_supported'] = say('codeGrantNeeded');
  return { ...errors, ...lifetimeProblems(form, say, 'authorization_server.') };
}

export interface OnboardingForm {
  organizationName: string;
  organizationDescription: string;
  tenantName: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
}

export interface OnboardingIds {
  organizationId: string;
  tenantId: string;
  userSub: string;
  clientId: string;
}

export const ONBOARDING_FIELDS = ['organization.name', 'organization.description', 'tenant.name', 'user.name', 'user.email',
  'user.raw_password'] as const;

// Which wizard step shows a field (for placing the server's refusals).
export const ONBOARDING_STEP: Record<(typeof ONBOARDING_FIELDS)[number], number> = {
  'organization.name': 0, 'organization.description': 0, 'tenant.name': 1, 'user.name': 2, 'user.email': 2, 'user.raw_password': 2,
};

export function onboardingBody(form: OnboardingForm, ids: OnboardingIds, origin: string, consoleBase: string): Json {
  // idp-server's organization schema requires a description: the name when none is given.
  const organization: Json = { id: ids.organizationId, name: form.organizationName.trim(), description: form.organizationDescription.trim() || form.organizationName.trim() };
  return {
    organization,
    tenant: {
      id: ids.tenantId,
      name: form.tenantName.trim(),
      domain: origin,
      authorization_provider: 'idp-server',
      session_config: { cookie_same_site: 'Lax', use_secure_cookie: origin.startsWith('https:'), use_http_only_cookie: true, cookie_path: '/', timeout_seconds: 3600 },
      cors_config: { allow_origins: [origin] },
    },
    authorization_server: authorizationServerFor(origin, ids.tenantId, {
      scopes: ['openid', 'profile', 'email', 'management', 'org-management'],
      grantTypes: ['authorization_code', 'refresh_token'],
      access_token_duration: 900,
      id_token_duration: 3600,
      refresh_token_duration: 28800,
    }),
    user: {
      sub: ids.userSub,
      provider_id: 'idp-server',
      name: form.adminName.trim(),
      email: form.adminEmail.trim(),
      email_verified: true,
      raw_password: form.adminPassword,
    },
    client: consoleClient(ids.clientId, origin, consoleBase),
  };
}

// The console's public client in a tenant: authorization code with PKCE, no secret.
export function consoleClient(clientId: string, origin: string, consoleBase: string): Json {
  return {
    client_id: clientId,
    client_name: 'Admin console',
    redirect_uris: [`${origin}${consoleBase}callback`],
    post_logout_redirect_uris: [`${origin}${consoleBase}`],
    response_types: ['code'],
    grant_types: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_method: 'none',
    require_pkce: true,
    scope: 'openid profile email management',
    application_type: 'web',
  };
}

export function validateOnboarding(form: OnboardingForm, step?: number, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  const all = step === undefined;
  if ((all || step === 0) && !form.organizationName.trim()) errors['organization.name'] = say('nameNeeded');
  if ((all || step === 1) && !form.tenantName.trim()) errors['tenant.name'] = say('nameNeeded');
  if (all || step === 2) {
    if (!form.adminName.trim()) errors['user.name'] = say('nameNeeded');
    if (!EMAIL.test(form.adminEmail.trim())) errors['user.email'] = say('emailNeeded');
    if (form.adminPassword.length < 12) errors['user.raw_password'] = say('atLeast12');
  }
  return errors;
}

// A password for the first administrator, from the browser's random source (base64url, 20 chars).
export function generatePassword(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(15));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return `${btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

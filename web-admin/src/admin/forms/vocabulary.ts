// The OAuth vocabulary the client and authorization-server forms offer, and the token lifetimes
// (members of `extension`, in seconds) they share with the new-tenant form.
import type { Say } from '../i18n/problems';

export const GRANT_TYPES = ['authorization_code', 'refresh_token', 'client_credentials', 'password', 'implicit',
  'urn:openid:params:grant-type:ciba', 'urn:ietf:params:oauth:grant-type:jwt-bearer'] as const;
export const RESPONSE_TYPES = ['code', 'id_token', 'token', 'code id_token', 'code token', 'id_token token', 'code id_token token', 'none'] as const;
export const AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt',
  'tls_client_auth', 'self_signed_tls_client_auth', 'none'] as const;

export const LIFETIMES = ['access_token_duration', 'id_token_duration', 'refresh_token_duration'] as const;
export type Lifetime = (typeof LIFETIMES)[number];

// Each lifetime that is set must be a positive whole number: `extension.<name>` (after `prefix`)
// → message.
export function lifetimeProblems(values: Record<Lifetime, number | ''>, say: Say, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const k of LIFETIMES) {
    const v = values[k];
    if (v !== '' && (!Number.isInteger(v) || v <= 0)) errors[`${prefix}extension.${k}`] = say('positiveSeconds');
  }
  return errors;
}

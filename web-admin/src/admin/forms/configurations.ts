// The configuration documents a tenant keeps (management API /tenants/{t}/<path>): for each kind
// its console path, its names, the schema the server checks it with (when it has one), the
// document "New" starts from and the members its list shows.
import identityVerificationSchema from '../../../../fcgi-app/control/schemas/identity-verification.json';
import securityEventHookSchema from '../../../../fcgi-app/control/schemas/security-event-hook-configuration.json';
import type { Json } from '../api/management';

export type ListMember = 'id' | 'type' | 'flow' | 'sso_provider' | 'enabled';

export interface ConfigurationKind {
  path: string;  // the management API's path segment, also the console's route
  label: { en: string; ja: string };
  schema?: object;  // the server's body schema; without one the server's dry run checks the rest
  start: (id: string) => Json;  // the document "New" starts from
  columns: readonly ListMember[];
}

// Authentication configuration: initial registration, as in idp-server's examples (the shortest
// real configuration, and the one a tenant that lets users sign up needs).
function authenticationConfiguration(id: string): Json {
  return {
    id,
    type: 'initial-registration',
    attributes: {},
    metadata: {},
    interactions: {
      'initial-registration': {
        request: {
          schema: {
            type: 'object',
            required: ['email', 'password', 'name'],
            properties: {
              email: { type: 'string', format: 'email', maxLength: 255 },
              password: { type: 'string', minLength: 8, maxLength: 64 },
              name: { type: 'string', maxLength: 255 },
            },
          },
        },
      },
    },
  };
}

const successCount = (method: string) => ({ path: `$.${method}.success_count`, type: 'integer', operation: 'gte', value: 1 });

// Authentication policy of the authorization flow: a password, or a new registration.
function authenticationPolicy(id: string): Json {
  return {
    id,
    flow: 'oauth',
    enabled: true,
    policies: [
      {
        description: 'password_only',
        priority: 1,
        conditions: {},
        available_methods: ['password', 'initial-registration'],
        success_conditions: { any_of: [[successCount('password-authentication')], [successCount('initial-registration')]] },
      },
    ],
  };
}

// Identity verification: an application whose details are stored as sent, decided by a later
// "evaluate-result" call, with the approved details mapped into verified claims.
function identityVerification(id: string): Json {
  const decided = (member: string) => ({ any_of: [[{ path: `$.request_body.${member}`, type: 'boolean', operation: 'eq', value: true }]] });
  const claim = (name: string) => ({ from: `$.application.application_details.${name}`, to: `claims.${name}` });
  return {
    id,
    type: 'ekyc',
    enabled: true,
    processes: {
      apply: {
        request: {
          schema: {
            type: 'object',
            required: ['family_name', 'given_name', 'birthdate'],
            properties: {
              family_name: { type: 'string', maxLength: 255 },
              given_name: { type: 'string', maxLength: 255 },
              birthdate: { type: 'string', format: 'date' },
            },
          },
        },
        execution: { type: 'no_action' },
        store: { application_details_mapping_rules: [{ from: '$.request_body', to: '*' }] },
        response: { body_mapping_rules: [{ from: '$.response_body', to: '*' }] },
      },
      'evaluate-result': {
        execution: { type: 'no_action' },
        transition: { approved: decided('approved'), rejected: decided('rejected') },
      },
    },
    result: {
      verified_claims_mapping_rules: [
        { static_value: 'jp_aml', to: 'verification.trust_framework' },
        claim('family_name'),
        claim('given_name'),
        claim('birthdate'),
      ],
    },
  };
}

// Federation with an OpenID provider; disabled until its client credentials are filled in.
function federation(id: string): Json {
  const issuer = 'https://accounts.example.com';
  return {
    id,
    type: 'oidc',
    sso_provider: 'example',
    enabled: false,
    payload: {
      issuer,
      issuer_name: 'example',
      type: 'standard',
      provider: 'standard',
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      scopes_supported: ['openid', 'email', 'profile'],
      client_id: '',
      client_secret: '',
      redirect_uri: 'https://idp.example.com/signin/sso-callback/',
    },
  };
}

// A webhook called for every event of its triggers; disabled until its URL is set.
function securityEventHook(id: string): Json {
  return {
    id,
    type: 'WEBHOOK',
    triggers: ['user_signup', 'login_success', 'password_failure'],
    events: {
      default: {
        execution: {
          function: 'http_request',
          http_request: {
            url: 'https://hooks.example.com/security-events',
            method: 'POST',
            auth_type: 'none',
            body_mapping_rules: [
              { from: '$.type', to: 'event_type' },
              { from: '$.user.sub', to: 'user_id' },
            ],
          },
        },
      },
    },
    execution_order: 100,
    enabled: false,
    store_execution_payload: true,
  };
}

export const CONFIGURATION_KINDS: readonly ConfigurationKind[] = [
  {
    path: 'authentication-configurations',
    label: { en: 'Authentication configurations', ja: '認証設定' },
    start: authenticationConfiguration,
    columns: ['id', 'type', 'enabled'],
  },
  {
    path: 'authentication-policies',
    label: { en: 'Authentication policies', ja: '認証ポリシー' },
    start: authenticationPolicy,
    columns: ['id', 'flow', 'enabled'],
  },
  {
    path: 'identity-verification-configurations',
    label: { en: 'Identity verification templates', ja: '身元確認テンプレート' },
    schema: identityVerificationSchema,
    start: identityVerification,
    columns: ['id', 'type', 'enabled'],
  },
  {
    path: 'federation-configurations',
    label: { en: 'Federation', ja: 'フェデレーション' },
    start: federation,
    columns: ['id', 'type', 'sso_provider', 'enabled'],
  },
  {
    path: 'security-event-hook-configurations',
    label: { en: 'Security event hooks', ja: 'セキュリティイベントフック' },
    schema: securityEventHookSchema,
    start: securityEventHook,
    columns: ['id', 'type', 'enabled'],
  },
];

export function kindOf(path: string): ConfigurationKind | undefined {
  return CONFIGURATION_KINDS.find((k) => k.path === path);
}

// A member of a listed document as text ('' when absent or not a string).
export function memberText(doc: Json, member: ListMember): string {
  const v = doc[member];
  return typeof v === 'string' ? v : '';
}

// The server treats a document without "enabled" as enabled.
export function isEnabled(doc: Json): boolean {
  return doc.enabled !== false;
}

// How a document is named in titles and confirmations: its type (or flow) and id.
export function documentName(doc: Json): string {
  const what = memberText(doc, 'type') || memberText(doc, 'flow');
  const id = memberText(doc, 'id');
  return what && id ? `${what} (${id})` : what || id;
}

// The id a write answer names: {dry_run, result: {id}} of a create, else the sent document's.
export function savedId(answer: unknown, sent: Json): string {
  const result = answer && typeof answer === 'object' ? (answer as Json).result : undefined;
  const id = result && typeof result === 'object' ? (result as Json).id : undefined;
  return typeof id === 'string' && id ? id : memberText(sent, 'id');
}

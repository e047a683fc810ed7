// The tenant settings forms: one form per section of the tenant document (general, session, CORS,
// UI, identity policy, security events), read from the document and written back into it. Members
// a form does not show are kept as they are; a member the document does not have is added only when
// the form's value differs from the server's default (domain/tenant_config.hpp, identity_policy.hpp).
import type { Json } from '../api/management';

export type Section = 'general' | 'session' | 'cors' | 'ui' | 'identity' | 'events';
export const SECTIONS: readonly Section[] = ['general', 'session', 'cors', 'ui', 'identity', 'events'];

export const SAME_SITE = ['None', 'Lax', 'Strict'] as const;
export const SWITCH_POLICIES = ['STRICT', 'SWITCH_ALLOWED', 'MULTI_SESSION'] as const;
export const UNIQUE_KEY_TYPES = ['USERNAME', 'USERNAME_OR_EXTERNAL_USER_ID', 'EMAIL', 'EMAIL_OR_EXTERNAL_USER_ID', 'PHONE',
  'PHONE_OR_EXTERNAL_USER_ID', 'EXTERNAL_USER_ID'] as const;
export const DEVICE_AUTH_TYPES = ['none', 'access_token', 'device_secret_jwt', 'private_key_jwt'] as const;
export const DEVICE_SECRET_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
export const LOG_FORMATS = ['structured_json', 'plain_text'] as const;
export const LOG_FLAGS = ['debug_logging', 'include_user_id', 'include_user_name', 'include_user_ex_sub', 'include_client_id',
  'include_ip_address', 'include_user_agent', 'include_event_detail', 'include_user_detail', 'include_user_pii',
  'include_trace_context', 'tracing_enabled', 'persistence_enabled', 'statistics_enabled'] as const;
const LOG_FLAG_DEFAULTS: Record<(typeof LOG_FLAGS)[number], boolean> = {
  debug_logging: false, include_user_id: true, include_user_name: true, include_user_ex_sub: true, include_client_id: true,
  include_ip_address: true, include_user_agent: true, include_event_detail: false, include_user_detail: false,
  include_user_pii: false, include_trace_context: false, tracing_enabled: false, persistence_enabled: false, statistics_enabled: false,
};
export const USER_FLAGS = ['include_id', 'include_name', 'include_external_user_id', 'include_email', 'include_phone_number',
  'include_given_name', 'include_family_name', 'include_preferred_username', 'include_profile', 'include_picture',
  'include_website', 'include_gender', 'include_birthdate', 'include_zoneinfo', 'include_locale', 'include_address',
  'include_roles', 'include_permissions', 'include_current_tenant', 'include_assigned_tenants', 'include_verified_claims',
  'include_status', 'include_authentication_device_ids'] as const;
const USER_FLAGS_ON = new Set<string>(['include_id', 'include_name', 'include_external_user_id', 'include_status']);

// How a member is read into a form value and written back.
type Kind =
  | 'text'          // a string; the default when absent
  | 'optionalText'  // a string; empty means absent
  | 'bool'
  | 'int'           // a number; empty means absent (the server's default applies)
  | 'choice'        // one of `choices`, read in any case
  | 'list';         // an array of strings

interface FieldSpec {
  path: string;  // dotted path in the tenant document, also the form field's name
  kind: Kind;
  default?: string | number | boolean;
  choices?: readonly string[];
}

const f = (path: string, kind: Kind, dflt?: string | number | boolean, choices?: readonly string[]): FieldSpec => ({ path, kind, default: dflt, choices });

const SPECS: Record<Section, FieldSpec[]> = {
  general: [f('name', 'text', ''), f('description', 'optionalText'), f('domain', 'text', ''), f('enabled', 'bool', true)],
  session: [
    f('session_config.cookie_name', 'optionalText'),
    f('session_config.cookie_domain', 'optionalText'),
    f('session_config.cookie_same_site', 'choice', 'None', SAME_SITE),
    f('session_config.use_secure_cookie', 'bool', true),
    f('session_config.use_http_only_cookie', 'bool', true),
    f('session_config.cookie_path', 'text', '/'),
    f('session_config.timeout_seconds', 'int', 3600),
    f('session_config.switch_policy', 'choice', 'SWITCH_ALLOWED', SWITCH_POLICIES),
  ],
  cors: [
    f('cors_config.allow_origins', 'list'),
    f('cors_config.allow_headers', 'text', 'Authorization, Content-Type, Accept, x-device-id'),
    f('cors_config.allow_methods', 'text', 'GET, POST, PUT, PATCH, DELETE, OPTIONS'),
    f('cors_config.allow_credentials', 'bool', true),
  ],
  ui: [
    f('ui_config.base_url', 'optionalText'),
    f('ui_config.signin_page', 'text', '/auth-views/signin/index.html'),
    f('ui_config.signup_page', 'text', '/auth-views/signup/index.html'),
  ],
  identity: [
    f('identity_policy_config.identity_unique_key_type', 'choice', 'EMAIL_OR_EXTERNAL_USER_ID', UNIQUE_KEY_TYPES),
    f('identity_policy_config.password_policy.min_length', 'int', 8),
    f('identity_policy_config.password_policy.max_length', 'int', 72),
    ...(['require_uppercase', 'require_lowercase', 'require_number', 'require_special_char'] as const).map((k) =>
      f(`identity_policy_config.password_policy.${k}`, 'bool', false)),
    f('identity_policy_config.password_policy.custom_regex', 'optionalText'),
    f('identity_policy_config.password_policy.custom_regex_error_message', 'optionalText'),
    f('identity_policy_config.password_policy.max_attempts', 'int', 5),
    f('identity_policy_config.password_policy.lockout_duration_seconds', 'int', 900),
    f('identity_policy_config.authentication_device_rule.max_devices', 'int', 5),
    f('identity_policy_config.authentication_device_rule.required_identity_verification', 'bool', false),
    f('identity_policy_config.authentication_device_rule.authentication_type', 'choice', 'none', DEVICE_AUTH_TYPES),
    f('identity_policy_config.authentication_device_rule.issue_device_secret', 'bool', false),
    f('identity_policy_config.authentication_device_rule.device_secret_algorithm', 'choice', 'HS256', DEVICE_SECRET_ALGORITHMS),
    f('identity_policy_config.authentication_device_rule.device_secret_expires_in_seconds', 'int'),
  ],
  events: [
    f('security_event_log_config.format', 'choice', 'structured_json', LOG_FORMATS),
    f('security_event_log_config.stage', 'text', 'processed'),
    ...LOG_FLAGS.map((k) => f(`security_event_log_config.${k}`, 'bool', LOG_FLAG_DEFAULTS[k])),
    f('security_event_log_config.allowed_user_pii_keys', 'text', ''),
    f('security_event_log_config.service_name', 'text', 'idp-server'),
    f('security_event_log_config.custom_tags', 'text', ''),
    f('security_event_log_config.detail_scrub_keys', 'text',
      'authorization,cookie,password,secret,token,access_token,refresh_token,api_key,api_secret'),
    ...USER_FLAGS.map((k) => f(`security_event_user_config.${k}`, 'bool', USER_FLAGS_ON.has(k))),
  ],
};

// The objects each section owns: refusals naming one of their other members land there.
const ROOTS: Record<Section, string[]> = {
  general: ['id', 'authorization_provider', 'attributes'],
  session: ['session_config'],
  cors: ['cors_config'],
  ui: ['ui_config'],
  identity: ['identity_policy_config', 'identity_policy_config.password_policy', 'identity_policy_config.authentication_device_rule'],
  events: ['security_event_log_config', 'security_event_user_config'],
};

// The form fields of a section, which server refusals may name (useSave's `fields`).
export function sectionFields(section: Section): string[] {
  return [...SPECS[section].map((s) => s.path), ...ROOTS[section]];
}

// The section roots: messages placed on them are shown above the section's form.
export function sectionRoots(section: Section): string[] {
  return ROOTS[section];
}

export interface GeneralForm { name: string; description: string; domain: string; enabled: boolean }
export interface SessionForm {
  session_config: {
    cookie_name: string; cookie_domain: string; cookie_same_site: string; use_secure_cookie: boolean;
    use_http_only_cookie: boolean; cookie_path: string; timeout_seconds: number | ''; switch_policy: string;
  };
}
export interface CorsForm { cors_config: { allow_origins: string[]; allow_headers: string; allow_methods: string; allow_credentials: boolean } }
export interface UiForm { ui_config: { base_url: string; signin_page: string; signup_page: string } }
export interface IdentityForm {
  identity_policy_config: {
    identity_unique_key_type: string;
    password_policy: {
      min_length: number | ''; max_length: number | ''; require_uppercase: boolean; require_lowercase: boolean;
      require_number: boolean; require_special_char: boolean; custom_regex: string; custom_regex_error_message: string;
      max_attempts: number | ''; lockout_duration_seconds: number | '';
    };
    authentication_device_rule: {
      max_devices: number | ''; required_identity_verification: boolean; authentication_type: string;
      issue_device_secret: boolean; device_secret_algorithm: string; device_secret_expires_in_seconds: number | '';
    };
  };
}
export interface EventsForm {
  security_event_log_config: Record<(typeof LOG_FLAGS)[number], boolean> & {
    format: string; stage: string; allowed_user_pii_keys: string; service_name: string; custom_tags: string; detail_scrub_keys: string;
  };
  security_event_user_config: Record<(typeof USER_FLAGS)[number], boolean>;
}
export interface SectionForms { general: GeneralForm; session: SessionForm; cors: CorsForm; ui: UiForm; identity: IdentityForm; events: EventsForm }

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function getPath(doc: Json, path: string): { found: boolean; value?: unknown } {
  let at: unknown = doc;
  for (const part of path.split('.')) {
    if (!isObject(at) || !(part in at)) return { found: false };
    at = at[part];
  }
  return { found: true, value: at };
}

function setPath(target: Json, path: string, value: unknown) {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(at[part])) at[part] = {};
    at = at[part] as Json;
  }
  at[parts[parts.length - 1]] = value;
}

function deletePath(target: Json, path: string) {
  const parts = path.split('.');
  const parent = getPath(target, parts.slice(0, -1).join('.'));
  const holder = parts.length === 1 ? target : parent.value;
  if (isObject(holder)) delete holder[parts[parts.length - 1]];
}

const choiceOf = (v: unknown, spec: FieldSpec) =>
  typeof v === 'string' ? (spec.choices?.find((c) => c.toLowerCase() === v.toLowerCase()) ?? v) : String(spec.default ?? '');

function formValue(spec: FieldSpec, v: { found: boolean; value?: unknown }): unknown {
  const value = v.found ? v.value : undefined;
  switch (spec.kind) {
    case 'text': return typeof value === 'string' ? value : String(spec.default ?? '');
    case 'optionalText': return typeof value === 'string' ? value : '';
    case 'bool': return typeof value === 'boolean' ? value : spec.default === true;
    case 'int': return typeof value === 'number' ? value : '';
    case 'choice': return choiceOf(value, spec);
    case 'list': return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  }
}

// The form values of one section of the tenant document.
export function sectionForm<S extends Section>(doc: Json, section: S): SectionForms[S] {
  const values: Json = {};
  for (const spec of SPECS[section]) setPath(values, spec.path, formValue(spec, getPath(doc, spec.path)));
  return values as unknown as SectionForms[S];
}

// The member's new value, or undefined to leave it out.
function memberValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'text': return typeof value === 'string' ? value.trim() : value;
    case 'optionalText': return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    case 'int': return value === '' || value === undefined || value === null ? undefined : value;
    case 'list': return Array.isArray(value) ? value.map((x) => String(x).trim()).filter(Boolean) : [];
    default: return value;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// `doc` with one section's members replaced by the form's values; every other member is kept.
export function withSection<S extends Section>(doc: Json, section: S, form: SectionForms[S]): Json {
  const out = structuredClone(doc);
  const values = form as unknown as Json;
  for (const spec of SPECS[section]) {
    const before = getPath(doc, spec.path);
    let value = memberValue(spec, getPath(values, spec.path).value);
    // A choice written in another case ("lax") stays as written when it is the same choice.
    if (spec.kind === 'choice' && typeof before.value === 'string' && typeof value === 'string' && before.value.toLowerCase() === value.toLowerCase())
      value = before.value;
    const defaultValue = spec.kind === 'list' ? [] : spec.default;
    if (value === undefined || (!before.found && same(value, defaultValue))) deletePath(out, spec.path);
    else setPath(out, spec.path, value);
  }
  // Objects the document did not have stay out unless a member was put in them.
  for (const root of [...ROOTS[section]].sort((a, b) => b.length - a.length)) {
    const now = getPath(out, root);
    if (!getPath(doc, root).found && now.found && isObject(now.value) && Object.keys(now.value).length === 0) deletePath(out, root);
  }
  return out;
}

// A problem the form finds before the server: a message key of the screen and its values.
export interface Problem {
  code: 'required' | 'absoluteUrl' | 'origin' | 'duplicate' | 'intRange' | 'minOverMax' | 'pathStart' | 'cookieName'
    | 'cookieDomain' | 'sameSiteNone' | 'tokenList' | 'regex';
  vars?: Record<string, string | number>;
}
export type Problems = Record<string, Problem>;

const MAX_INT = 2147483647;

function intProblem(problems: Problems, field: string, value: number | '', min: number, max = MAX_INT) {
  if (value === '') return;
  if (!Number.isInteger(value) || value < min || value > max) problems[field] = { code: 'intRange', vars: { min, max } };
}

// An absolute http(s) URL; with `bare`, without query and fragment.
export function isAbsoluteUrl(text: string, bare = false): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return !bare || (!text.includes('?') && !text.includes('#'));
}

// An origin as CORS compares it: scheme://host[:port], at most a trailing "/", or "*" for any.
export function originProblem(origin: string): Problem | undefined {
  if (origin === '*') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#@\s]+\/?$/i.test(origin)) return { code: 'origin', vars: { value: origin } };
  try {
    new URL(origin);
  } catch {
    return { code: 'origin', vars: { value: origin } };
  }
  return undefined;
}

// RFC 9110 token lists, as the CORS headers carry them ("GET, POST", "*").
const isTokenList = (text: string) => /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*\s*$/.test(text);

export function validateGeneral(v: GeneralForm): Problems {
  const p: Problems = {};
  if (!v.name.trim()) p.name = { code: 'required' };
  if (!v.domain.trim()) p.domain = { code: 'required' };
  else if (!isAbsoluteUrl(v.domain.trim(), true)) p.domain = { code: 'absoluteUrl' };
  return p;
}

export function validateSession(v: SessionForm): Problems {
  const p: Problems = {};
  const s = v.session_config;
  // RFC 6265 §4.1.1: a cookie name is a token.
  if (s.cookie_name.trim() && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(s.cookie_name.trim())) p['session_config.cookie_name'] = { code: 'cookieName' };
  if (s.cookie_domain.trim() && !/^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(s.cookie_domain.trim())) p['session_config.cookie_domain'] = { code: 'cookieDomain' };
  if (!s.cookie_path.trim().startsWith('/')) p['session_config.cookie_path'] = { code: 'pathStart' };
  intProblem(p, 'session_config.timeout_seconds', s.timeout_seconds, 1);
  // Browsers drop a SameSite=None cookie that is not Secure.
  if (s.cookie_same_site === 'None' && !s.use_secure_cookie) p['session_config.use_secure_cookie'] = { code: 'sameSiteNone' };
  return p;
}

export function validateCors(v: CorsForm): Problems {
  const p: Problems = {};
  const c = v.cors_config;
  const origins = c.allow_origins.map((o) => o.trim()).filter(Boolean);
  const seen = new Set<string>();
  for (const o of origins) {
    const problem = originProblem(o);
    const key = o.replace(/\/$/, '').toLowerCase();
    if (problem) p['cors_config.allow_origins'] = problem;
    else if (seen.has(key)) p['cors_config.allow_origins'] = { code: 'duplicate', vars: { value: o } };
    seen.add(key);
    if (p['cors_config.allow_origins']) break;
  }
  if (c.allow_headers.trim() && !isTokenList(c.allow_headers)) p['cors_config.allow_headers'] = { code: 'tokenList' };
  if (c.allow_methods.trim() && !isTokenList(c.allow_methods)) p['cors_config.allow_methods'] = { code: 'tokenList' };
  return p;
}

export function validateUi(v: UiForm): Problems {
  const p: Problems = {};
  const u = v.ui_config;
  if (u.base_url.trim() && !isAbsoluteUrl(u.base_url.trim(), true)) p['ui_config.base_url'] = { code: 'absoluteUrl' };
  for (const k of ['signin_page', 'signup_page'] as const)
    if (!u[k].trim().startsWith('/')) p[`ui_config.${k}`] = { code: 'pathStart' };
  return p;
}

export function validateIdentity(v: IdentityForm): Problems {
  const p: Problems = {};
  const pw = v.identity_policy_config.password_policy;
  const dev = v.identity_policy_config.authentication_device_rule;
  const at = 'identity_policy_config.password_policy';
  intProblem(p, `${at}.min_length`, pw.min_length, 1, 72);
  intProblem(p, `${at}.max_length`, pw.max_length, 1, 72);
  const min = pw.min_length === '' ? 8 : pw.min_length;
  const max = pw.max_length === '' ? 72 : pw.max_length;
  if (!p[`${at}.min_length`] && !p[`${at}.max_length`] && min > max) p[`${at}.min_length`] = { code: 'minOverMax', vars: { max } };
  if (pw.custom_regex.trim()) {
    try {
      new RegExp(pw.custom_regex.trim());
    } catch (e) {
      p[`${at}.custom_regex`] = { code: 'regex', vars: { message: e instanceof Error ? e.message : String(e) } };
    }
  }
  intProblem(p, `${at}.max_attempts`, pw.max_attempts, 1);
  intProblem(p, `${at}.lockout_duration_seconds`, pw.lockout_duration_seconds, 0);
  intProblem(p, 'identity_policy_config.authentication_device_rule.max_devices', dev.max_devices, 1);
  intProblem(p, 'identity_policy_config.authentication_device_rule.device_secret_expires_in_seconds', dev.device_secret_expires_in_seconds, 0);
  return p;
}

export function validateEvents(v: EventsForm): Problems {
  const p: Problems = {};
  if (!v.security_event_log_config.service_name.trim()) p['security_event_log_config.service_name'] = { code: 'required' };
  if (!v.security_event_log_config.stage.trim()) p['security_event_log_config.stage'] = { code: 'required' };
  return p;
}

const VALIDATORS: { [S in Section]: (v: SectionForms[S]) => Problems } = {
  general: validateGeneral, session: validateSession, cors: validateCors, ui: validateUi, identity: validateIdentity, events: validateEvents,
};

export function validateSection<S extends Section>(section: S, values: SectionForms[S]): Problems {
  return (VALIDATORS[section] as (v: SectionForms[S]) => Problems)(values);
}


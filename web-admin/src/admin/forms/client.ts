// The client form: the members an operator edits most, read from and written back into the
// client document (members the form does not show are kept as they are).
import type { Json } from '../api/management';
import { sayEnglish, type Say } from '../i18n/problems';
import { lifetimeProblems } from './vocabulary';


export interface ClientForm {
  client_id: string;
  client_name: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
  scope: string;
  application_type: 'web' | 'native';
  require_pkce: boolean;
  enabled: boolean;
  access_token_duration: number | '';
  refresh_token_duration: number | '';
  id_token_duration: number | '';
}

// The form's fields, which server refusals may name (placeErrors).
export const CLIENT_FIELDS = ['client_id', 'client_name', 'redirect_uris', 'post_logout_redirect_uris', 'grant_types',
  'response_types', 'token_endpoint_auth_method', 'scope', 'application_type', 'require_pkce', 'enabled',
  'extension.access_token_duration', 'extension.refresh_token_duration', 'extension.id_token_duration'] as const;

const str = (v: unknown, d = '') => (typeof v === 'string' ? v : d);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | '' => (typeof v === 'number' ? v : '');

export function newClientForm(clientId: string): ClientForm {
  return {
    client_id: clientId,
    client_name: '',
    redirect_uris: [],
    post_logout_redirect_uris: [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: 'openid profile email',
    application_type: 'web',
    require_pkce: false,
    enabled: true,
    access_token_duration: '',
    refresh_token_duration: '',
    id_token_duration: '',
  };
}

export function clientFormOf(doc: Json): ClientForm {
  const ext = (doc.extension && typeof doc.extension === 'object' ? doc.extension : {}) as Json;
  return {
    client_id: str(doc.client_id),
    client_name: str(doc.client_name),
    redirect_uris: strings(doc.redirect_uris),
    post_logout_redirect_uris: strings(doc.post_logout_redirect_uris),
    grant_types: strings(doc.grant_types),
    response_types: strings(doc.response_types),
    token_endpoint_auth_method: str(doc.token_endpoint_auth_method, 'client_secret_basic'),
    scope: str(doc.scope),
    application_type: doc.application_type === 'native' ? 'native' : 'web',
    require_pkce: doc.require_pkce === true,
    enabled: doc.enabled !== false,
    access_token_duration: num(ext.access_token_duration),
    refresh_token_duration: num(ext.refresh_token_duration),
    id_token_duration: num(ext.id_token_duration),
  };
}

// The document to send: `original` with the form's members put in (empty optional ones removed).
export function clientBody(form: ClientForm, original: Json = {}): Json {
  const doc: Json = { ...original };
  const set = (k: string, v: unknown, keep: boolean) => {
    if (keep) doc[k] = v;
    else delete doc[k];
  };
  const clean = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
  doc.client_id = form.client_id.trim();
  set('client_name', form.client_name.trim(), form.client_name.trim() !== '');
  doc.redirect_uris = clean(form.redirect_uris);
  set('post_logout_redirect_uris', clean(form.post_logout_redirect_uris), true);
  doc.grant_types = [...form.grant_types];
  doc.response_types = [...form.response_types];
  doc.token_endpoint_auth_method = form.token_endpoint_auth_method;
  set('scope', form.scope.trim().split(/\s+/).filter(Boolean).join(' '), form.scope.trim() !== '');
  doc.application_type = form.application_type;
  doc.require_pkce = form.require_pkce;
  doc.enabled = form.enabled;
  const ext: Json = { ...((original.extension as Json | undefined) ?? {}) };
  for (const k of ['access_token_duration', 'refresh_token_duration', 'id_token_duration'] as const) {
    if (form[k] === '') delete ext[k];
    else ext[k] = form[k];
  }
  set('extension', ext, Object.keys(ext).length > 0);
  return doc;
}

function redirectProblem(uri: string, say: Say): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return say('notAbsoluteUri');
  }
  if (url.hash) return say('noFragment');
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return say('httpLocalhostOnly');
  return undefined;
}

// Problems the form can see before the server does: field → message.
export function validateClient(form: ClientForm, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(form.client_id.trim())) errors.client_id = say('mustBeUuid');
  const redirectUses = form.grant_types.some((g) => g === 'authorization_code' || g === 'implicit');
  if (redirectUses && form.redirect_uris.filter((u) => u.trim()).length === 0) errors.redirect_uris = say('redirectNeeded');
  for (const uri of form.redirect_uris.filter((u) => u.trim())) {
    const p = redirectProblem(uri.trim(), say);
    if (p) {
      errors.redirect_uris = say('uriProblem', { uri, problem: p });
      break;
    }
  }
  for (const uri of form.post_logout_redirect_uris.filter((u) => u.trim())) {
    const p = redirectProblem(uri.trim(), say);
    if (p) {
      errors.post_logout_redirect_uris = say('uriProblem', { uri, problem: p });
      break;
    }
  }
  if (form.grant_types.length === 0) errors.grant_types = say('chooseOne');
  if (form.response_types.some((r) => r.split(' ').includes('code')) && !form.grant_types.includes('authorization_code'))
    errors.response_types = say('codeNeedsGrant');
  if (form.token_endpoint_auth_method === 'none' && form.grant_types.includes('client_credentials'))
    errors.token_endpoint_auth_method = say('publicNoClientCredentials');
  return { ...errors, ...lifetimeProblems(form, say) };
}


export function newId(): string {
  return crypto.randomUUID();
}

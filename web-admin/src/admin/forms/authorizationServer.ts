// The authorization server form: the common discovery members and token settings, read from and
// written back into the server document (members the form does not show are kept), and its
// signing keys.
//
// Signing keys: the management API never gives out `jwks` (it holds private keys); the console
// reads the public keys from the server's jwks_uri instead. A write that carries `jwks` replaces the
// whole set; a key sent public only with the kid and thumbprint of a stored key stands for the
// stored key, private part included. So rotation is: add a key generated here beside the published
// ones, point the signing ids at it, and later retire the old key by leaving it out.
import type { Json } from '../api/management';
import { sayEnglish, type Say } from '../i18n/problems';
import { AUTH_METHODS, GRANT_TYPES, LIFETIMES, lifetimeProblems } from './vocabulary';

export const RESPONSE_MODES = ['query', 'fragment', 'form_post', 'query.jwt', 'fragment.jwt', 'form_post.jwt', 'jwt', 'direct_post', 'direct_post.jwt'] as const;
export const JWS_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'ES256K', 'HS256', 'HS384', 'HS512', 'none'] as const;
export const KEY_ALGS = ['ES256', 'RS256'] as const;
export type KeyAlg = (typeof KEY_ALGS)[number];

const KEY_IDS = ['token_signed_key_id', 'id_token_signed_key_id'] as const;
export type KeyIdField = (typeof KEY_IDS)[number];

export interface ServerForm {
  issuer: string;
  scopes_supported: string[];
  grant_types_supported: string[];
  response_types_supported: string[];
  response_modes_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  id_token_signing_alg_values_supported: string[];
  access_token_duration: number | '';
  id_token_duration: number | '';
  refresh_token_duration: number | '';
  token_signed_key_id: string;
  id_token_signed_key_id: string;
}

const LISTS = ['scopes_supported', 'grant_types_supported', 'response_types_supported', 'response_modes_supported',
  'token_endpoint_auth_methods_supported', 'id_token_signing_alg_values_supported'] as const;

// The form's fields, which server refusals may name (placeErrors); "jwks" is the key set.
export const SERVER_FIELDS = ['issuer', ...LISTS, ...LIFETIMES.map((k) => `extension.${k}`), ...KEY_IDS.map((k) => `extension.${k}`), 'jwks'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | '' => (typeof v === 'number' ? v : '');
const objectOf = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export function serverFormOf(doc: Json): ServerForm {
  const ext = objectOf(doc.extension);
  return {
    issuer: str(doc.issuer),
    scopes_supported: strings(doc.scopes_supported),
    grant_types_supported: strings(doc.grant_types_supported),
    response_types_supported: strings(doc.response_types_supported),
    response_modes_supported: strings(doc.response_modes_supported),
    token_endpoint_auth_methods_supported: strings(doc.token_endpoint_auth_methods_supported),
    id_token_signing_alg_values_supported: strings(doc.id_token_signing_alg_values_supported),
    access_token_duration: num(ext.access_token_duration),
    id_token_duration: num(ext.id_token_duration),
    refresh_token_duration: num(ext.refresh_token_duration),
    token_signed_key_id: str(ext.token_signed_key_id),
    id_token_signed_key_id: str(ext.id_token_signed_key_id),
  };
}

// The document to send: `original` with the form's members put in. `jwks` goes only when the key
// set changed (without it the server keeps its keys); the issuer is never changed here.
export function serverBody(form: ServerForm, original: Json, keys?: KeySet): Json {
  const doc: Json = { ...original };
  delete doc.jwks;
  for (const k of LISTS) doc[k] = [...new Set(form[k].map((s) => s.trim()).filter(Boolean))];
  const ext: Json = { ...objectOf(original.extension) };
  for (const k of LIFETIMES) {
    if (form[k] === '') delete ext[k];
    else ext[k] = form[k];
  }
  for (const k of KEY_IDS) {
    if (form[k].trim() === '') delete ext[k];
    else ext[k] = form[k].trim();
  }
  doc.extension = ext;
  if (keys && keysChanged(keys)) doc.jwks = jwksText(keys);
  return doc;
}

// The document without the key set, for showing (the JSON view never shows private keys).
export function withoutKeys(doc: Json): Json {
  const { jwks: _hidden, ...rest } = doc;
  return rest;
}

const RESPONSE_TYPE_PARTS = new Set(['code', 'token', 'id_token', 'vp_token']);
function isResponseType(v: string): boolean {
  if (v === 'none') return true;
  const parts = v.split(' ');
  return parts.every((p) => RESPONSE_TYPE_PARTS.has(p)) && new Set(parts).size === parts.length;
}

// Problems the form can see before the server does: field → message.
export function validateServer(form: ServerForm, keys?: KeySet, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.scopes_supported.length === 0) errors.scopes_supported = say('atLeastOneScope');
  if (form.response_types_supported.length === 0) errors.response_types_supported = say('atLeastOneResponseType');
  const unknown = (list: string[], known: readonly string[]) => list.filter((v) => !known.includes(v));
  const checks: [keyof ServerForm, string[]][] = [
    ['grant_types_supported', unknown(form.grant_types_supported, GRANT_TYPES)],
    ['response_modes_supported', unknown(form.response_modes_supported, RESPONSE_MODES)],
    ['token_endpoint_auth_methods_supported', unknown(form.token_endpoint_auth_methods_supported, AUTH_METHODS)],
    ['id_token_signing_alg_values_supported', unknown(form.id_token_signing_alg_values_supported, JWS_ALGS)],
    ['response_types_supported', form.response_types_supported.filter((v) => !isResponseType(v))],
  ];
  for (const [field, bad] of checks) if (bad.length && !errors[field]) errors[field] = say('notSupported', { list: bad.join(', ') });
  Object.assign(errors, lifetimeProblems(form, say));
  if (keys) Object.assign(errors, keyProblems(form, keys, say));
  return errors;
}

// ---- signing keys ----

export type Jwk = Record<string, unknown>;

// Members of a JWK that are private (RFC 7518 §6.2.2, §6.3.2, §6.4).
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

export interface ServerKey {
  jwk: Jwk;  // with its private members only when `held`
  held: boolean;  // generated here: its private part is in this browser until the save
}

export interface KeySet {
  keys: ServerKey[];
  published: string[];  // the kids the server publishes, in order
  known: boolean;  // false: the published keys could not be read
  replaced?: boolean;  // a whole set typed in the JSON view
}

export function publicJwk(jwk: Jwk): Jwk {
  const out: Jwk = {};
  for (const [k, v] of Object.entries(jwk)) if (!(PRIVATE_MEMBERS as readonly string[]).includes(k) && k !== 'ext' && k !== 'key_ops') out[k] = v;
  return out;
}

export function hasPrivate(jwk: Jwk): boolean {
  return PRIVATE_MEMBERS.some((k) => k in jwk && !(k === 'k' && jwk.kty !== 'oct'));
}

// A JWK set given as text (the `jwks` member is a JSON string) or as an object: its keys, or why not.
export function parseJwkSet(value: unknown): { keys?: Jwk[]; error?: string } {
  let set = value;
  if (typeof value === 'string') {
    try {
      set = JSON.parse(value);
    } catch {
      return { error: 'not JSON' };
    }
  }
  if (!set || typeof set !== 'object' || Array.isArray(set)) return { error: 'not a JWK set' };
  const keys = (set as Json).keys;
  if (!Array.isArray(keys)) return { error: 'keys: must be an array' };
  for (const [i, k] of keys.entries()) {
    if (!k || typeof k !== 'object' || Array.isArray(k) || typeof (k as Jwk).kty !== 'string') return { error: `keys[${i}]: not a JWK` };
  }
  return { keys: keys as Jwk[] };
}

// The set the server publishes (jwks_uri): public members only, none held.
export function keySetOfPublished(value: unknown): KeySet {
  const parsed = parseJwkSet(value);
  if (!parsed.keys) return { keys: [], published: [], known: false };
  const keys = parsed.keys.map((jwk) => ({ jwk: publicJwk(jwk), held: false }));
  return { keys, published: keys.map((k) => kidOf(k)), known: true };
}

// A whole set typed in the JSON view: it replaces the server's; keys with private members sign.
export function keySetOfText(text: string, current: KeySet): KeySet | { error: string } {
  const parsed = parseJwkSet(text);
  if (!parsed.keys) return { error: parsed.error ?? 'not a JWK set' };
  return { keys: parsed.keys.map((jwk) => ({ jwk, held: hasPrivate(jwk) })), published: current.published, known: true, replaced: true };
}

export const kidOf = (k: ServerKey) => str(k.jwk.kid);

export function keysChanged(set: KeySet): boolean {
  if (set.replaced) return true;
  const kids = set.keys.map(kidOf);
  return set.keys.some((k) => k.held) || kids.length !== set.published.length || kids.some((kid, i) => kid !== set.published[i]);
}

// The text of the `jwks` member: private members for the keys generated here, public for the rest.
export function jwksText(set: KeySet): string {
  return JSON.stringify({ keys: set.keys.map((k) => (k.held ? k.jwk : publicJwk(k.jwk))) });
}

export interface KeyView {
  kid: string;
  kty: string;
  alg: string;
  use: string;
  crv: string;
  bits?: number;
  held: boolean;
}

// What the screen shows of a key: never its private members.
export function keyView(k: ServerKey): KeyView {
  const n = str(k.jwk.n).replace(/=+$/, '');
  return {
    kid: kidOf(k),
    kty: str(k.jwk.kty),
    alg: str(k.jwk.alg),
    use: str(k.jwk.use),
    crv: str(k.jwk.crv),
    bits: n ? Math.floor((n.length * 6) / 8) * 8 : undefined,
    held: k.held,
  };
}

const ALG_PARAMS: Record<KeyAlg, RsaHashedKeyGenParams | EcKeyGenParams> = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  RS256: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
};
const MEMBER_ORDER = ['kty', 'crv', 'x', 'y', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

// A new signing key pair made in the browser (WebCrypto), with a random kid.
export async function generateSigningKey(alg: KeyAlg, subtle: SubtleCrypto = globalThis.crypto.subtle, kid: string = globalThis.crypto.randomUUID()): Promise<ServerKey> {
  const pair = (await subtle.generateKey(ALG_PARAMS[alg], true, ['sign', 'verify'])) as CryptoKeyPair;
  const exported = (await subtle.exportKey('jwk', pair.privateKey)) as Jwk;
  const jwk: Jwk = {};
  for (const k of MEMBER_ORDER) if (exported[k] !== undefined) jwk[k] = exported[k];
  Object.assign(jwk, { kid, use: 'sig', alg });
  return { jwk, held: true };
}

export function addKey(set: KeySet, key: ServerKey): KeySet {
  if (set.keys.some((k) => kidOf(k) === kidOf(key))) throw new Error(`a key with kid ${kidOf(key)} is already in the set`);
  return { ...set, keys: [...set.keys, key] };
}

export type RetireRefusal = 'signs-access-tokens' | 'signs-id-tokens' | 'last-key' | 'unknown-key';

// The set without the key `kid`; refused for a key that signs, and for the last key.
export function retireKey(set: KeySet, kid: string, form: Pick<ServerForm, KeyIdField>): { set?: KeySet; refusal?: RetireRefusal } {
  if (!set.keys.some((k) => kidOf(k) === kid)) return { refusal: 'unknown-key' };
  if (kid === form.token_signed_key_id) return { refusal: 'signs-access-tokens' };
  if (kid === form.id_token_signed_key_id) return { refusal: 'signs-id-tokens' };
  if (set.keys.length <= 1) return { refusal: 'last-key' };
  return { set: { ...set, keys: set.keys.filter((k) => kidOf(k) !== kid) } };
}

// Points the access token and/or the ID token signing key id at `kid`.
export function signWith<F extends Pick<ServerForm, KeyIdField>>(form: F, kid: string, what: 'access' | 'id' | 'both'): F {
  return {
    ...form,
    token_signed_key_id: what === 'id' ? form.token_signed_key_id : kid,
    id_token_signed_key_id: what === 'access' ? form.id_token_signed_key_id : kid,
  };
}

// Whether `k` may sign once the form is saved: a signing key, and held when the set is sent.
function canSign(k: ServerKey): boolean {
  return k.jwk.use !== 'enc' && k.jwk.kty !== 'oct';
}

// The key set's problems: field → message.
export function keyProblems(form: ServerForm, set: KeySet, say: Say = sayEnglish): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!set.known) return errors;
  const changed = keysChanged(set);
  if (changed && set.keys.length === 0) errors.jwks = say('keySetEmpty');
  for (const field of KEY_IDS) {
    const kid = form[field].trim();
    const at = `extension.${field}`;
    if (kid) {
      const key = set.keys.find((k) => kidOf(k) === kid);
      if (!key) errors[at] = say('noSuchKey', { kid });
      else if (key.jwk.use === 'enc' || key.jwk.kty === 'oct') errors[at] = say('notSigningKey', { kid });
      else if (field === 'id_token_signed_key_id' && str(key.jwk.alg) && form.id_token_signing_alg_values_supported.length && !form.id_token_signing_alg_values_supported.includes(str(key.jwk.alg)))
        errors[at] = say('algNotOffered', { alg: str(key.jwk.alg) });
    } else if (changed && !set.keys.some(canSign)) {
      errors[at] = say('noSigningKey');
    }
  }
  return errors;
}

// Where to read the published keys: the jwks_uri's path on the console's own origin (the server
// that answers the management API), then the jwks_uri itself.
export function jwksUrls(jwksUri: string, origin: string): string[] {
  try {
    const url = new URL(jwksUri);
    const local = `${origin}${url.pathname}`;
    return local === url.href ? [local] : [local, url.href];
  } catch {
    return [];
  }
}

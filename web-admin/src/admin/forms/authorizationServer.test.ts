import { describe, expect, it } from 'vitest';
import {
  addKey, generateSigningKey, hasPrivate, jwksText, jwksUrls, keyProblems, keySetOfPublished, keySetOfText, keysChanged, keyView,
  parseJwkSet, publicJwk, retireKey, serverBody, serverFormOf, signWith, validateServer, withoutKeys, type KeySet, type ServerForm,
} from './authorizationServer';

const EC = { kty: 'EC', crv: 'P-256', x: 'xx', y: 'yy', kid: 'ec-old', use: 'sig', alg: 'ES256' };
const RSA = { kty: 'RSA', n: 'A'.repeat(342), e: 'AQAB', kid: 'rs-old', use: 'sig', alg: 'RS256' };
const DOC = {
  issuer: 'https://idp.example/t1',
  jwks_uri: 'https://idp.example/t1/v1/jwks',
  scopes_supported: ['openid', 'profile'],
  grant_types_supported: ['authorization_code'],
  response_types_supported: ['code'],
  response_modes_supported: ['query'],
  subject_types_supported: ['public'],
  token_endpoint_auth_methods_supported: ['client_secret_basic'],
  id_token_signing_alg_values_supported: ['RS256', 'ES256'],
  extension: { access_token_type: 'JWT', access_token_duration: 3600, token_signed_key_id: 'ec-old', id_token_signed_key_id: 'rs-old' },
};
const published = () => keySetOfPublished({ keys: [EC, RSA] });

describe('authorization server document and form', () => {
  it('reads the common members and the extension', () => {
    const f = serverFormOf(DOC);
    expect(f.issuer).toBe(DOC.issuer);
    expect(f.access_token_duration).toBe(3600);
    expect(f.id_token_duration).toBe('');
    expect(f.token_signed_key_id).toBe('ec-old');
    expect(f.id_token_signed_key_id).toBe('rs-old');
  });

  it('writes them back, keeping the members it does not show, and never the issuer', () => {
    const f: ServerForm = { ...serverFormOf(DOC), issuer: 'https://evil', scopes_supported: ['openid', ' email ', 'openid'], id_token_duration: 600, access_token_duration: '' };
    const body = serverBody(f, DOC);
    expect(body.issuer).toBe(DOC.issuer);
    expect(body.jwks_uri).toBe(DOC.jwks_uri);
    expect(body.scopes_supported).toEqual(['openid', 'email']);
    expect(body.extension).toEqual({ access_token_type: 'JWT', id_token_duration: 600, token_signed_key_id: 'ec-old', id_token_signed_key_id: 'rs-old' });
    expect('jwks' in body).toBe(false);
  });

  it('sends jwks only when the key set changed', () => {
    expect('jwks' in serverBody(serverFormOf(DOC), DOC, published())).toBe(false);
    const retired = retireKey(published(), 'ec-old', { token_signed_key_id: '', id_token_signed_key_id: 'rs-old' }).set!;
    const body = serverBody(serverFormOf(DOC), DOC, retired);
    expect(JSON.parse(String(body.jwks))).toEqual({ keys: [RSA] });
    expect(withoutKeys(body)).not.toHaveProperty('jwks');
  });

  it('checks lists, durations and values the server does not know', () => {
    const f: ServerForm = { ...serverFormOf(DOC), scopes_supported: [], grant_types_supported: ['magic'], response_types_supported: ['code code'], refresh_token_duration: -1 };
    expect(validateServer(f)).toEqual({
      scopes_supported: 'at least one scope',
      grant_types_supported: 'not supported: magic',
      response_types_supported: 'not supported: code code',
      'extension.refresh_token_duration': 'a positive number of seconds',
    });
    expect(validateServer(serverFormOf(DOC), published())).toEqual({});
  });
});

describe('signing keys', () => {
  it('reads a JWK set from text or object, and refuses what is not one', () => {
    expect(parseJwkSet(JSON.stringify({ keys: [EC] })).keys).toEqual([EC]);
    expect(parseJwkSet({ keys: [EC] }).keys).toEqual([EC]);
    expect(parseJwkSet('{').error).toBe('not JSON');
    expect(parseJwkSet({ keys: {} }).error).toBe('keys: must be an array');
    expect(parseJwkSet({ keys: [{ kid: 'x' }] }).error).toBe('keys[0]: not a JWK');
  });

  it('keeps only public members of published keys and shows no private member', () => {
    const set = keySetOfPublished({ keys: [{ ...EC, d: 'secret' }] });
    expect(set.keys[0].jwk).not.toHaveProperty('d');
    expect(keyView({ jwk: { ...EC, d: 'secret' }, held: true })).toEqual({ kid: 'ec-old', kty: 'EC', alg: 'ES256', use: 'sig', crv: 'P-256', bits: undefined, held: true });
    expect(keyView(set.keys[0])).not.toHaveProperty('d');
    expect(keyView({ jwk: RSA, held: false }).bits).toBe(2048);
    expect(publicJwk({ kty: 'RSA', n: 'n', e: 'e', d: 'd', p: 'p', q: 'q', dp: 1, dq: 2, qi: 3, ext: true, key_ops: ['sign'] })).toEqual({ kty: 'RSA', n: 'n', e: 'e' });
    expect(keySetOfPublished('nonsense').known).toBe(false);
  });

  it('generates ES256 and RS256 key pairs with a random kid (WebCrypto)', async () => {
    const es = await generateSigningKey('ES256');
    expect(es.held).toBe(true);
    expect(es.jwk).toMatchObject({ kty: 'EC', crv: 'P-256', use: 'sig', alg: 'ES256' });
    expect(Object.keys(es.jwk)).toEqual(['kty', 'crv', 'x', 'y', 'd', 'kid', 'use', 'alg']);
    expect(String(es.jwk.kid)).toMatch(/^[0-9a-f-]{36}$/);
    const rs = await generateSigningKey('RS256', globalThis.crypto.subtle, 'fixed');
    expect(rs.jwk).toMatchObject({ kty: 'RSA', e: 'AQAB', kid: 'fixed', use: 'sig', alg: 'RS256' });
    expect(hasPrivate(rs.jwk)).toBe(true);
    expect(keyView(rs).bits).toBe(2048);
    expect(es.jwk.kid).not.toBe((await generateSigningKey('ES256')).jwk.kid);
  });

  it('adds a key: the set then carries its private part and the others public only', async () => {
    const key = await generateSigningKey('ES256');
    const set = addKey(published(), key);
    expect(keysChanged(set)).toBe(true);
    const sent = JSON.parse(jwksText(set)).keys;
    expect(sent).toHaveLength(3);
    expect(sent[2]).toHaveProperty('d');
    expect(sent[0]).not.toHaveProperty('d');
    expect(() => addKey(set, key)).toThrow(/already/);
  });

  it('refuses to retire a key that signs, or the last key', () => {
    const ids = { token_signed_key_id: 'ec-old', id_token_signed_key_id: 'rs-old' };
    expect(retireKey(published(), 'ec-old', ids).refusal).toBe('signs-access-tokens');
    expect(retireKey(published(), 'rs-old', ids).refusal).toBe('signs-id-tokens');
    expect(retireKey(published(), 'nope', ids).refusal).toBe('unknown-key');
    const one = keySetOfPublished({ keys: [EC] });
    expect(retireKey(one, 'ec-old', { token_signed_key_id: '', id_token_signed_key_id: '' }).refusal).toBe('last-key');
    const done = retireKey(published(), 'ec-old', { token_signed_key_id: '', id_token_signed_key_id: 'rs-old' });
    expect(done.set?.keys.map((k) => k.jwk.kid)).toEqual(['rs-old']);
  });

  it('points the signing ids at a key', () => {
    const f = { token_signed_key_id: 'a', id_token_signed_key_id: 'b' };
    expect(signWith(f, 'n', 'access')).toEqual({ token_signed_key_id: 'n', id_token_signed_key_id: 'b' });
    expect(signWith(f, 'n', 'id')).toEqual({ token_signed_key_id: 'a', id_token_signed_key_id: 'n' });
    expect(signWith(f, 'n', 'both')).toEqual({ token_signed_key_id: 'n', id_token_signed_key_id: 'n' });
  });

  it('keeps the published keys signing when a key is added (the server restores their private parts)', async () => {
    const key = await generateSigningKey('ES256', undefined, 'new');
    const set = addKey(published(), key);
    const form = serverFormOf(DOC);
    expect(keyProblems(form, set)).toEqual({});
    expect(keyProblems(signWith(form, 'new', 'both'), set)).toEqual({});
    // the ID token key's alg must be one the server announces
    expect(keyProblems({ ...signWith(form, 'new', 'both'), id_token_signing_alg_values_supported: ['RS256'] }, set)).toEqual({
      'extension.id_token_signed_key_id': 'ES256 is not in id_token_signing_alg_values_supported',
    });
    // a changed set with no key left is refused
    const emptied: KeySet = { ...published(), keys: [] };
    expect(keyProblems({ ...form, token_signed_key_id: '', id_token_signed_key_id: '' }, emptied).jwks).toMatch(/at least one key/);
  });

  it('checks that the signing ids name keys of the set', () => {
    expect(keyProblems({ ...serverFormOf(DOC), token_signed_key_id: 'gone' }, published())).toEqual({ 'extension.token_signed_key_id': 'no key with kid gone in the key set' });
    expect(keyProblems({ ...serverFormOf(DOC), token_signed_key_id: 'gone' }, { keys: [], published: [], known: false })).toEqual({});
  });

  it('takes a whole set typed in the JSON view, its private keys signing', () => {
    const typed = keySetOfText(JSON.stringify({ keys: [{ ...EC, d: 'dd' }] }), published());
    expect('keys' in typed && typed.keys[0].held).toBe(true);
    expect('keys' in typed && keysChanged(typed)).toBe(true);
    expect(keySetOfText('[]', published())).toEqual({ error: 'not a JWK set' });
  });

  it('reads the published keys on the console origin first', () => {
    expect(jwksUrls('https://idp.example/t1/v1/jwks', 'https://console.example')).toEqual(['https://console.example/t1/v1/jwks', 'https://idp.example/t1/v1/jwks']);
    expect(jwksUrls('https://idp.example/t1/v1/jwks', 'https://idp.example')).toEqual(['https://idp.example/t1/v1/jwks']);
    expect(jwksUrls('', 'https://idp.example')).toEqual([]);
  });
});

// The authorization code flow driven by openid-client 6 (a certified OpenID relying party
// library) against the running stack, once per client authentication method, with idp-server's
// e2e test-tenant: discovery → authorization request with PKCE S256 → the JSON sign-in
// interactions → code exchange with ID token validation → UserInfo → refresh → introspection →
// revocation → RP-initiated logout (the session is gone: prompt=none answers login_required).
// Then once per response type and response mode: openid-client validates what it supports
// (code, id_token, code id_token; query, fragment, form_post); the response types it leaves out
// (token, code token, code id_token token, none) are checked with npm jose (ID token signature,
// at_hash, c_hash) and UserInfo.
// Usage: node openid_client_flow.mjs BASE_URL IDP_FCGI SETTINGS TEST_TENANT_DIR
// (NODE_EXTRA_CA_CERTS must name the stack's CA.) Ends with "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jose from 'jose';
import * as client from 'openid-client';

const [base, bin, settings, source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node openid_client_flow.mjs BASE_URL IDP_FCGI SETTINGS TEST_TENANT_DIR');
  process.exit(2);
}

// The test tenant under a fresh id, with its issuer and endpoints on this stack's base URL, and
// the private_key_jwt client holding a key whose private half this script has.
const tenant = randomUUID();
const dir = mkdtempSync(join(tmpdir(), 'openid-client-'));
const rewrite = (text) =>
  text.replaceAll('https://api.local.test', base)
      .replaceAll('67e7eae6-62b0-4500-9eff-87459f63fc66', tenant)
      .replaceAll('9eb8eb8c-2615-4604-809f-5cae1c00a462', randomUUID());
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: 'rp-key', alg: 'RS256', use: 'sig' };
for (const part of ['initial.json', 'tenants', 'authorization-server', 'clients', 'user']) {
  cpSync(join(source, part), join(dir, part), { recursive: true });
}
const files = ['initial.json', ...['tenants', 'authorization-server', 'clients', 'user'].flatMap(
    (d) => readdirSync(join(dir, d)).map((f) => join(d, f)))];
for (const f of files) {
  let text = rewrite(readFileSync(join(dir, f), 'utf8'));
  if (f === join('clients', 'privateKeyJwt.json')) {
    const c = JSON.parse(text);
    c.jwks = JSON.stringify({ keys: [publicJwk] });
    text = JSON.stringify(c);
  }
  if (f === join('authorization-server', 'idp-server.json')) {
    // The example server offers query and fragment only; form_post is added for its runs.
    const server = JSON.parse(text);
    server.response_modes_supported = [...(server.response_modes_supported ?? []), 'form_post'];
    text = JSON.stringify(server);
  }
  writeFileSync(join(dir, f), text);
}
execFileSync(bin, ['import', dir, '--settings', settings], { stdio: 'pipe' });

const clientFile = (name) => JSON.parse(readFileSync(join(dir, 'clients', name), 'utf8'));
const issuer = new URL(`${base}/${tenant}`);
const user = { username: 'ito.ichiro@gmail.com', password: 'successUserCode001' };

// A browser: keeps the cookies the provider sets (the AUTH_SESSION transaction cookie and the
// sign-in session cookie) and sends them back.
class Browser {
  cookies = new Map();
  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return response;
  }
  async fetch(url, init = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = { ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) };
    return this.keep(await fetch(url, { ...init, headers, redirect: 'manual' }));
  }
}

// Signs in through the JSON interactions and returns what the browser is sent to: a URL, or for
// form_post the Request the browser would POST to the redirect URI.
async function signIn(browser, authorizationUrl) {
  const start = await browser.fetch(authorizationUrl);
  if (start.status !== 302) throw new Error(`authorization request: ${start.status} ${await start.text()}`);
  const id = new URL(start.headers.get('location'), issuer).searchParams.get('id');
  const post = async (name, body) => {
    const r = await browser.fetch(`${issuer.href}/v1/authorizations/${id}/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (r.status !== 200) throw new Error(`${name}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  await post('password-authentication', user);
  const answer = await post('authorize', {});
  if (answer.response_mode === 'form_post') {
    return new Request(answer.redirect_uri, {
      method: 'POST', body: new URLSearchParams(answer.parameters),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  return new URL(answer.redirect_uri);
}

// RP-initiated logout with the ID token, then proof that the session ended.
async function logOut(browser, config, registered, idToken, scope) {
  const post_logout_redirect_uri = registered.post_logout_redirect_uris?.[0];
  const url = client.buildEndSessionUrl(config, {
    id_token_hint: idToken, state: 'bye', ...(post_logout_redirect_uri ? { post_logout_redirect_uri } : {}),
  });
  const r = await browser.fetch(url);
  if (post_logout_redirect_uri) {
    if (r.status !== 302 || r.headers.get('location') !== `${post_logout_redirect_uri}?state=bye`)
      throw new Error(`logout: ${r.status} ${r.headers.get('location')}`);
  } else if (r.status !== 200) {
    throw new Error(`logout: ${r.status} ${await r.text()}`);
  }
  const silent = await browser.fetch(client.buildAuthorizationUrl(config, {
    redirect_uri: registered.redirect_uris[0], scope, prompt: 'none', state: 's', nonce: 'n',
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
  }));
  const error = new URL(silent.headers.get('location') ?? 'x:/').searchParams.get('error');
  if (error !== 'login_required') throw new Error(`prompt=none after logout: ${silent.status} ${error}`);
}

const signingKey = await crypto.subtle.importKey(
    'pkcs8', privateKey.export({ format: 'der', type: 'pkcs8' }),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
const methods = [
  ['client_secret_basic', 'clientSecretBasic.json', (c) => client.ClientSecretBasic(c.client_secret)],
  ['client_secret_post', 'clientSecretPost.json', (c) => client.ClientSecretPost(c.client_secret)],
  ['client_secret_jwt', 'clientSecretJwt.json', (c) => client.ClientSecretJwt(c.client_secret)],
  ['private_key_jwt', 'privateKeyJwt.json', () => client.PrivateKeyJwt({ key: signingKey, kid: 'rp-key' })],
  ['none', 'publicClient.json', () => client.None()],
];

let passed = 0;
let failed = 0;
for (const [method, file, auth] of methods) {
  const registered = clientFile(file);
  const redirect_uri = registered.redirect_uris[0];
  try {
    const config = await client.discovery(issuer, registered.client_id,
        { redirect_uris: [redirect_uri] }, auth(registered));
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri, scope: 'openid profile email', state, nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    const browser = new Browser();
    const tokens = await client.authorizationCodeGrant(config, await signIn(browser, url), {
      pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
    });
    const claims = tokens.claims();
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    if (info.email !== user.username) throw new Error(`userinfo email ${info.email}`);
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
    const active = await client.tokenIntrospection(config, refreshed.access_token);
    if (active.active !== true) throw new Error('introspection: not active');
    await client.tokenRevocation(config, refreshed.refresh_token);
    const after = await client.tokenIntrospection(config, refreshed.access_token);
    if (after.active !== false) throw new Error('introspection after revocation: still active');
    await logOut(browser, config, registered, tokens.id_token, 'openid profile email');
    console.log(`ok ${method}: code+PKCE, ID token (sub ${claims.sub}), userinfo, refresh, introspection, revocation, logout`);
    passed++;
  } catch (e) {
    console.log(`FAILED ${method}: ${e.message}${e.cause ? ' ' + JSON.stringify(e.cause) : ''}`);
    failed++;
  }
}
// One run per response type and response mode, with the client_secret_post client (it registers
// every response type).
const rp = clientFile('clientSecretPost.json');
const rpRedirect = rp.redirect_uris[0];
const jwks = jose.createRemoteJWKSet(new URL(`${issuer.href}/v1/jwks`));
const halfHash = async (value) => jose.base64url.encode(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value))).slice(0, 16));

// The parameters of a response the library does not handle, from the URL or the form_post body.
async function responseParams(answer) {
  if (answer instanceof Request) return new URLSearchParams(await answer.text());
  return new URLSearchParams(answer.hash ? answer.hash.slice(1) : answer.search);
}

const flows = [
  ['code', 'query'], ['code', 'fragment'], ['code', 'form_post'],
  ['id_token', 'fragment'], ['id_token', 'form_post'],
  ['code id_token', 'fragment'], ['code id_token', 'form_post'],
  ['token', 'fragment'], ['code token', 'fragment'], ['code id_token token', 'fragment'],
  ['code id_token token', 'form_post'], ['none', 'query'],
];
for (const [responseType, responseMode] of flows) {
  const name = `response_type=${responseType} response_mode=${responseMode}`;
  try {
    const execute = responseType === 'id_token' ? [client.useIdTokenResponseType]
        : responseType === 'code id_token' ? [client.useCodeIdTokenResponseType] : [];
    const config = await client.discovery(issuer, rp.client_id, { redirect_uris: [rpRedirect] },
        client.ClientSecretPost(rp.client_secret), { execute });
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: rpRedirect, scope: 'openid email', state, nonce, response_type: responseType,
      response_mode: responseMode,
      code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    const browser = new Browser();
    let answer = await signIn(browser, url);
    // openid-client reads a code response from the query; a page that received it in the
    // fragment hands the same parameters over that way.
    if (responseType === 'code' && responseMode === 'fragment') {
      if (!answer.hash) throw new Error(`expected a fragment response, got ${answer}`);
      answer = new URL(`${answer.origin}${answer.pathname}?${answer.hash.slice(1)}`);
    }
    let detail;
    if (responseType === 'code' || responseType === 'code id_token') {
      const tokens = await client.authorizationCodeGrant(config, answer, {
        pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
      });
      detail = `sub ${tokens.claims().sub}`;
    } else if (responseType === 'id_token') {
      const claims = await client.implicitAuthentication(config, answer, nonce, { expectedState: state });
      detail = `sub ${claims.sub}`;
    } else {
      const params = await responseParams(answer);
      if (params.get('state') !== state) throw new Error(`state ${params.get('state')}`);
      if (responseType === 'none') {
        if (params.has('code') || params.has('access_token') || params.has('id_token'))
          throw new Error(`none answered ${[...params.keys()]}`);
        detail = 'state only';
      } else {
        const accessToken = params.get('access_token');
        const info = await client.fetchUserInfo(config, accessToken, client.skipSubjectCheck);
        if (info.email !== user.username) throw new Error(`userinfo email ${info.email}`);
        detail = `userinfo ${info.email}`;
        if (responseType.includes('id_token')) {
          const { payload } = await jose.jwtVerify(params.get('id_token'), jwks,
              { issuer: issuer.href, audience: rp.client_id });
          if (payload.nonce !== nonce) throw new Error('nonce');
          if (payload.at_hash !== await halfHash(accessToken)) throw new Error('at_hash');
          if (payload.c_hash !== await halfHash(params.get('code'))) throw new Error('c_hash');
          detail += ', ID token with at_hash and c_hash';
        }
      }
    }
    console.log(`ok ${name}: ${detail}`);
    passed++;
  } catch (e) {
    console.log(`FAILED ${name}: ${e.message}${e.cause ? ' ' + JSON.stringify(e.cause) : ''}`);
    failed++;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

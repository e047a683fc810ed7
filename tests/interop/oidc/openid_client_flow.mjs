// The authorization code flow driven by openid-client 6 (a certified OpenID relying party
// library) against the running stack, once per client authentication method, with idp-server's
// e2e test-tenant: discovery → authorization request with PKCE S256 → the JSON sign-in
// interactions → code exchange with ID token validation → UserInfo → refresh → introspection →
// revocation.
// Usage: node openid_client_flow.mjs BASE_URL IDP_FCGI SETTINGS TEST_TENANT_DIR
// (NODE_EXTRA_CA_CERTS must name the stack's CA.) Ends with "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  writeFileSync(join(dir, f), text);
}
execFileSync(bin, ['import', dir, '--settings', settings], { stdio: 'pipe' });

const clientFile = (name) => JSON.parse(readFileSync(join(dir, 'clients', name), 'utf8'));
const issuer = new URL(`${base}/${tenant}`);
const user = { username: 'ito.ichiro@gmail.com', password: 'successUserCode001' };

// A browser that signs in through the JSON interactions and returns the authorization response.
async function signIn(authorizationUrl) {
  const start = await fetch(authorizationUrl, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`authorization request: ${start.status} ${await start.text()}`);
  const id = new URL(start.headers.get('location')).searchParams.get('id');
  const cookie = start.headers.get('set-cookie').split(';')[0];
  const post = async (name, body) => {
    const r = await fetch(`${issuer.href}/v1/authorizations/${id}/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body),
    });
    if (r.status !== 200) throw new Error(`${name}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  await post('password-authentication', user);
  return new URL((await post('authorize', {})).redirect_uri);
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
    const tokens = await client.authorizationCodeGrant(config, await signIn(url), {
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
    console.log(`ok ${method}: code+PKCE, ID token (sub ${claims.sub}), userinfo, refresh, introspection, revocation`);
    passed++;
  } catch (e) {
    console.log(`FAILED ${method}: ${e.message}${e.cause ? ' ' + JSON.stringify(e.cause) : ''}`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

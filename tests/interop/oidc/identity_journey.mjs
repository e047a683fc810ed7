// The identity-verification (eKYC) journey end to end, with a real vendor
// (tests/integration/vendor/ekyc_vendor.mjs) and openid-client 6 as the relying party:
// idp-server's template examples/e2e/test-tenant/identity/investment-account-opening.json is
// registered through the management API, a user signs in for the identity-verification scopes and
// goes apply → request-ekyc → complete-ekyc → crm-registration (HMAC-signed) → the vendor's
// callback-examination and callback-result (HTTP Basic) → approved; the result is listed, and a
// new sign-in with the claims parameter gets the verified_claims the template's
// result.verified_claims_mapping_rules made, in the ID token and from UserInfo, filtered by what
// was requested. Then seed 002: a template with `registration` and the older
// verified_claims_configuration.mapping_rules, a registration by a back office, and the
// registered verified_claims in the user's ID token.
// Usage: node identity_journey.mjs BASE_URL IDP_FCGI SETTINGS TEST_TENANT_DIR VENDOR_SCRIPT
// (NODE_EXTRA_CA_CERTS and IDP_TEST_CA must name the stack's CA.) Ends with "N passed, M failed".
import { deepStrictEqual, equal, match, ok } from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';

const [base, bin, settings, source, vendorScript] = process.argv.slice(2);
if (!vendorScript) {
  console.error('usage: node identity_journey.mjs BASE_URL IDP_FCGI SETTINGS TEST_TENANT_DIR VENDOR_SCRIPT');
  process.exit(2);
}
const TYPE = 'investment-account-opening';
const data = join(source, '..', '..', '..', '..');  // tests/data

// --- the tenant: test-tenant's initial.json under new ids, as the organizer tenant of its
// organization (its user ito.ichiro administers it), its server offering OIDC4IDA.
const tenant = randomUUID();
const organization = randomUUID();
const issuer = new URL(`${base}/${tenant}`);
const rp = JSON.parse(readFileSync(join(source, 'initial.json'), 'utf8')).client;
const redirect_uri = rp.redirect_uris[0];
const admin = { username: 'ito.ichiro@gmail.com', password: 'successUserCode001' };

function importTenant() {
  const dir = mkdtempSync(join(tmpdir(), 'identity-journey-'));
  const initial = JSON.parse(readFileSync(join(source, 'initial.json'), 'utf8')
      .replaceAll('https://api.local.test', base)
      .replaceAll('67e7eae6-62b0-4500-9eff-87459f63fc66', tenant)
      .replaceAll('9eb8eb8c-2615-4604-809f-5cae1c00a462', organization));
  initial.tenant.tenant_type = 'ORGANIZER';
  Object.assign(initial.authorization_server, {
    verified_claims_supported: true,
    trust_frameworks_supported: ['jp_aml'],
    evidence_supported: ['electronic_record', 'document'],
    claims_in_verified_claims_supported: ['given_name', 'family_name', 'birthdate', 'place_of_birth', 'address'],
  });
  writeFileSync(join(dir, 'initial.json'), JSON.stringify(initial));
  execFileSync(bin, ['import', dir, '--settings', settings], { stdio: 'pipe' });
  rmSync(dir, { recursive: true, force: true });
}

// --- HTTP helpers
async function call(method, url, { token, basic, body, form } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (basic) headers.authorization = `Basic ${Buffer.from(`${basic[0]}:${basic[1]}`).toString('base64')}`;
  let payload;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const r = await fetch(url, { method, headers, body: payload });
  const text = await r.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: r.status, body: json, text, headers: r.headers };
}
const expectStatus = (r, status, what) => {
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${r.text}`);
  return r.body;
};

// A browser for the sign-in pages' JSON interactions: keeps and sends back cookies.
class Browser {
  cookies = new Map();
  async fetch(url, init = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const r = await fetch(url, { ...init, headers: { ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) }, redirect: 'manual' });
    for (const line of r.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return r;
  }
}

let config;

// The authorization code flow (PKCE, state, nonce) for `user`, validated by openid-client.
async function signIn(user, scope, claims) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri, scope, state, nonce, code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256', ...(claims ? { claims: JSON.stringify(claims) } : {}),
  });
  const browser = new Browser();
  const start = await browser.fetch(url);
  if (start.status !== 302) throw new Error(`authorization request: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location'), issuer);
  const id = location.searchParams.get('id');
  if (!id) throw new Error(`authorization request: sent to ${location}`);
  const interact = async (name, body) => {
    const r = await browser.fetch(`${issuer.href}/v1/authorizations/${id}/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (r.status !== 200) throw new Error(`${name}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  await interact('password-authentication', user);
  const answer = await interact('authorize', {});
  return client.authorizationCodeGrant(config, new URL(answer.redirect_uri), {
    pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
  });
}

// --- the vendor
function startVendor() {
  const child = spawn(process.execPath, [vendorScript, '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the eKYC vendor did not start')), 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://localhost:${m[1]}` });
      }
    });
    child.on('exit', (code) => reject(new Error(`the eKYC vendor exited (${code})`)));
  });
}
let vendor;
const vendorRequests = async (path) =>
  (await call('GET', `${vendor.url}/__requests?path=${encodeURIComponent(path)}`)).body.requests;
const vendorCallsBack = async (process, body, basic) => {
  const r = await call('POST', `${vendor.url}/__callback`, {
    body: { url: `${issuer.href}/internal/v1/identity-verification/callback/${TYPE}/${process}`, username: basic[0], password: basic[1], body },
  });
  return expectStatus(r, 200, 'vendor /__callback');
};

// --- reporting: steps of a chain stop running once one of them failed
let passed = 0;
let failed = 0;
function chain() {
  let broken = null;
  return async (name, fn) => {
    if (broken) {
      console.log(`FAILED ${name}: not run (${broken} failed)`);
      failed++;
      return;
    }
    try {
      const detail = await fn();
      console.log(`ok ${name}${detail ? `: ${detail}` : ''}`);
      passed++;
    } catch (e) {
      console.log(`FAILED ${name}: ${e.message}${e.cause ? ` ${JSON.stringify(e.cause)}` : ''}`);
      failed++;
      broken = name;
    }
  };
}

const management = `${base}/v1/management/organizations/${organization}/tenants/${tenant}`;
const me = `${issuer.href}/v1/me/identity-verification`;
let adminToken;
async function createUser(email, password, phone_number) {
  const sub = randomUUID();
  expectStatus(await call('POST', `${management}/users`, {
    token: adminToken, body: { sub, email, raw_password: password, phone_number, name: email.split('@')[0] },
  }), 201, 'management POST users');
  return sub;
}
const application = async (token, id) => {
  const list = expectStatus(await call('GET', `${me}/applications?id=${id}`, { token }), 200, 'GET applications');
  equal(list.list.length, 1, `applications?id=${id}: ${JSON.stringify(list)}`);
  return list.list[0];
};

// The journey's data.
const phone = `090${String(randomInt(10 ** 8)).padStart(8, '0')}`;
const user = { username: `kyc-${randomUUID().slice(0, 8)}@example.test`, password: `Kyc-passw0rd-${randomInt(10 ** 6)}` };
const applyBody = {
  last_name: '山田', first_name: '花子', last_name_kana: 'ヤマダ', first_name_kana: 'ハナコ',
  birthdate: '1985-04-12', nationality: 'JP', email_address: user.username, mobile_phone_number: phone,
  address: { street_address: '2-3-1 Otemachi', locality: 'Chiyoda-ku', region: 'Tokyo', postal_code: '1000004', country: 'JP' },
};
const evidence = [
  { type: 'electronic_record', check_details: [{ check_method: 'kbv', organization: 'TheCreditBureau', txn: 'kbv1-hf934hn09234ng03jj3' }],
    time: '2025-06-01T10:00Z', record: { type: 'mortgage_account', source: { name: 'TheCreditBureau' } } },
  { type: 'electronic_record', check_details: [{ check_method: 'kbv', organization: 'OpenBankingTPP', txn: 'kbv2-nm0f23u9459fj38u5j6' }],
    time: '2025-06-01T10:05Z', record: { type: 'bank_account', source: { name: 'TheBank' } } },
];
const claims = {
  given_name: '花子', family_name: '山田', birthdate: '1985-04-12', place_of_birth: { country: 'JP' },
  address: { locality: 'Chiyoda-ku', postal_code: '1000004', country: 'JP', street_address: '2-3-1 Otemachi' },
};
// What result.verified_claims_mapping_rules make of the vendor's result: trust_framework jp_aml
// (a static value), the two pieces of evidence, and five claims (nationality is not mapped). The
// template maps evidence[1]'s txn to check_details.1.txn, so it lands in a second check_details
// entry: idp-server's template as it is.
const expectedVerifiedClaims = {
  verification: {
    trust_framework: 'jp_aml',
    evidence: [
      evidence[0],
      { type: evidence[1].type, check_details: [{ check_method: 'kbv', organization: 'OpenBankingTPP' }, { txn: evidence[1].check_details[0].txn }],
        time: evidence[1].time, record: evidence[1].record },
    ],
  },
  claims,
};

const step = chain();
let userToken;
let sub;
let applicationId;
let externalId;

await step('tenant, vendor and template registered through the management API', async () => {
  importTenant();
  config = await client.discovery(issuer, rp.client_id, { redirect_uris: [redirect_uri] },
      client.ClientSecretPost(rp.client_secret));
  vendor = await startVendor();
  const token = expectStatus(await call('POST', `${issuer.href}/v1/tokens`, {
    form: { grant_type: 'password', username: admin.username, password: admin.password, scope: 'management', client_id: rp.client_id, client_secret: rp.client_secret },
  }), 200, 'management token');
  adminToken = token.access_token;
  const template = JSON.parse(readFileSync(join(source, 'identity', `${TYPE}.json`), 'utf8')
      .replaceAll('http://host.docker.internal:4000', vendor.url));
  const created = expectStatus(await call('POST', `${management}/identity-verification-configurations`, { token: adminToken, body: template }),
      201, 'POST identity-verification-configurations');
  equal(created.result?.type ?? template.type, TYPE);
  const stored = expectStatus(await call('GET', `${management}/identity-verification-configurations/${template.id}`, { token: adminToken }), 200, 'GET configuration');
  equal(stored.processes.apply.execution.http_request.url, `${vendor.url}/apply`);
  sub = await createUser(user.username, user.password, phone);
  return `tenant ${tenant}, vendor ${vendor.url}, user ${sub} (${phone})`;
});

await step('sign-in for the identity-verification scopes (openid-client)', async () => {
  const tokens = await signIn(user, 'openid identity_verification_application identity_verification_application_delete identity_verification_result');
  equal(tokens.claims().sub, sub);
  userToken = tokens.access_token;
  const none = expectStatus(await call('GET', `${me}/applications`, { token: userToken }), 200, 'GET applications');
  deepStrictEqual(none, { list: [], total_count: 0, limit: 20, offset: 0 });
});

await step('apply: the vendor gets the application and its id becomes the external id', async () => {
  const answer = expectStatus(await call('POST', `${me}/applications/${TYPE}/apply`, { token: userToken, body: applyBody }), 200, 'apply');
  match(answer.id, /^[0-9a-f-]{36}$/);
  applicationId = answer.id;
  externalId = answer.application_id;
  ok(externalId, `no application_id in ${JSON.stringify(answer)}`);
  equal(answer.external_application_id, externalId);
  const [sent] = await vendorRequests('/apply');
  deepStrictEqual(sent.body, applyBody);  // body_mapping_rules: $.request_body → *
  equal(sent.headers['content-type'], 'application/json');
  match(sent.headers['x-request-id'], /^trace-id-\S{6}$/);  // random_string then format
  const a = await application(userToken, applicationId);
  equal(a.status, 'requested');
  equal(a.type, TYPE);
  equal(a.user_id, sub);
  equal(a.client_id, rp.client_id);
  deepStrictEqual(a.processes, { apply: { call_count: 1, success_count: 1, failure_count: 0 } });
  deepStrictEqual(a.application_details, { ...applyBody, application_id: externalId, external_application_id: externalId });
  deepStrictEqual(a.attributes, { label: '証券口座開設' });
  match(a.requested_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);  // LocalDateTime, as idp-server
  return `application ${applicationId}, the vendor's ${externalId}`;
});

await step('request-ekyc: called at /{external id}/request-ekyc with the mapped body', async () => {
  const body = { trust_framework: 'jp_aml', evidence_document_type: 'driver_license', unmapped: 'not sent' };
  const answer = expectStatus(await call('POST', `${me}/applications/${TYPE}/${applicationId}/request-ekyc`, { token: userToken, body }), 200, 'request-ekyc');
  const [sent] = await vendorRequests('/request-ekyc');
  equal(sent.path, `/${externalId}/request-ekyc`);
  deepStrictEqual(sent.body, { trust_framework: 'jp_aml', evidence_document_type: 'driver_license' });
  equal(sent.headers.authorization, 'Bearer dummy-token');
  deepStrictEqual(Object.keys(answer).sort(), ['ekyc_session_id', 'ekyc_url']);
  const a = await application(userToken, applicationId);
  equal(a.status, 'applying');
  deepStrictEqual(a.processes['request-ekyc'], { call_count: 1, success_count: 1, failure_count: 0 });
  equal(a.application_details.evidence_document_type, 'driver_license');
});

await step('complete-ekyc: the vendor\'s answer is stored and returned', async () => {
  const body = { face_match: 'passed', liveness: 'passed' };
  const answer = expectStatus(await call('POST', `${me}/applications/${TYPE}/${applicationId}/complete-ekyc`, { token: userToken, body }), 200, 'complete-ekyc');
  const [sent] = await vendorRequests('/complete-ekyc');
  equal(sent.path, `/${externalId}/complete-ekyc`);
  deepStrictEqual(sent.body, body);
  equal(answer.ekyc_status, 'completed');
  const a = await application(userToken, applicationId);
  equal(a.status, 'applying');
  equal(a.application_details.ekyc_result, 'matched');
  equal(a.application_details.face_match, 'passed');
});

await step('crm-registration: HMAC-SHA256 signed, verified by the vendor; status applied', async () => {
  const body = { branch_code: '001', account_type: 'general' };
  const answer = expectStatus(await call('POST', `${me}/applications/${TYPE}/${applicationId}/crm-registration`, { token: userToken, body }), 200, 'crm-registration');
  match(answer.crm_customer_id, /^crm-/);
  const [sent] = await vendorRequests('/crm-registration');
  equal(sent.hmac_problem, null);
  equal(sent.headers['x-api-key'], 'abcdef123456');
  // Recomputed here from what arrived: method, path, X-Timestamp and the raw body.
  const signature = createHmac('sha256', 'super-secret-key')
      .update(`POST\n/crm-registration\n${sent.headers['x-timestamp']}\n${sent.raw_body}`).digest('base64url');
  equal(sent.headers.authorization, `HmacSHA256=${signature}`);
  deepStrictEqual(JSON.parse(sent.raw_body), body);
  const a = await application(userToken, applicationId);
  equal(a.status, 'applied');
  equal(a.application_details.crm_customer_id, answer.crm_customer_id);
});

await step('callback-examination: the vendor calls back (HTTP Basic); examination_processing', async () => {
  const refused = await vendorCallsBack('callback-examination', { application_id: externalId }, ['test_user', 'wrong']);
  equal(refused.status, 401, JSON.stringify(refused));
  const r = await vendorCallsBack('callback-examination', { application_id: externalId, step: 'examination', comment: 'documents checked' }, ['test_user', 'test_user001']);
  equal(r.status, 200, JSON.stringify(r));
  deepStrictEqual(r.body, {});
  const a = await application(userToken, applicationId);
  equal(a.status, 'examination_processing');
  deepStrictEqual(a.processes['callback-examination'], { call_count: 1, success_count: 1, failure_count: 0 });
});

await step('callback-result: the vendor sends the verification and claims; approved', async () => {
  const r = await vendorCallsBack('callback-result', {
    application_id: externalId, verification: { trust_framework: 'jp_aml', evidence }, claims: { ...claims, nationality: 'JP' },
  }, ['test_user', 'test_user001']);
  equal(r.status, 200, JSON.stringify(r));
  const a = await application(userToken, applicationId);
  equal(a.status, 'approved');
  deepStrictEqual(a.processes['callback-result'], { call_count: 1, success_count: 1, failure_count: 0 });
});

await step('GET /me/identity-verification/results shows the result', async () => {
  const results = expectStatus(await call('GET', `${me}/results`, { token: userToken }), 200, 'GET results');
  equal(results.total_count, 1, JSON.stringify(results));
  const [result] = results.list;
  equal(result.type, TYPE);
  equal(result.user_id, sub);
  equal(result.application_id, applicationId);
  equal(result.source, 'application');
  deepStrictEqual(result.attributes, { label: '証券口座開設' });
  deepStrictEqual(result.verified_claims, expectedVerifiedClaims);
  equal(result.source_details.application_id, externalId);  // $.application.application_details → *
  equal(result.source_details.crm_customer_id !== undefined, true);
  const filtered = expectStatus(await call('GET', `${me}/results?type=${TYPE}&application_id=${applicationId}`, { token: userToken }), 200, 'GET results?type');
  equal(filtered.total_count, 1);
  const other = expectStatus(await call('GET', `${me}/results?type=trust-service`, { token: userToken }), 200, 'GET results?type');
  equal(other.total_count, 0);
});

await step('verified_claims in the ID token and from UserInfo, as the claims parameter asks', async () => {
  const request = {
    id_token: { verified_claims: { verification: { trust_framework: null }, claims: { given_name: null, family_name: null } } },
    // OIDC4IDA §6.2: evidence is requested as an array of templates, each naming its type.
    userinfo: { verified_claims: {
      verification: { trust_framework: null, evidence: [{
        type: { value: 'electronic_record' }, time: null,
        check_details: [{ check_method: null, organization: null, txn: null }], record: { type: null, source: { name: null } },
      }] },
      claims: { birthdate: null, address: null, place_of_birth: null },
    } },
  };
  const tokens = await signIn(user, 'openid', request);
  const idToken = tokens.claims();
  deepStrictEqual(idToken.verified_claims, {
    verification: { trust_framework: 'jp_aml' }, claims: { given_name: '花子', family_name: '山田' },
  });
  const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
  deepStrictEqual(info.verified_claims, {
    verification: expectedVerifiedClaims.verification,
    claims: { birthdate: claims.birthdate, address: claims.address, place_of_birth: claims.place_of_birth },
  });
  // A value the stored claim does not have drops that claim; none left drops verified_claims.
  const strict = await signIn(user, 'openid', {
    id_token: { verified_claims: { verification: { trust_framework: null }, claims: { given_name: { value: 'Taro' } } } },
  });
  equal(strict.claims().verified_claims, undefined);
  return `ID token ${JSON.stringify(idToken.verified_claims)}`;
});

await step('the management API sees the approved application and its result', async () => {
  const apps = expectStatus(await call('GET', `${management}/identity-verification-applications?user_id=${sub}`, { token: adminToken }), 200, 'management applications');
  equal(apps.total_count, 1);
  equal(apps.list[0].status, 'approved');
  const results = expectStatus(await call('GET', `${management}/identity-verification-results?application_id=${applicationId}`, { token: adminToken }), 200, 'management results');
  equal(results.total_count, 1);
  deepStrictEqual(results.list[0].verified_claims, expectedVerifiedClaims);
});

// Seed 002: verified claims registered directly by a back office.
const registration = chain();
const registered = { username: `reg-${randomUUID().slice(0, 8)}@example.test`, password: `Reg-passw0rd-${randomInt(10 ** 6)}` };
let registeredSub;
const trust = JSON.parse(readFileSync(join(source, 'identity', 'trust-service.json'), 'utf8'));
const legacy = JSON.parse(readFileSync(join(data, 'identity-verification', 'seed-002-verified-claims-configuration.json'), 'utf8'));
const registrationBody = () => ({
  user_id: registeredSub, last_name: '佐藤', first_name: '次郎', last_name_kana: 'サトウ', first_name_kana: 'ジロウ',
  birthdate: '1979-11-03', nationality: 'JP', email_address: registered.username, mobile_phone_number: '08055556666',
  address: { street_address: '1-9-1 Marunouchi', locality: 'Chiyoda-ku', region: 'Tokyo', postal_code: '1000005', country: 'JP' },
  trust_framework: 'jp_aml',
  verification: { trust_framework: 'jp_aml', evidence: [{ type: 'document', check_details: [{ check_method: 'vpip', organization: 'JFSA', txn: 'reg-0001' }], time: '2025-06-01T10:00Z', record: { type: 'idcard', source: { name: 'JFSA' } } }] },
  claims: { given_name: '次郎', family_name: '佐藤', address: { postal_code: '1000005', country: 'JP' } },
});
// Seed 002's rules read the body: trust_framework, evidence[0]'s type and first check's method and
// organization, given_name and the address's postal_code.
const registeredClaims = {
  verification: { trust_framework: 'jp_aml', evidence: [{ type: 'document', check_details: [{ check_method: 'vpip', organization: 'JFSA' }] }] },
  claims: { given_name: '次郎', address: { postal_code: '1000005' } },
};
const registrationUrl = `${issuer.href}/internal/v1/identity-verification/results/trust-service/registration`;

await registration('seed 002: a registration template registered through the management API', async () => {
  if (!adminToken) throw new Error('no management token');
  const template = { id: trust.id, type: trust.type, registration: trust.registration, ...legacy };
  expectStatus(await call('POST', `${management}/identity-verification-configurations`, { token: adminToken, body: template }), 201, 'POST configuration');
  registeredSub = await createUser(registered.username, registered.password, '08055556666');
});

await registration('seed 002: a registration with HTTP Basic gives the user verified_claims', async () => {
  equal((await call('POST', registrationUrl, { basic: ['test_user', 'wrong'], body: registrationBody() })).status, 401);
  const invalid = await call('POST', registrationUrl, { basic: ['test_user', 'test_user001'], body: { user_id: registeredSub } });
  equal(invalid.status, 400, invalid.text);
  ok(invalid.body.error_messages.some((m) => m.startsWith('trust_framework ')), invalid.text);
  expectStatus(await call('POST', registrationUrl, { basic: ['test_user', 'test_user001'], body: registrationBody() }), 200, 'registration');
  const apps = expectStatus(await call('GET', `${management}/identity-verification-results?user_id=${registeredSub}`, { token: adminToken }), 200, 'management results');
  equal(apps.total_count, 1);
  equal(apps.list[0].source, 'direct');
  deepStrictEqual(apps.list[0].verified_claims, registeredClaims);
});

await registration('seed 002: the registered verified_claims in the ID token', async () => {
  const tokens = await signIn(registered, 'openid identity_verification_result', {
    id_token: { verified_claims: {
      verification: { trust_framework: null, evidence: [{ type: { value: 'document' }, check_details: [{ check_method: null, organization: null }] }] },
      claims: { given_name: null, address: null, family_name: null },
    } },
  });
  deepStrictEqual(tokens.claims().verified_claims, registeredClaims);
  const mine = expectStatus(await call('GET', `${me}/results`, { token: tokens.access_token }), 200, 'GET results');
  equal(mine.total_count, 1);
  equal(mine.list[0].type, 'trust-service');
  equal(mine.list[0].source, 'direct');
});

vendor?.child.kill('SIGTERM');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// An eKYC vendor for the identity-verification tests: the service that idp-server's template
// examples/e2e/test-tenant/identity/investment-account-opening.json calls (there at
// http://host.docker.internal:4000), over plain HTTP on 127.0.0.1.
//
//   POST /apply                 a new application: {"application_id": <new id>, …}
//   POST /{id}/request-ekyc     starts the eKYC of an application (404 for an unknown id)
//   POST /{id}/complete-ekyc    its result (404 for an unknown id)
//   POST /crm-registration      registers the customer; the call must carry a valid HMAC:
//                               Authorization: HmacSHA256=<base64url(HMAC-SHA256(secret,
//                               METHOD\nPATH\nTIMESTAMP\nBODY))>, the timestamp in X-Timestamp
//                               (at most 5 minutes off), the API key in X-Api-Key; 401 otherwise
//   POST /oauth/token           RFC 6749 token endpoint for auth_type oauth2: client ekyc-client
//                               / ekyc-secret (client_secret_basic or _post), grant
//                               client_credentials, or password with vendor-user / vendor-pass;
//                               answers {"access_token": "vt-…", "expires_in": 3600, …}
// A call with "Authorization: Bearer vt-…" must carry a token this vendor issued (401 otherwise).
//
// and a control API for the tests:
//
//   GET    /__requests          what the vendor received, oldest first: {"requests": [{method,
//                               path, query, headers, body (JSON when it parses, else text),
//                               raw_body, answered_status}]}; ?path=P keeps the paths ending in P
//   DELETE /__requests          forgets them
//   POST   /__behaviour         {path, status?, delay_ms?, body?, times?}: the next `times`
//                               calls (default 1; 0 = until cleared) whose path ends with `path`
//                               wait delay_ms, then answer `status` with `body` (without status:
//                               the normal answer, late)
//   DELETE /__behaviour         clears them
//   POST   /__callback          {url, username?, password?, body, method?}: the vendor calls the
//                               identity provider back (HTTPS trusting the CA file named by
//                               IDP_TEST_CA; HTTP Basic when username is given) and answers
//                               {"status": <its status>, "body": <its JSON answer or text>}
//
// Usage: node ekyc_vendor.mjs [PORT]   (0 or none: any free port) → prints "listening <port>".
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const HMAC_SECRET = 'super-secret-key';
const API_KEY = 'abcdef123456';
const MAX_SKEW_MS = 5 * 60 * 1000;

const CLIENT = { id: 'ekyc-client', secret: 'ekyc-secret' };
const RESOURCE_OWNER = { username: 'vendor-user', password: 'vendor-pass' };

const applications = new Map();  // application_id → { ekyc: 'none' | 'requested' | 'completed' }
let received = [];
let behaviours = [];
const tokens = new Set();
const ca = process.env.IDP_TEST_CA ? readFileSync(process.env.IDP_TEST_CA) : undefined;

function answer(res, status, body) {
  if (res.destroyed || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function parsed(text) {
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// RFC 2104 HMAC-SHA256 over the parts idp-server's hmac_sha256 signs, as this vendor sees them.
function hmacSignature(method, path, timestamp, body) {
  return createHmac('sha256', HMAC_SECRET).update(`${method}\n${path}\n${timestamp}\n${body}`)
      .digest('base64url');
}

function hmacProblem(req, path, raw) {
  const timestamp = req.headers['x-timestamp'];
  if (req.headers['x-api-key'] !== API_KEY) return 'unknown api key';
  if (!timestamp || Number.isNaN(Date.parse(timestamp))) return 'X-Timestamp is missing or not a time';
  if (Math.abs(Date.now() - Date.parse(timestamp)) > MAX_SKEW_MS) return 'X-Timestamp is too far off';
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`HmacSHA256=${hmacSignature(req.method, path, timestamp, raw)}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature mismatch';
  return null;
}

// RFC 6749 §4.4 / §4.3 with client authentication by §2.3.1 (either way).
function tokenEndpoint(req, raw, reply) {
  const form = new URLSearchParams(raw);
  let id = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  if (basic) {
    const pair = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = pair.indexOf(':');
    id = decodeURIComponent(pair.slice(0, colon).replaceAll('+', ' '));
    secret = decodeURIComponent(pair.slice(colon + 1).replaceAll('+', ' '));
  }
  if (id !== CLIENT.id || secret !== CLIENT.secret) return reply(401, { error: 'invalid_client' });
  const grant = form.get('grant_type');
  if (grant === 'password') {
    if (form.get('username') !== RESOURCE_OWNER.username || form.get('password') !== RESOURCE_OWNER.password)
      return reply(400, { error: 'invalid_grant' });
  } else if (grant !== 'client_credentials') {
    return reply(400, { error: 'unsupported_grant_type' });
  }
  const token = `vt-${randomUUID()}`;
  tokens.add(token);
  return reply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') ?? '' });
}

// The vendor's own answers.
function serve(req, res, path, raw, record) {
  const reply = (status, value) => {
    record.answered_status = status;
    answer(res, status, value);
  };
  if (req.method !== 'POST') return reply(405, { error: 'method_not_allowed' });
  if (path === '/oauth/token') return tokenEndpoint(req, raw, reply);
  const bearer = /^Bearer (vt-.+)$/.exec(req.headers.authorization ?? '');
  if (bearer && !tokens.has(bearer[1])) return reply(401, { error: 'invalid_token' });
  const body = parsed(raw);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return reply(400, { error: 'invalid_request', error_description: 'a JSON object is required' });
  if (path === '/apply') {
    const id = randomUUID();
    applications.set(id, { ekyc: 'none' });
    return reply(200, { application_id: id, application_status: 'received', received_at: new Date().toISOString() });
  }
  if (path === '/crm-registration') {
    const problem = hmacProblem(req, path, raw);
    record.hmac_problem = problem;
    if (problem) return reply(401, { error: 'invalid_signature', error_description: problem });
    return reply(200, { crm_customer_id: `crm-${randomUUID()}`, crm_registered: true });
  }
  const step = /^\/([^/]+)\/(request-ekyc|complete-ekyc)$/.exec(path);
  if (step) {
    const application = applications.get(decodeURIComponent(step[1]));
    if (!application) return reply(404, { error: 'application_not_found', application_id: step[1] });
    if (step[2] === 'request-ekyc') {
      application.ekyc = 'requested';
      const session = randomUUID();
      return reply(200, { ekyc_session_id: session, ekyc_url: `https://ekyc.vendor.example/sessions/${session}` });
    }
    application.ekyc = 'completed';
    return reply(200, { ekyc_status: 'completed', ekyc_result: 'matched', completed_at: new Date().toISOString() });
  }
  return reply(404, { error: 'not_found', path });
}

function callBack(spec) {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(spec.body ?? {});
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    if (spec.username !== undefined)
      headers.authorization = `Basic ${Buffer.from(`${spec.username}:${spec.password ?? ''}`).toString('base64')}`;
    const url = new URL(spec.url);
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, { method: spec.method ?? 'POST', headers, ca, timeout: 15000 }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: parsed(data) }));
    });
    request.on('timeout', () => request.destroy(new Error('the identity provider did not answer')));
    request.on('error', reject);
    request.end(text);
  });
}

async function control(req, res, url, raw) {
  const route = `${req.method} ${url.pathname}`;
  if (route === 'GET /__requests') {
    const suffix = url.searchParams.get('path');
    return answer(res, 200, { requests: suffix ? received.filter((r) => r.path.endsWith(suffix)) : received });
  }
  if (route === 'DELETE /__requests') {
    received = [];
    return answer(res, 200, {});
  }
  if (route === 'DELETE /__behaviour') {
    behaviours = [];
    return answer(res, 200, {});
  }
  const body = parsed(raw);
  if (typeof body !== 'object' || body === null)
    return answer(res, 400, { error: 'invalid_request', error_description: 'a JSON object is required' });
  if (route === 'POST /__behaviour') {
    if (typeof body.path !== 'string') return answer(res, 400, { error: 'invalid_request', error_description: 'path is required' });
    behaviours.push({ path: body.path, status: body.status, delay_ms: body.delay_ms ?? 0, body: body.body, times: body.times ?? 1 });
    return answer(res, 200, { behaviours: behaviours.length });
  }
  if (route === 'POST /__callback') {
    if (typeof body.url !== 'string') return answer(res, 400, { error: 'invalid_request', error_description: 'url is required' });
    try {
      return answer(res, 200, await callBack(body));
    } catch (e) {
      return answer(res, 502, { error: 'callback_failed', error_description: e.message });
    }
  }
  return answer(res, 404, { error: 'not_found' });
}

function behaviourFor(path) {
  const index = behaviours.findIndex((b) => path.endsWith(b.path));
  if (index < 0) return null;
  const b = behaviours[index];
  if (b.times > 0 && --b.times === 0) behaviours.splice(index, 1);
  return b;
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://vendor.invalid');
    if (url.pathname.startsWith('/__')) {
      control(req, res, url, raw).catch((e) => answer(res, 500, { error: 'server_error', error_description: e.message }));
      return;
    }
    const record = {
      method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams),
      headers: req.headers, body: parsed(raw), raw_body: raw,
    };
    received.push(record);
    const b = behaviourFor(url.pathname);
    const respond = () => {
      if (b && b.status !== undefined) {
        record.answered_status = b.status;
        answer(res, b.status, b.body ?? { error: 'vendor_error', error_description: `the vendor answers ${b.status}` });
      } else {
        serve(req, res, url.pathname, raw, record);
      }
    };
    if (b && b.delay_ms > 0) setTimeout(respond, b.delay_ms); else respond();
  });
});
// A caller that gave up on a delayed answer closed its connection: nothing to do.
server.on('clientError', (_e, socket) => socket.destroy());

const port = Number(process.argv[2] ?? 0);
server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}

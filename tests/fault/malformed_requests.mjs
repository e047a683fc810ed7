// Check 4: a generated corpus (malformed_corpus.mjs, seeded) of at least 1,000 malformed requests
// across every endpoint. Zero 5xx, every answer a JSON error (Content-Type application/json and a
// JSON object with "error"; at the authorization endpoint a redirect carrying `error` also
// counts), and no worker restarted (the same worker pids before and after).
import { isJsonError, keepAliveAgent, send, sendRaw } from './lib/client.mjs';
import { report, stackFromEnv, workerPids } from './lib/stack.mjs';
import { encodeRequest, generateCorpus } from './malformed_corpus.mjs';

const s = stackFromEnv();
const seed = Number(process.env.IDP_FAULT_SEED || 20240611);
const minimum = Number(process.env.IDP_FAULT_CORPUS || 1500);
const agent = keepAliveAgent(s.ca, 1);
const form = 'application/x-www-form-urlencoded';

// A valid opaque access token of the e2e client, and a JWT (the admin's management token) to
// truncate and to use where it is the wrong tenant's token.
const cc = await send(agent, `${s.tenantUrl}/v1/tokens`, {
  method: 'POST', headers: { authorization: s.clientAuth, 'content-type': form },
  body: 'grant_type=client_credentials&scope=read',
});
const a = s.admin;
const pw = await send(agent, `${s.base}/${a.admin_tenant_id}/v1/tokens`, {
  method: 'POST', headers: { 'content-type': form },
  body: new URLSearchParams({
    grant_type: 'password', username: a.admin_user_email, password: a.admin_user_password,
    scope: 'management', client_id: a.admin_client_id, client_secret: a.admin_client_secret,
  }).toString(),
});
agent.destroy();
if (cc.status !== 200 || pw.status !== 200) {
  report(false, 'fault: malformed requests (no tokens to start from)', [cc.body, pw.body]);
  process.exit(1);
}
const ctx = {
  tenant: s.tenant, clientId: s.clientId, clientSecret: s.clientSecret, clientAuth: s.clientAuth,
  admin: a, settings: s.settings,
  token: JSON.parse(cc.body).access_token,
  jwt: JSON.parse(pw.body).access_token,
};
const corpus = generateCorpus(ctx, seed, minimum);

let challenges = 0;
const isJsonObject = (r) => {
  try {
    return /^application\/json\b/.test(r.headers['content-type'] || '') && typeof JSON.parse(r.body) === 'object';
  } catch {
    return false;
  }
};
const verdict = (c, r) => {
  if (r.status === 0) return `no answer (${r.error})`;
  if (r.status >= 500) return `${r.status}`;
  if (r.status >= 300 && r.status < 400) {
    if (c.redirectError && /[?&#]error=/.test(r.headers.location || '')) return null;
    return `${r.status} to ${r.headers.location}`;
  }
  if (r.status < 300) return `${r.status}: the malformed request was accepted`;
  // RFC 6750 §3.1: a request with no credentials at all gets the bare challenge, no error code.
  if (r.status === 401 && /^Bearer(?!.*error=)/i.test(r.headers['www-authenticate'] || '') &&
      !c.headers.some(([k]) => k === 'Authorization') && isJsonObject(r)) {
    ++challenges;
    return null;
  }
  return isJsonError(r) ? null : `${r.status} ${r.headers['content-type'] || 'without Content-Type'}, not a JSON error`;
};

const before = workerPids(s);
const started = performance.now();
const failures = [];
const statuses = {};
let next = 0;
await Promise.all(Array.from({ length: 8 }, async () => {
  while (next < corpus.length) {
    const c = corpus[next++];
    const r = await sendRaw(s.host, s.port, s.ca, encodeRequest(c, `localhost:${s.port}`), { plain: c.plain });
    statuses[r.status] = (statuses[r.status] || 0) + 1;
    const wrong = verdict(c, r);
    if (wrong) failures.push({ c, r, wrong });
  }
}));
const seconds = (performance.now() - started) / 1000;
const after = workerPids(s);
const restarted = before.join() !== after.join();
const fiveXX = Object.entries(statuses).filter(([k]) => Number(k) >= 500).reduce((n, [, v]) => n + v, 0);

const show = (f) => {
  const target = f.c.target.length > 140 ? `${f.c.target.slice(0, 140)}…(${f.c.target.length})` : f.c.target;
  const body = f.c.body === undefined ? '' : ` body[${f.c.body.length}] ${JSON.stringify(f.c.body.slice(0, 80))}`;
  return `${f.c.label}: ${f.wrong}\n      ${f.c.method} ${JSON.stringify(target)}${body}` +
    `\n      headers ${JSON.stringify(f.c.headers.map(([k, v]) => `${k}: ${v.length > 60 ? v.slice(0, 60) + '…' : v}`))}` +
    `\n      → ${String(f.r.body || '').slice(0, 200)}`;
};
// One example per kind of failure.
const kinds = new Map();
for (const f of failures) {
  const key = `${f.c.label.replace(/ \/.*/, '')} ${f.wrong.slice(0, 12)}`;
  if (!kinds.has(key)) kinds.set(key, f);
}
report(failures.length === 0 && !restarted,
  `fault: malformed requests (${corpus.length} across ${new Set(corpus.map((c) => c.route)).size}` +
  ` routes, ${fiveXX} × 5xx, ${failures.length} not a JSON error, workers ${restarted ? 'RESTARTED' : 'kept'})`,
  [`seed ${seed}, ${seconds.toFixed(1)} s; answers: ${Object.entries(statuses).map(([k, v]) => `${k}: ${v}`).join(', ')}` +
    ` (${challenges} of the 401 are RFC 6750 §3.1 bare challenges to requests without credentials)`,
    ...(restarted ? [`workers before ${before.join(' ')}, after ${after.join(' ')}`] : []),
    ...[...kinds.values()].slice(0, 25).map(show)]);

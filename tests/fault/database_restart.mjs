// Check 2: PostgreSQL under load (tokens, introspection, health: writes through the token ledger
// and reads in request transactions): first its busy sessions are ended every 100 ms for 1.5 s
// (what a crash does to them), then it is stopped and started again, twice: 3 s down, then 1 s
// down. Every answer is 200 or a 503 JSON error, and while it is down every answer is a 503 JSON
// error; within 5 s after it is back every request is served again; no worker is stuck or lost
// (the same workers, each serving again, no request left without an answer).
import { keepAliveAgent, send } from './lib/client.mjs';
import { runLoad, tally } from './lib/load.mjs';
import {
  accessLogSince, report, stackFromEnv, startPostgres, stopPostgres, terminateBusyBackends, workerPids,
} from './lib/stack.mjs';

const s = stackFromEnv();
const connections = Number(process.env.IDP_FAULT_CONNECTIONS || 16);
const agent = keepAliveAgent(s.ca, connections);
const form = { authorization: s.clientAuth, 'content-type': 'application/x-www-form-urlencoded' };
const issued = await send(agent, `${s.tenantUrl}/v1/tokens`, {
  method: 'POST', headers: form, body: 'grant_type=client_credentials&scope=read',
});
const requests = [
  { url: `${s.tenantUrl}/v1/tokens`, method: 'POST', headers: form, body: 'grant_type=client_credentials&scope=read', timeoutMs: 5000 },
  { url: `${s.tenantUrl}/v1/tokens/introspection`, method: 'POST', headers: form, body: `token=${JSON.parse(issued.body).access_token}`, timeoutMs: 5000 },
  { url: `${s.base}/health`, timeoutMs: 5000 },
];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const pidsBefore = workerPids(s);
const origin = performance.now();
const at = () => performance.now() - origin;
const outages = [];
const problems = [];
let terminated = 0;
const faults = (async () => {
  await sleep(1000);
  for (let i = 0; i < 15; ++i) {
    terminated += await terminateBusyBackends(s);
    await sleep(100);
  }
  await sleep(1000);
  for (const downMs of [3000, 1000]) {
    const o = { downMs, stopIssued: at() };
    const stopped = await stopPostgres(s);
    o.stopDone = at();
    await sleep(downMs);
    o.startIssued = at();
    const started = await startPostgres(s);
    o.startDone = at();
    o.startWall = Date.now();
    if (!stopped.ok || !started.ok) problems.push(`pg_ctl: ${stopped.output} ${started.output}`);
    outages.push(o);
    await sleep(4500);
  }
})();
const records = await runLoad({
  agent, connections, until: faults, origin, next: (i) => requests[i % requests.length],
});
await faults;

const bad = records.filter((r) => r.status !== 200 && !(r.status === 503 && r.json));
if (bad.length)
  problems.push(`${bad.length} answers neither 200 nor 503 JSON, first: ` +
    `${bad[0].status || bad[0].error} at ${Math.round(bad[0].end)} ms ${String(bad[0].body).slice(0, 160)}`);
const summary = [];
outages.forEach((o, n) => {
  const end = outages[n + 1]?.stopIssued ?? Infinity;
  const down = records.filter((r) => r.start >= o.stopDone && r.end <= o.startIssued);
  const wrong = down.filter((r) => r.status !== 503 || !r.json);
  if (down.length === 0) problems.push(`outage ${n + 1}: no request was answered while PostgreSQL was down`);
  if (wrong.length) problems.push(`outage ${n + 1}: ${wrong.length} answers other than 503 JSON while down, first: ${wrong[0].status || wrong[0].error}`);
  const after = records.filter((r) => r.start >= o.startDone && r.end < end);
  const lastFailure = after.filter((r) => r.status !== 200).reduce((m, r) => Math.max(m, r.end), o.startDone);
  const recovery = Math.round(lastFailure - o.startDone);
  if (recovery > 5000) problems.push(`outage ${n + 1}: requests still failed ${recovery} ms after PostgreSQL was back`);
  if (!after.some((r) => r.status === 200)) problems.push(`outage ${n + 1}: nothing succeeded after PostgreSQL was back`);
  summary.push({ down: down.length, recovery });
});

const pidsAfter = workerPids(s);
if (pidsAfter.join() !== pidsBefore.join())
  problems.push(`workers changed: ${pidsBefore.join(' ')} → ${pidsAfter.join(' ')} (see worker_died in the access log)`);
const last = outages.at(-1);
const served = new Set(accessLogSince(s, last.startWall).filter((l) => l.status === 200).map((l) => l.pid));
const idle = pidsAfter.filter((p) => !served.has(p));
if (idle.length) problems.push(`workers that served nothing after the last restart: ${idle.join(' ')}`);

report(problems.length === 0,
  `fault: PostgreSQL sessions ended ×${terminated}, then restarted twice under load (${summary.map((x) => x.down).join(' + ')} × 503 JSON while down, ` +
  `full service ${summary.map((x) => x.recovery).join(' / ')} ms after, ${pidsAfter.length} workers kept)`,
  [`${records.length} requests: ${tally(records)}`,
    ...outages.map((o, n) => `outage ${n + 1}: down ${Math.round(o.startIssued - o.stopDone)} ms; ` +
      `pg_ctl stop ${Math.round(o.stopDone - o.stopIssued)} ms, start ${Math.round(o.startDone - o.startIssued)} ms`),
    ...problems]);
agent.destroy();

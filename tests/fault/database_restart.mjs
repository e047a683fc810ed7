// Check 2: PostgreSQL stopped and started again under token load. While it is down every answer is
// a 503 JSON error; within 5 s after it is back every request is served again; no worker is
// stuck (the same workers, each serving again, no request left without an answer).
import { keepAliveAgent } from './lib/client.mjs';
import { runLoad, tally } from './lib/load.mjs';
import {
  accessLogSince, report, stackFromEnv, startPostgres, stopPostgres, workerPids,
} from './lib/stack.mjs';

const s = stackFromEnv();
const connections = Number(process.env.IDP_FAULT_CONNECTIONS || 16);
const agent = keepAliveAgent(s.ca, connections);
const token = {
  url: `${s.tenantUrl}/v1/tokens`,
  method: 'POST',
  headers: { authorization: s.clientAuth, 'content-type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials&scope=read',
  timeoutMs: 5000,
};
const health = { url: `${s.base}/health`, timeoutMs: 5000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const pidsBefore = workerPids(s);
const origin = performance.now();
const at = () => performance.now() - origin;
const events = {};
const faults = (async () => {
  await sleep(2000);
  events.stopIssued = at();
  const stopped = await stopPostgres(s);
  events.stopDone = at();
  await sleep(3000);
  events.startIssued = at();
  const started = await startPostgres(s);
  events.startDone = at();
  events.startWall = Date.now();
  if (!stopped.ok || !started.ok) throw new Error(`pg_ctl: ${stopped.output} ${started.output}`);
})();
// Load runs 2 s before the outage, 3 s through it and 7 s after (pg_ctl itself takes ~0.2 s).
const records = await runLoad({
  agent, connections, durationMs: 12300, origin, next: (i) => (i % 4 === 3 ? health : token),
});
await faults;

const problems = [];
const down = records.filter((r) => r.start >= events.stopDone && r.end <= events.startIssued);
const down503 = down.filter((r) => r.status === 503 && r.json).length;
if (down.length === 0) problems.push('no request was answered while PostgreSQL was down');
// Answers from a cached tenant's memory would be fine; a database-bound request must get 503 JSON.
for (const r of down)
  if (r.status !== 503 || !r.json) {
    problems.push(`while down: ${r.status || r.error} ${String(r.body).slice(0, 120)}`);
    break;
  }
const bad = records.filter((r) => r.status !== 200 && !(r.status === 503 && r.json));
if (bad.length)
  problems.push(`${bad.length} answers neither 200 nor 503 JSON, first: ` +
    `${bad[0].status || bad[0].error} at ${Math.round(bad[0].end)} ms ${String(bad[0].body).slice(0, 160)}`);
const after = records.filter((r) => r.start >= events.startDone);
const lastFailure = after.filter((r) => r.status !== 200).reduce((m, r) => Math.max(m, r.end), events.startDone);
const recoveryMs = lastFailure - events.startDone;
if (recoveryMs > 5000) problems.push(`requests still failed ${Math.round(recoveryMs)} ms after PostgreSQL was back`);
if (!after.some((r) => r.status === 200)) problems.push('no request succeeded after PostgreSQL was back');

const pidsAfter = workerPids(s);
if (pidsAfter.join() !== pidsBefore.join())
  problems.push(`workers changed: ${pidsBefore.join(' ')} → ${pidsAfter.join(' ')}`);
const served = new Set(accessLogSince(s, events.startWall).filter((l) => l.status === 200).map((l) => l.pid));
const idle = pidsAfter.filter((p) => !served.has(p));
if (idle.length) problems.push(`workers that served nothing after the restart: ${idle.join(' ')}`);

report(problems.length === 0,
  `fault: PostgreSQL restart under load (${down503} × 503 JSON while down, ` +
  `full service ${Math.round(recoveryMs)} ms after, ${pidsAfter.length} workers kept)`,
  [`${records.length} requests: ${tally(records)}`,
    `down ${Math.round(events.startIssued - events.stopDone)} ms (${down.length} answers); ` +
    `pg_ctl stop ${Math.round(events.stopDone - events.stopIssued)} ms, start ${Math.round(events.startDone - events.startIssued)} ms`,
    ...problems]);
agent.destroy();

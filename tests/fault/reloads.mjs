// Check 3: `nginx -s reload` and SIGHUP to the idp-fcgi master (a new generation of workers with
// freshly read settings starts while the old one drains) under load: no request may fail, and the
// master ends with a full set of new workers.
//
// nginx's graceful reload closes the old workers' idle keep-alive connections at once, which races
// with a client sending its next request on one of them; such a request is resent on a fresh
// connection (see lib/load.mjs) and counts as failed unless the resend succeeds and the access log
// shows that the first attempt never reached idp-fcgi.
import https from 'node:https';
import { keepAliveAgent } from './lib/client.mjs';
import { runLoad, tally } from './lib/load.mjs';
import {
  accessLogCounts, awaitWorkers, masterPid, reloadNginx, report, stackFromEnv, tokenRequest, workerPids,
} from './lib/stack.mjs';

const s = stackFromEnv();
const connections = Number(process.env.IDP_FAULT_CONNECTIONS || 16);
const agent = keepAliveAgent(s.ca, connections);
const token = tokenRequest(s);
const discovery = { url: `${s.tenantUrl}/.well-known/openid-configuration` };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const generations = [workerPids(s)];
const problems = [];
const nginxReload = async () => {
  const r = await reloadNginx(s);
  if (!r.ok) problems.push(`nginx -s reload failed: ${r.output}`);
};
const sighup = async () => {
  process.kill(masterPid(s), 'SIGHUP');
  const fresh = await awaitWorkers(s, s.workers, generations.flat(), 8000);
  if (fresh.some((p) => generations.flat().includes(p)) || fresh.length !== s.workers)
    problems.push(`after SIGHUP the workers are ${fresh.join(' ')} (before: ${generations.at(-1).join(' ')})`);
  generations.push(fresh);
};
const faults = (async () => {
  await sleep(1000);
  await nginxReload();
  await sleep(1000);
  await sighup();
  await sleep(500);
  await Promise.all([nginxReload(), sighup()]);
  await sleep(500);
  await nginxReload();
  await sleep(300);
  await nginxReload();
  await sleep(500);
  await sighup();
  await sleep(1000);
})();
const resendAgent = new https.Agent({ ca: s.ca, keepAlive: false });
const records = await runLoad({
  agent, connections, until: faults, next: (i) => (i % 2 ? discovery : token), resendAgent,
});
await faults;

const failed = records.filter((r) => r.status !== 200);
const resent = records.filter((r) => r.resentAfter);
const seen = accessLogCounts(s, resent.map((r) => r.id));
const processedTwice = resent.filter((r) => seen.get(r.id) !== 1);
if (processedTwice.length)
  problems.push(`${processedTwice.length} resent requests had reached idp-fcgi on the first attempt ` +
    `(interaction ids ${processedTwice.slice(0, 3).map((r) => r.id).join(' ')})`);
for (const r of failed.slice(0, 5))
  problems.push(`failed: ${r.status || r.error}${r.reused ? ' (reused connection)' : ''}` +
    ` at ${Math.round(r.end)} ms ${String(r.body || '').slice(0, 120)}`);
const notes = resent.length === 0 ? [] : [
  `${resent.length} resent after the connection closed before any answer ` +
  `(${[...new Set(resent.map((r) => r.resentAfter))].join(', ')}); ` +
  `${resent.length - processedTwice.length} of them had not reached idp-fcgi`];
report(failed.length === 0 && problems.length === 0,
  `fault: nginx reload ×4 and idp-fcgi SIGHUP ×3 under load (${records.length} requests, ` +
  `${failed.length} failed, ${resent.length} resent after a keep-alive close)`,
  [`${tally(records)}; worker generations: ${generations.map((g) => g.join(' ')).join(' → ')}`,
    ...notes, ...problems]);
agent.destroy();

// Check 1: SIGKILL of a random worker every 500 ms during 10 s of client_credentials load at the
// token endpoint. Every token that was answered must be active at introspection afterwards, and
// fewer than 0.1 % of the requests may fail.
import { keepAliveAgent, send } from './lib/client.mjs';
import { runLoad, tally } from './lib/load.mjs';
import { awaitWorkers, report, stackFromEnv, tokenRequest, workerPids } from './lib/stack.mjs';

const s = stackFromEnv();
const seconds = Number(process.env.IDP_FAULT_KILL_SECONDS || 10);
const connections = Number(process.env.IDP_FAULT_CONNECTIONS || 16);
const agent = keepAliveAgent(s.ca, connections);
const token = tokenRequest(s);

let kills = 0;
const killer = setInterval(() => {
  const pids = workerPids(s);
  if (pids.length === 0) return;
  try {
    process.kill(pids[Math.floor(Math.random() * pids.length)], 'SIGKILL');
    ++kills;
  } catch {
    // the worker exited on its own in between
  }
}, 500);
const records = await runLoad({ agent, connections, durationMs: seconds * 1000, next: () => token });
clearInterval(killer);

const tokens = [];
let failed = 0;
for (const r of records) {
  let t;
  try {
    t = r.status === 200 ? JSON.parse(r.body).access_token : undefined;
  } catch {
    // a 200 whose body is no JSON: failed like any other
  }
  if (typeof t === 'string') tokens.push(t);
  else ++failed;
}
const afterKills = await awaitWorkers(s, s.workers);

// Introspection of every token answered (an introspection that fails is retried: it is the token
// that is checked here, not the introspection endpoint).
let inactive = 0;
let unchecked = 0;
const introspect = async (t) => {
  for (let attempt = 0; attempt < 3; ++attempt) {
    const r = await send(agent, `${s.tenantUrl}/v1/tokens/introspection`, {
      method: 'POST',
      headers: { authorization: s.clientAuth, 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(t)}`,
    });
    if (r.status === 200) return /"active"\s*:\s*true/.test(r.body);
  }
  ++unchecked;
  return true;
};
let next = 0;
await Promise.all(Array.from({ length: connections }, async () => {
  while (next < tokens.length) if (!(await introspect(tokens[next++]))) ++inactive;
}));

const total = records.length;
const rate = total ? (100 * failed) / total : 100;
const replaced = afterKills.length === s.workers;
const passed = total > 0 && tokens.length > 0 && inactive === 0 && unchecked === 0 && rate < 0.1 && replaced;
report(passed,
  `fault: SIGKILL a worker every 500 ms under token load (${tokens.length} tokens, ${failed} failed` +
  ` = ${rate.toFixed(3)} %, ${kills} kills, ${inactive} inactive)`,
  [`${total} requests in ${seconds} s at ${connections} connections: ${tally(records)}`,
    `${tokens.length - inactive} of ${tokens.length} tokens active at introspection` +
    (unchecked ? `, ${unchecked} could not be introspected` : ''),
    ...(replaced ? [] : [`after the kills the master has ${afterKills.length} workers, not ${s.workers}`])]);
agent.destroy();

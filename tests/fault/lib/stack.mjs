// The stack under test, as tests/fault/run.sh describes it in the environment, and the faults
// that can be done to it: killing workers, signalling the master, stopping PostgreSQL, reloading
// nginx.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { basic } from './client.mjs';

const need = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (tests/fault/run.sh sets it)`);
  return v;
};

export function stackFromEnv() {
  const base = new URL(need('IDP_FAULT_BASE_URL'));
  const s = {
    base: base.origin,
    host: base.hostname,
    port: Number(base.port || 443),
    ca: fs.readFileSync(need('IDP_FAULT_CA')),
    var: need('IDP_FAULT_VAR'),
    tenant: need('IDP_FAULT_TENANT'),
    clientId: need('IDP_FAULT_CLIENT_ID'),
    clientSecret: need('IDP_FAULT_CLIENT_SECRET'),
    workers: Number(process.env.IDP_FAULT_WORKERS || 2),
    threads: Number(process.env.IDP_FAULT_THREADS || 4),
  };
  s.clientAuth = basic(s.clientId, s.clientSecret);
  s.tenantUrl = `${s.base}/${s.tenant}`;
  s.settings = JSON.parse(fs.readFileSync(`${s.var}/idp.json`, 'utf8'));
  const creds = `${s.var}/admin-credentials.json`;
  if (fs.existsSync(creds)) s.admin = JSON.parse(fs.readFileSync(creds, 'utf8'));
  return s;
}

// A client_credentials token request of the stack's client, for runLoad().
export function tokenRequest(s) {
  return {
    url: `${s.tenantUrl}/v1/tokens`,
    method: 'POST',
    headers: { authorization: s.clientAuth, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=read',
  };
}

export function run(file, args) {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 60000 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}`.trim() }));
  });
}

export function masterPid(s) {
  return Number(fs.readFileSync(`${s.var}/run/idp-fcgi.pid`, 'utf8').trim());
}

// Live (not zombie) children of the master: its workers.
export function workerPids(s) {
  const master = masterPid(s);
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(ppid) === master && state !== 'Z') pids.push(Number(name));
  }
  return pids.sort((a, b) => a - b);
}

// Waits until the master has `count` workers, none of them in `excluded`; returns them (or the
// last seen list when `timeoutMs` passed).
export async function awaitWorkers(s, count, excluded = [], timeoutMs = 10000) {
  const deadline = performance.now() + timeoutMs;
  let pids = workerPids(s);
  while (performance.now() < deadline) {
    pids = workerPids(s);
    if (pids.length === count && !pids.some((p) => excluded.includes(p))) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return pids;
}

const PG_BIN = process.env.PG_BIN || '/usr/lib/postgresql/15/bin';
const pgPort = (s) => s.settings.database_app.match(/port=(\d+)/)[1];

export function stopPostgres(s) {
  return run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', `${s.var}/pg/data`,
    '-m', 'fast', '-w', 'stop']);
}

export function startPostgres(s) {
  return run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', `${s.var}/pg/data`,
    '-l', `${s.var}/pg/server.log`, '-w', '-t', '30', '-o',
    `-p ${pgPort(s)} -k ${s.var}/pg -c listen_addresses=''`, 'start']);
}

// Ends every busy session of the application role (what a PostgreSQL crash or an administrator
// does to them); resolves to how many were ended.
export async function terminateBusyBackends(s) {
  const r = await run('psql', ['-qAt', '-h', `${s.var}/pg`, '-p', pgPort(s), '-U', 'postgres', '-d', 'idp', '-c',
    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'idp_app' AND state <> 'idle'"]);
  return r.ok ? Number(r.output) : 0;
}

export function reloadNginx(s) {
  return run('nginx', ['-p', `${s.var}/nginx`, '-c', `${s.var}/nginx/conf/nginx.conf`, '-e',
    `${s.var}/log/nginx-error.log`, '-s', 'reload']);
}

// The access log's request lines written after `sinceMs` (wall clock).
export function accessLogSince(s, sinceMs) {
  const lines = fs.readFileSync(s.settings.access_log, 'utf8').split('\n');
  const out = [];
  for (const line of lines) {
    if (!line.includes('"event":"request"')) continue;
    const rec = JSON.parse(line);
    if (Date.parse(rec.time) >= sinceMs) out.push(rec);
  }
  return out;
}

// How many times each of `ids` appears as a request_id in the access log.
export function accessLogCounts(s, ids) {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const rec of accessLogSince(s, 0))
    if (counts.has(rec.request_id)) counts.set(rec.request_id, counts.get(rec.request_id) + 1);
  return counts;
}

// One line per check for tests/run.sh: "PASS name" or "FAIL name", details indented below.
export function report(passed, name, details = []) {
  console.log(`${passed ? 'PASS' : 'FAIL'} ${name}`);
  for (const d of details) console.log(`    ${d}`);
}

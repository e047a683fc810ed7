// Closed-loop load: `connections` concurrent senders, each sending its next request as soon as
// the previous one is answered, until `durationMs` has passed (or, given `until`, a promise,
// until it settles). Every request is kept as a record
// { start, end, status, error, reused, json, body, kind, id, resentAfter } with times in ms from
// `origin` (performance.now()); `id` is the x-fapi-interaction-id sent (the access log's
// request_id).
//
// With `resendAgent`, a request whose connection was closed before any answer is sent once more,
// at once, on a fresh connection from that agent, with the same interaction id: what curl and
// browsers do when a server closes a keep-alive connection as they reuse it (RFC 9112 §9.3.1).
// `resentAfter` then holds the first attempt's error; the access log shows whether that first
// attempt reached the application (the id logged twice) or not (once).
import { randomUUID } from 'node:crypto';
import { isJsonError, send } from './client.mjs';

const closedBeforeAnswer = new Set(['ECONNRESET', 'EPIPE']);

export async function runLoad({ agent, connections, durationMs, until, next, origin = performance.now(), resendAgent }) {
  const records = [];
  const end = performance.now() + (durationMs ?? Infinity);
  let settled = false;
  until?.finally(() => { settled = true; });
  let seq = 0;
  const sender = async () => {
    while (performance.now() < end && !settled) {
      const spec = next(seq++);
      const id = randomUUID();
      const options = { ...spec, headers: { ...spec.headers, 'x-fapi-interaction-id': id } };
      const start = performance.now() - origin;
      let r = await send(agent, spec.url, options);
      let resentAfter;
      if (resendAgent && r.status === 0 && closedBeforeAnswer.has(r.error)) {
        resentAfter = `${r.error}${r.reused ? ' on a reused connection' : ''}`;
        r = await send(resendAgent, spec.url, options);
      }
      records.push({
        start,
        end: performance.now() - origin,
        status: r.status,
        error: r.error,
        reused: r.reused,
        json: r.status >= 400 ? isJsonError(r) : undefined,
        body: r.body,
        kind: spec.kind,
        id,
        resentAfter,
      });
    }
  };
  await Promise.all(Array.from({ length: connections }, sender));
  return records;
}

// Counts records by answer: "200", "503", "no answer: ECONNRESET", …
export function tally(records) {
  const by = {};
  for (const r of records) {
    const key = r.status ? String(r.status) : `no answer: ${r.error}`;
    by[key] = (by[key] || 0) + 1;
  }
  return Object.entries(by).map(([k, n]) => `${k}: ${n}`).join(', ');
}

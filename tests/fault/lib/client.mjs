// HTTPS client for the fault tests: keep-alive requests through node's agent, and raw requests
// written byte for byte on a TLS socket (for request lines and headers node would refuse to send).
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

export function keepAliveAgent(ca, connections) {
  return new https.Agent({ keepAlive: true, maxSockets: connections, ca });
}

// One request on `agent`. Resolves, never rejects: { status, headers, body, error, reused, ms }.
// status 0 means no answer (error says why).
export function send(agent, url, { method = 'GET', headers = {}, body, timeoutMs = 10000 } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r) => {
      if (done) return;
      done = true;
      resolve({ ...r, ms: performance.now() - started });
    };
    const req = https.request(url, { agent, method, headers, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', (e) => finish({ status: 0, error: e.code || e.message, reused: req.reusedSocket }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e) => finish({ status: 0, error: e.code || e.message, reused: req.reusedSocket }));
    req.end(body);
  });
}

// Writes `raw` (a Buffer or string holding a whole HTTP/1.1 request, ideally with
// "Connection: close") on a fresh TLS (or, `plain`, TCP) connection and parses what comes back. The connection is
// not half-closed after the request: nginx takes a client's EOF for an aborted request.
export function sendRaw(host, port, ca, raw, { timeoutMs = 10000, plain = false } = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    let done = false;
    const socket = plain
      ? net.connect({ host, port }, () => socket.write(raw))
      : tls.connect({ host, port, ca, servername: 'localhost' }, () => socket.write(raw));
    const finish = (error) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(parseResponse(Buffer.concat(chunks), error));
    };
    socket.setTimeout(timeoutMs, () => finish('TIMEOUT'));
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (e) => finish(e.code || e.message));
  });
}

function parseResponse(bytes, error) {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: '', error: error || 'no answer' };
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const status = Number((statusLine.match(/^HTTP\/1\.[01] (\d{3})/) || [])[1] || 0);
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
  if (/chunked/i.test(headers['transfer-encoding'] || '')) body = dechunk(body);
  return { status, headers, body: body.toString('utf8'), error };
}

function dechunk(buf) {
  const out = [];
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(buf.subarray(at, eol).toString('latin1'), 16);
    if (!(size > 0)) break;
    out.push(buf.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

// A JSON error answer: application/json and an object with a string "error".
export function isJsonError(r) {
  if (!/^application\/json\b/.test(String(r.headers?.['content-type'] || ''))) return false;
  try {
    const doc = JSON.parse(r.body);
    return doc !== null && typeof doc === 'object' && typeof doc.error === 'string';
  } catch {
    return false;
  }
}

export const basic = (id, secret) =>
  'Basic ' + Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

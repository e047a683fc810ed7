// A deterministic corpus of malformed requests across every endpoint of ENDPOINTS.md (application
// plane, admin, management at system and organization level): broken percent and UTF-8
// encodings, huge and empty values, wrong methods and content types, truncated JWTs, wrong
// tenants and ids, bad Authorization headers, bad JSON bodies, and HTTP framing that nginx must
// refuse. Every request is invalid: the only right answers are a JSON error (or, at the
// authorization endpoint once client and redirect_uri are verified, a redirect carrying `error`).
//
// generateCorpus(ctx, seed, minimum) → [{ route, label, method, target, headers: [[name, value]…],
// body, framing (host, rawLength, chunked, version, plain), redirectError }]. Strings are byte
// strings (latin1): a char above 0x7f is that raw byte.

import { ROUTES } from './malformed_routes.mjs';

const NONE = '00000000-0000-4000-8000-000000000000';

// mulberry32: a small seeded generator, so that the corpus is the same on every run.
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const b64 = (s) => Buffer.from(s, 'latin1').toString('base64');
const b64url = (s) => b64(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const EXTRA_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'];
// Each ends in a character that is no hex digit, so what follows cannot complete it.
const BROKEN_PERCENT = ['%~', '%z', '%zz', '%G1', '%1~', '%%', '%-1', '%+0', '%1%~'];
const BAD_UTF8_PERCENT = ['%C0%AF', '%ED%A0%80', '%FF%FE', '%F8%88%80%80%80', '%C3', '%E2%82', '%00'];
const BAD_UTF8_RAW = ['\xc0\xaf', '\xed\xa0\x80', '\xff\xfe', '\xc3', '\xe2\x82', '\x80'];

export function generateCorpus(ctx, seed, minimum = 1000) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => '0123456789abcdef'[int(0, 15)]).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  };
  const jwt = ctx.jwt;
  const truncatedJwt = () => pick([
    () => jwt.slice(0, int(1, jwt.length - 1)),
    () => jwt.split('.').slice(0, 2).join('.'),
    () => `${jwt.split('.').slice(0, 2).join('.')}.`,
    () => jwt.split('.')[0],
    () => `${jwt}.${jwt.split('.')[1]}`,
    () => `${b64url('{"alg":"none"}')}.${jwt.split('.')[1]}.`,
    () => `${b64url('{"alg":"HS256"')}.${b64url('{}')}.sig`,
    () => `${b64url('{"alg":"ES256","kid":"' + 'k'.repeat(5000) + '"}')}.e30.AAAA`,
    () => `!!!.${jwt.split('.')[1]}.***`,
    () => '..',
    () => jwt.replace(/\./g, '.\xff'),
  ])();
  const badAuthorization = (kind) => pick([
    'Basic', 'Basic ', 'Basic !!!!', `Basic ${b64('no-colon-here')}`, `Basic ${b64(':')}`,
    `Basic ${b64('%zz:secret')}`, `Basic ${b64(`${ctx.clientId}:wrong-secret`)}`,
    `Basic ${b64(`${ctx.clientId}:${ctx.clientSecret}x`)}`, `Basic ${b64(`${ctx.admin.admin_client_id}:${ctx.admin.admin_client_secret}`)}`,
    `Basic ${'A'.repeat(int(3000, 9000))}`, `Basic ${b64('\xff\xfe:\xc0\xaf')}`, 'Bearer', 'Bearer ',
    'Bearer a b', `Bearer ${truncatedJwt()}`, `Bearer ${uuid()}`, `Bearer ${'x'.repeat(int(2000, 12000))}`,
    'Digest username="x", realm="y"', `Negotiate ${b64('x')}`, `Bearer ${jwt}x`,
    kind === 'management' ? `Bearer ${ctx.token}` : `Bearer ${jwt.split('.').reverse().join('.')}`,
  ]);
  const goodAuthorization = (kind) => ({
    client: ctx.clientAuth,
    bearer: `Bearer ${ctx.jwt}`,
    api: `Basic ${b64(`${ctx.settings.api_key}:${ctx.settings.api_secret}`)}`,
    management: `Bearer ${ctx.jwt}`,
  })[kind];
  const fill = (template) => template
    .replace('{client}', ctx.clientId).replace('{token}', ctx.token).replace('{jwt}', encodeURIComponent(truncatedJwt()));
  // Existing tenants and organizations for reads and for writes with a broken body; a DELETE only
  // ever names ids that do not exist.
  const withPath = (path, method, t = ctx.tenant) => path
    .replace('{t}', t)
    .replace('{mt}', method === 'DELETE' ? uuid() : pick([ctx.tenant, ctx.admin.admin_tenant_id, NONE]))
    .replace('{org}', method === 'DELETE' ? uuid() : pick([ctx.admin.admin_organization_id, NONE]))
    .replace(/\{id\}/g, () => uuid()).replace('{year}', String(int(1990, 2030)));
  const badJson = () => pick([
    '', '{', '{"a":', '{"a":1,}', '{"a" 1}', "{'a':1}", '[', ']', '{}}', '{} x', 'null', '[]', '"text"',
    '1e999', 'NaN', '-', 'true', '{"a":1}{"b":2}', '\xef\xbb\xbf{}x', '{"a":"\\udc00"}', '{"a":"\\ud800x"}',
    `{"a":"${pick(BAD_UTF8_RAW)}"}`, '{"a":1,"a":2}', '{"a":"\\x41"}', '{"a":01}', '{/*c*/}',
    `${'['.repeat(int(100, 100000))}${']'.repeat(int(0, 10))}`, `{"a":"${'z'.repeat(int(10000, 400000))}`,
    `[${'1,'.repeat(int(1000, 50000))}]`, '{"a":"\x01\x02"}', 'a=1&b=2',
  ]);

  // The index of a parameter whose broken value makes the request invalid.
  const essential = (route, params) => int(0, Math.min(params.length, route[5] ?? params.length) - 1);

  // A mutation turns a route's request into a malformed one; it returns null when it does not
  // apply to that route.
  const mutations = {
    // A method the route does not have.
    method: (route, req) => {
      const allowed = route[0].split(' ');
      req.method = pick(EXTRA_METHODS.filter((m) => !allowed.includes(m) && !(m === 'GET' && allowed.includes('HEAD'))));
      return req;
    },
    // An id or tenant segment that is malformed or unknown.
    path: (route, req) => {
      const path = route[1];
      if (!/\{(t|mt|org|id|year)\}/.test(path)) return null;
      const bad = pick(['not-a-uuid', NONE, ctx.tenant.slice(0, 35), `${ctx.tenant}0`,
        '%zz', '%2e%2e', '..', 'a'.repeat(int(300, 3000)), '\xff\xfe', '%C0%AF', `${uuid()}%00`, '', ' ', '{id}']);
      if (path.includes('{t}')) req.target = req.target.replace(ctx.tenant, bad);
      else req.target = withPath(path.replace(/\{(mt|org|id)\}/, bad), req.method) + req.query;
      // A tenant whose client is someone else's: the e2e client at the admin tenant.
      if (path.includes('{t}') && route[3] === 'client' && r() < 0.3)
        req.target = withPath(path, req.method, ctx.admin.admin_tenant_id) + req.query;
      return req;
    },
    auth: (route, req) => {
      if (route[3] === 'none') return null;
      req.headers = req.headers.filter(([k]) => k !== 'Authorization');
      const which = int(0, 9);
      if (which === 0) return req;  // none at all
      if (which === 1) req.headers.push(['Authorization', badAuthorization(route[3])], ['Authorization', goodAuthorization(route[3])]);
      else req.headers.push(['Authorization', badAuthorization(route[3])]);
      return req;
    },
    percent: (route, req) => {
      if (route[2] !== 'form' && route[2] !== 'query') return null;
      const params = (req.body ?? req.query.slice(1)).split('&');
      const i = essential(route, params);
      const broken = pick(route[4]?.startsWith('token=') ? BROKEN_PERCENT : [...BROKEN_PERCENT, ...BAD_UTF8_PERCENT]);
      const at = int(params[i].indexOf('=') + 1, params[i].length);
      params[i] = params[i].slice(0, at) + broken + params[i].slice(at);
      return setParams(req, params.join('&'));
    },
    rawBytes: (route, req) => {
      if (route[2] !== 'form' && route[2] !== 'query') return null;
      const params = (req.body ?? req.query.slice(1)).split('&');
      const i = essential(route, params);
      if (route[4]?.startsWith('token=')) params[i] += '%';  // an unknown token is no error by itself
      params[i] += pick(BAD_UTF8_RAW);
      return setParams(req, params.join('&'));
    },
    empty: (route, req) => {
      if (route[2] !== 'form' && route[2] !== 'query') return null;
      if (route[1].endsWith('/logout') || route[1].endsWith('/view/v1/authorizations')) return null;  // no parameter is a valid logout
      const first = (route[4] || 'a=b').split('=')[0];
      return setParams(req, pick(['', '=', '&', '&&&', first, `${first}=`, `${first}=&${first}=`, '==', `=${first}`]));
    },
    duplicate: (route, req) => {
      if (!route[4]) return null;
      const params = fill(route[4]).split('&');
      const p = pick(params);
      // RFC 6749 §3.1: an empty value counts as omitted, so the repeat carries a value.
      return setParams(req, [...params, p.replace(/=.*/, `=${pick(['other', p.split('=')[1]])}`)].join('&'));
    },
    huge: (route, req) => {
      if (route[2] === 'none') return null;
      if (r() < 0.3) {  // over nginx's client_max_body_size (1m)
        req.method = route[0].split(' ').find((m) => m !== 'GET') || 'POST';
        req.body = 'a='.padEnd(int(1100000, 1300000), 'x');
        req.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
        return req;
      }
      if (route[2] === 'json') return setJson(req, `{"a":"${'z'.repeat(int(10000, 900000))}`);
      const params = fill(route[4] || 'a=b').split('&');
      const i = essential(route, params);
      if (route[4]?.startsWith('token=')) return setParams(req, `${params.join('&')}&token=${'t'.repeat(int(10000, 900000))}`);
      params[i] = `${params[i].split('=')[0]}=${pick(['a', '%41', '\xff'])}${'a'.repeat(int(5000, route[2] === 'query' && !req.body ? 12000 : 900000))}`;
      return setParams(req, params.join('&'));
    },
    contentType: (route, req) => {
      if (route[2] === 'none' || route[2] === 'query') return null;
      req.method = route[0].split(' ').find((m) => m !== 'GET' && m !== 'DELETE');
      if (!req.method) return null;
      if (route[2] === 'json') {
        req.body = pick(['{}', '{"a":1}', 'a=1']);
        if (req.body === '{}' || req.body === '{"a":1}') req.body += pick(['x', ',', '}']);  // invalid whichever type is read
      } else {
        req.body = pick([`${fill(route[4])}%zz`, `{"grant_type":"client_credentials"}`, `${fill(route[4])}&${fill(route[4])}`]);
      }
      req.headers = req.headers.filter(([k]) => k !== 'Content-Type');
      const type = pick(['text/plain', 'application/json', 'multipart/form-data; boundary=x', 'application/xml',
        'application/x-www-form-urlencoded; charset=utf-16', '', '\xff', 'application/json; charset=latin1', null]);
      if (type !== null) req.headers.push(['Content-Type', type]);
      return req;
    },
    json: (route, req) => (route[2] === 'json' ? setJson(req, badJson()) : null),
    jwt: (route, req) => {
      if (!/\/v1\/(tokens|userinfo)$/.test(route[1])) return null;
      const a = encodeURIComponent(truncatedJwt());
      if (route[1].endsWith('/userinfo') || r() < 0.3) req.headers = req.headers.filter(([k]) => k !== 'Authorization');
      if (route[1].endsWith('/userinfo')) {
        req.method = 'POST';
        return setParams(req, `access_token=${a}`);
      }
      if (!req.headers.length)
        return setParams(req, `grant_type=client_credentials&client_id=${ctx.clientId}&client_assertion_type=` +
          `urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${a}`);
      return setParams(req, pick([
        `grant_type=refresh_token&refresh_token=${a}`,
        `grant_type=authorization_code&code=${a}&redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Fcallback`,
        `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${a}`,
        `grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=${a}`,
        `grant_type=password&username=${a}&password=${a}&scope=openid`,
      ]));
    },
    query: (route, req) => {
      if (route[3] !== 'management') return null;
      req.query = `?${pick(['dry_run=maybe', 'dry_run=%zz', 'dry_run=1', 'dry_run=yes&dry_run=no', `dry_run=${pick(BAD_UTF8_PERCENT)}`])}` +
        pick(['', '&limit=abc', '&offset=-1', '&limit=99999999999999999999']);
      req.target = req.target.split('?')[0] + req.query;
      return req;
    },
    // HTTP framing nginx refuses before anything reaches idp-fcgi.
    http: (route, req) => {
      const variant = int(0, 16);
      req.variant = ['large header', 'long URI', 'NUL in a header', 'bad Content-Length',
        'chunked and Content-Length', 'broken chunk', 'no Host', 'two Hosts', 'bad Host',
        'lower-case method', 'junk after the target', 'NUL in the target', 'two Content-Lengths',
        'target not a path', 'unknown transfer coding', 'HTTP version', 'plain HTTP on the TLS port'][variant];
      if (variant === 0) req.headers.push(['X-Large', 'a'.repeat(int(17000, 40000))]);
      if (variant === 1) req.target += `${req.query ? '&' : '?'}q=${'a'.repeat(int(17000, 40000))}`;
      if (variant === 2) req.headers.push(['X-Nul', 'a\x00b']);
      if (variant === 3) req.rawLength = pick(['abc', '-1', '1, 2', '99999999999999999999999']);
      if (variant === 4) req.chunked = 'both';
      if (variant === 5) req.chunked = 'broken';
      if (variant === 6) req.host = null;
      if (variant === 7) req.host = 'twice';
      if (variant === 8) {
        req.host = pick(['local host', 'a/b', '[::1', 'a\\b']);
        req.variant += ` ${JSON.stringify(req.host)}`;
      }
      if (variant === 9) req.method = req.method.toLowerCase();
      if (variant === 10) req.target += ' junk';
      if (variant === 11) req.target = req.target.replace('/', '/\x00');
      if (variant === 12) req.rawLength = 'twice';
      if (variant === 13) req.target = req.target.replace(/^\//, pick(['', '*', 'http://[', '//%']));
      if (variant === 14) req.chunked = pick(['gzip', 'chunked, gzip', 'identity', 'x']);
      if (variant === 15) req.version = pick(['HTTP/2.0', 'HTTP/3.1', 'HTTP/1', 'HTTP/x', 'HTTP/1.1.1', 'HTTPS/1.1']);
      if (variant === 16) req.plain = true;
      return req;
    },
  };

  function setParams(req, params) {
    if (req.method === 'GET') {
      req.query = `?${params}`;
      req.target = req.target.split('?')[0] + req.query;
      req.body = undefined;
    } else {
      req.body = params;
      if (!req.headers.some(([k]) => k === 'Content-Type')) req.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    }
    return req;
  }
  function setJson(req, body) {
    req.method = req.method === 'GET' || req.method === 'DELETE' ? req.route[0].split(' ').find((m) => !['GET', 'DELETE'].includes(m)) || req.method : req.method;
    if (req.method === 'GET' || req.method === 'DELETE') return null;  // a route with no body at all
    req.body = body;
    req.headers = req.headers.filter(([k]) => k !== 'Content-Type');
    req.headers.push(['Content-Type', 'application/json']);
    return req;
  }

  // The route's request before a mutation (valid enough that only the mutation makes it wrong).
  function base(route) {
    const [methods, path, kind, auth, params] = route;
    const method = pick(methods.split(' '));
    const req = { route, method, target: withPath(path, method), query: '', headers: [], body: undefined };
    if (auth !== 'none') req.headers.push(['Authorization', goodAuthorization(auth)]);
    if (params) {
      if (method === 'GET') {
        req.query = `?${fill(params)}`;
        req.target += req.query;
      } else {
        req.body = fill(params);
        req.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
      }
    } else if (kind === 'json' && method !== 'GET' && method !== 'DELETE') {
      req.body = badJson();
      req.headers.push(['Content-Type', 'application/json']);
    }
    return req;
  }

  const routes = ROUTES;
  const names = Object.keys(mutations);
  const corpus = [];
  const add = (route, name) => {
    const req = mutations[name](route, base(route));
    if (!req) return false;
    corpus.push({
      route: `${route[0]} ${route[1]}`,
      label: `${name}${req.variant ? ` (${req.variant})` : ''} ${route[0]} ${route[1]}`,
      method: req.method,
      target: req.target,
      headers: req.headers,
      body: req.body,
      host: req.host,
      rawLength: req.rawLength,
      chunked: req.chunked,
      version: req.version,
      plain: req.plain,
      redirectError: route[1].endsWith('/v1/authorizations'),
    });
    return true;
  };
  // Every mutation that applies to a route, once; then a random mutation on a random route it
  // applies to, until the minimum is reached (so that mutations which apply to few routes, such as
  // broken encodings in form bodies, get as many cases as the others).
  for (const route of routes) for (const name of names) add(route, name);
  while (corpus.length < minimum) {
    const name = pick(names);
    while (!add(pick(routes), name));
  }
  return corpus;
}

// The request's bytes, framed as the mutation asks (Connection: close: one request per
// connection).
export function encodeRequest(c, hostHeader) {
  const body = c.body === undefined ? undefined : Buffer.from(c.body, 'latin1');
  let head = `${c.method} ${c.target} ${c.version || 'HTTP/1.1'}\r\n`;
  if (c.host !== null) head += `Host: ${c.host === undefined || c.host === 'twice' ? hostHeader : c.host}\r\n`;
  if (c.host === 'twice') head += `Host: other.example\r\n`;
  for (const [k, v] of c.headers) head += `${k}: ${v}\r\n`;
  const length = body ? body.length : 0;
  if (c.chunked === 'both') head += `Transfer-Encoding: chunked\r\nContent-Length: ${length}\r\n`;
  else if (c.chunked === 'broken') head += 'Transfer-Encoding: chunked\r\n';
  else if (c.chunked) head += `Transfer-Encoding: ${c.chunked}\r\nContent-Length: ${length}\r\n`;
  else if (c.rawLength === 'twice') head += `Content-Length: ${length}\r\nContent-Length: ${length + 1}\r\n`;
  else if (c.rawLength !== undefined) head += `Content-Length: ${c.rawLength}\r\n`;
  else if (body) head += `Content-Length: ${length}\r\n`;
  head += 'Connection: close\r\n\r\n';
  let payload = body || Buffer.alloc(0);
  if (c.chunked === 'both') payload = Buffer.concat([Buffer.from(`${length.toString(16)}\r\n`), payload, Buffer.from('\r\n0\r\n\r\n')]);
  if (c.chunked === 'broken') payload = Buffer.from(`zz\r\n${'x'.repeat(8)}\r\n0\r\n\r\n`);
  return Buffer.concat([Buffer.from(head, 'latin1'), payload]);
}

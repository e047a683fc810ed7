// A small relying party on 127.0.0.1: /start sends the browser to the provider's authorization
// endpoint (state, nonce, PKCE S256); /callback (GET, or POST for form_post) checks the state and
// the issuer, redeems the code at the token endpoint with client_secret_post over HTTPS trusting
// the stack's CA, validates the ID token and renders the outcome.
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { request } from 'node:https';

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function https(url, { ca, method = 'GET', form } = {}) {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method, ca,
      headers: { accept: 'application/json', ...(body && { 'content-type': 'application/x-www-form-urlencoded' }) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, json: JSON.parse(text) });
        } catch {
          reject(new Error(`${method} ${url}: ${res.statusCode} not JSON: ${text.slice(0, 200)}`));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

// OpenID Connect Core §3.1.3.7: signature with the provider's key, iss, aud, exp and nonce.
function validateIdToken(idToken, { jwks, issuer, clientId, nonce }) {
  const [h, p, s] = idToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  const jwk = jwks.keys.find((k) => k.kid === header.kid && (k.use ?? 'sig') === 'sig');
  if (!jwk) throw new Error(`ID token kid ${header.kid} is not in the provider's JWKS`);
  const algs = { RS256: ['sha256', {}], PS256: ['sha256', { padding: 6, saltLength: 32 }], ES256: ['sha256', { dsaEncoding: 'ieee-p1363' }] };
  const [hash, options] = algs[header.alg] ?? [];
  if (!hash) throw new Error(`ID token alg ${header.alg} is not checked by this RP`);
  const ok = verify(hash, Buffer.from(`${h}.${p}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), ...options }, Buffer.from(s, 'base64url'));
  if (!ok) throw new Error('ID token signature does not verify');
  if (claims.iss !== issuer) throw new Error(`ID token iss ${claims.iss}`);
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(clientId)) throw new Error(`ID token aud ${claims.aud}`);
  if (claims.exp * 1000 < Date.now()) throw new Error('ID token expired');
  if (claims.nonce !== nonce) throw new Error('ID token nonce does not match');
  return claims;
}

function page(title, rows) {
  const items = Object.entries(rows).map(([k, v]) => `<dt>${escape(k)}</dt><dd id="${escape(k)}">${escape(v)}</dd>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><h1 id="outcome">${escape(title)}</h1><dl>${items.join('')}</dl></body></html>`;
}

// Starts the RP; `configure({ issuer, client })` is called once the provider knows its redirect URI.
export async function startRp({ ca }) {
  const pending = new Map();  // state → { nonce, verifier }
  let provider;  // { issuer, client, metadata, jwks }

  async function callback(params, method) {
    if (!pending.has(params.state)) return ['Rejected', { reason: `unknown state ${params.state}` }];
    const { nonce, verifier } = pending.get(params.state);
    pending.delete(params.state);
    // RFC 9207: the issuer identifier in the authorization response.
    if (params.iss !== undefined && params.iss !== provider.issuer) return ['Rejected', { reason: `iss ${params.iss}` }];
    if (params.error) return ['Error', { error: params.error, error_description: params.error_description ?? '', callback_method: method }];
    if (!params.code) return ['Rejected', { reason: 'no code in the authorization response' }];
    const { client, metadata } = provider;
    const token = await https(metadata.token_endpoint, {
      ca, method: 'POST',
      form: {
        grant_type: 'authorization_code', code: params.code, redirect_uri: client.redirect_uris[0],
        code_verifier: verifier, client_id: client.client_id, client_secret: client.client_secret,
      },
    });
    if (token.status !== 200) return ['Token error', { status: token.status, error: token.json.error, error_description: token.json.error_description }];
    const claims = validateIdToken(token.json.id_token, { jwks: provider.jwks, issuer: provider.issuer, clientId: client.client_id, nonce });
    return ['Signed in', {
      access_token: token.json.access_token ? 'received' : 'missing',
      id_token: token.json.id_token ? 'received' : 'missing',
      token_type: token.json.token_type, scope: token.json.scope ?? '', sub: claims.sub, callback_method: method,
    }];
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, html, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(html);
    };
    try {
      if (url.pathname === '/start') {
        const state = b64url(randomBytes(16));
        const nonce = b64url(randomBytes(16));
        const verifier = b64url(randomBytes(32));
        pending.set(state, { nonce, verifier });
        const auth = new URL(provider.metadata.authorization_endpoint);
        const q = {
          response_type: 'code', client_id: provider.client.client_id, redirect_uri: provider.client.redirect_uris[0],
          scope: url.searchParams.get('scope') ?? 'openid profile email', state, nonce,
          code_challenge: b64url(createHash('sha256').update(verifier).digest()), code_challenge_method: 'S256',
        };
        if (url.searchParams.get('response_mode')) q.response_mode = url.searchParams.get('response_mode');
        for (const [k, v] of Object.entries(q)) auth.searchParams.set(k, v);
        return send(302, '', { location: auth.href });
      }
      if (url.pathname === '/callback') {
        let params = Object.fromEntries(url.searchParams);
        if (req.method === 'POST') {
          let body = '';
          for await (const chunk of req) body += chunk;
          params = Object.fromEntries(new URLSearchParams(body));
        }
        const [title, rows] = await callback(params, req.method);
        return send(200, page(title, rows));
      }
      send(404, page('Not found', {}));
    } catch (e) {
      send(500, page('RP failure', { reason: e.message }));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    redirectUri: `${origin}/callback`,
    async configure({ issuer, client }) {
      const metadata = (await https(`${issuer}/.well-known/openid-configuration`, { ca })).json;
      const jwks = (await https(metadata.jwks_uri, { ca })).json;
      provider = { issuer: metadata.issuer, client, metadata, jwks };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

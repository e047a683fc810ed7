// The peer of the side-by-side benchmark: npm oidc-provider 9 with its default in-memory adapter,
// one confidential client (client_secret_basic) with client_credentials, token introspection on,
// served over HTTPS with the stack's own server certificate so that both sides pay for TLS.
// One node process (the in-memory adapter cannot be shared between processes).
//
// oidc-provider issues JWT access tokens only for a resource server (RFC 8707 resource
// indicators): a client_credentials request with resource=RESOURCES.es256 or RESOURCES.rs256 gets a
// JWT signed with that algorithm; without a resource the token stays opaque.
// Usage: node server.mjs PORT CERT KEY CLIENT_ID CLIENT_SECRET
// Prints "ready ISSUER" on stdout once it listens.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import Provider, { errors } from 'oidc-provider';

const [port, cert, key, clientId, clientSecret] = process.argv.slice(2);
if (!clientSecret) {
  console.error('usage: node server.mjs PORT CERT KEY CLIENT_ID CLIENT_SECRET');
  process.exit(2);
}

const issuer = `https://localhost:${port}`;
const RESOURCES = {
  'https://rs.perf.test/es256': 'ES256',
  'https://rs.perf.test/rs256': 'RS256',
};
const signingKey = (type, options, alg) => ({
  ...generateKeyPairSync(type, options).privateKey.export({ format: 'jwk' }),
  kid: `peer-${alg.toLowerCase()}`, alg, use: 'sig',
});

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    scope: 'read write',
  }],
  scopes: ['openid', 'offline_access', 'read', 'write'],
  jwks: {
    keys: [
      signingKey('rsa', { modulusLength: 2048 }, 'RS256'),
      signingKey('ec', { namedCurve: 'P-256' }, 'ES256'),
    ],
  },
  cookies: { keys: [clientSecret] },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // No resource asked for: none (opaque tokens, as before resource indicators were on).
      defaultResource: (ctx, client, oneOf) => oneOf,
      getResourceServerInfo: (ctx, resource) => {
        const alg = RESOURCES[resource];
        if (!alg) throw new errors.InvalidTarget(`unknown resource ${resource}`);
        return { scope: 'read write', audience: resource, accessTokenFormat: 'jwt', jwt: { sign: { alg } } };
      },
    },
  },
});
provider.on('server_error', (ctx, error) => console.error('server_error', error));

const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, provider.callback());
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

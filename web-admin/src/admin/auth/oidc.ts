// Authorization code flow with PKCE (RFC 7636, S256) for the console's public client, with
// oauth4webapi. Only the code verifier, state and nonce wait in sessionStorage across the redirect;
// tokens stay in memory (session.ts).
import * as oauth from 'oauth4webapi';
import { issuerOf, type SignInTarget } from './target';

export const SCOPE = 'openid profile email management';
const PENDING_KEY = 'idp-admin.pending-sign-in';

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  expiresAt: number;  // ms since the epoch
  subject?: string;
  name?: string;
}

interface Pending {
  target: SignInTarget;
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

export function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  let found = servers.get(issuer);
  if (!found) {
    const url = new URL(issuer);
    found = oauth.discoveryRequest(url).then((r) => oauth.processDiscoveryResponse(url, r));
    found.catch(() => servers.delete(issuer));
    servers.set(issuer, found);
  }
  return found;
}

export function redirectUri(origin: string, base: string): string {
  return `${origin}${base}callback`;
}

// Sends the browser to the tenant's authorization endpoint.
export async function beginSignIn(target: SignInTarget, options: { origin: string; base: string; returnTo: string; uiLocales: string }): Promise<void> {
  const as = await discover(issuerOf(options.origin, target));
  if (!as.authorization_endpoint) throw new Error('the tenant has no authorization endpoint');
  const pending: Pending = {
    target,
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo: options.returnTo,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: target.clientId,
    redirect_uri: redirectUri(options.origin, options.base),
    scope: SCOPE,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    ui_locales: options.uiLocales,
  }).toString();
  window.location.assign(url.href);
}

function tokensOf(response: oauth.TokenEndpointResponse, now: number, previous?: Tokens): Tokens {
  const claims = oauth.getValidatedIdTokenClaims(response);
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? previous?.refreshToken,
    idToken: response.id_token ?? previous?.idToken,
    expiresAt: now + (response.expires_in ?? 300) * 1000,
    subject: claims?.sub ?? previous?.subject,
    name: (claims?.email as string | undefined) ?? (claims?.name as string | undefined) ?? previous?.name,
  };
}

// Completes the flow on the callback page: checks state, redeems the code with the verifier.
export async function completeSignIn(callback: URL, options: { origin: string; base: string }): Promise<{ target: SignInTarget; tokens: Tokens; returnTo: string }> {
  const saved = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!saved) throw new Error('no sign-in was started in this browser tab');
  const pending = JSON.parse(saved) as Pending;
  const as = await discover(issuerOf(options.origin, pending.target));
  const client: oauth.Client = { client_id: pending.target.clientId };
  const params = oauth.validateAuthResponse(as, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params,
    redirectUri(options.origin, options.base), pending.verifier);
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  return { target: pending.target, tokens: tokensOf(result, Date.now()), returnTo: pending.returnTo };
}

export async function refresh(target: SignInTarget, tokens: Tokens, origin: string): Promise<Tokens> {
  if (!tokens.refreshToken) throw new Error('no refresh token');
  const as = await discover(issuerOf(origin, target));
  const client: oauth.Client = { client_id: target.clientId };
  const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), tokens.refreshToken);
  return tokensOf(await oauth.processRefreshTokenResponse(as, client, response), Date.now(), tokens);
}

// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the end_session_endpoint of the
// tenant, else its /v1/logout.
export async function signOutUrl(target: SignInTarget, tokens: Tokens | undefined, origin: string, base: string): Promise<string> {
  const issuer = issuerOf(origin, target);
  let endpoint = `${issuer}/v1/logout`;
  try {
    endpoint = (await discover(issuer)).end_session_endpoint ?? endpoint;
  } catch {
    // the default path above
  }
  const url = new URL(endpoint);
  const q = new URLSearchParams({ client_id: target.clientId, post_logout_redirect_uri: `${origin}${base}` });
  if (tokens?.idToken) q.set('id_token_hint', tokens.idToken);
  url.search = q.toString();
  return url.href;
}

// When to refresh: a minute before expiry, or at 80 % of a shorter lifetime.
export function refreshDelay(expiresAt: number, now: number): number {
  const left = expiresAt - now;
  return Math.max(0, left > 300_000 ? left - 60_000 : left * 0.8);
}

// Every route of the contract (ENDPOINTS.md: application plane, admin, management at system and
// organization level), described for malformed_corpus.mjs:
// [methods, path, body kind, auth kind, valid-looking base (query or body), how many of its first
// parameters a broken value makes the request invalid (default: all; the authorization
// endpoint's state and scope may hold anything)]
// body kinds: none, form, query (GET parameters, POST form), json; auth kinds: none, client
// (Basic, the e2e client), bearer, api (the server's API key), management (admin Bearer).
// Path placeholders: {t} the e2e tenant, {mt} a managed tenant, {org} an organization, {id} an
// id, {year} a year.
const APPLICATION = [
  ['GET', '/health', 'none', 'none'],
  ['GET', '/{t}/v1/health', 'none', 'none'],
  ['GET', '/{t}/.well-known/openid-configuration', 'none', 'none'],
  ['GET', '/{t}/v1/jwks', 'none', 'none'],
  ['POST', '/{t}/v1/tokens', 'form', 'client', 'grant_type=client_credentials&scope=read'],
  ['POST', '/{t}/v1/tokens/introspection', 'form', 'client', 'token={token}'],
  ['POST', '/{t}/v1/tokens/revocation', 'form', 'client', 'token={token}'],
  ['GET POST', '/{t}/v1/userinfo', 'none', 'bearer'],
  ['GET POST', '/{t}/v1/authorizations', 'query', 'none',
    'client_id={client}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Fcallback&scope=openid&state=s1',
    3],
  ['POST', '/{t}/v1/authorizations/{id}/authorize', 'json', 'none'],
  ['POST', '/{t}/v1/authorizations/{id}/authorize-with-session', 'json', 'none'],
  ['POST', '/{t}/v1/authorizations/{id}/deny', 'json', 'none'],
  ['GET', '/{t}/v1/authorizations/{id}/view-data', 'none', 'none'],
  ['GET', '/{t}/v1/authorizations/{id}/authentication-status', 'none', 'none'],
  ['POST', '/{t}/v1/authorizations/{id}/password-authentication', 'json', 'none'],
  ['POST', '/{t}/v1/authorizations/{id}/initial-registration', 'json', 'none'],
  ['GET POST', '/{t}/v1/logout', 'query', 'none',
    'id_token_hint={jwt}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F&state=s1'],
  // Paths of the contract that need a token, a session or a configuration this corpus never has.
  ['GET', '/.well-known/ssf-configuration/{t}', 'none', 'none'],
  ['GET', '/{t}/.well-known/fido/facets', 'none', 'none'],
  ['GET', '/{t}/.well-known/ssf-configuration', 'none', 'none'],
  ['POST', '/{t}/internal/v1/identity-verification/callback/ekyc/{id}/apply', 'json', 'api'],
  ['POST', '/{t}/internal/v1/identity-verification/callback/ekyc/apply', 'json', 'api'],
  ['POST', '/{t}/internal/v1/identity-verification/results/ekyc/registration', 'json', 'api'],
  ['POST', '/{t}/v1/authentication-devices/logs', 'json', 'none'],
  ['GET', '/{t}/v1/authentication-devices/{id}/authentications', 'none', 'bearer'],
  ['POST', '/{t}/v1/authentications/{id}/password-authentication', 'json', 'none'],
  ['POST', '/{t}/v1/authorizations/federations/oidc/callback', 'query', 'none', 'state={jwt}&code=x'],
  ['POST', '/{t}/v1/authorizations/push', 'form', 'client', 'request={jwt}'],
  ['POST', '/{t}/v1/authorizations/{id}/federations/oidc/google', 'json', 'none'],
  ['POST', '/{t}/v1/authorizations/{id}/email-authentication-challenge', 'json', 'none'],
  ['POST', '/{t}/v1/backchannel/authentications', 'form', 'client', 'request={jwt}'],
  ['DELETE', '/{t}/v1/me', 'none', 'bearer'],
  ['PATCH DELETE', '/{t}/v1/me/authentication-devices/{id}', 'json', 'bearer'],
  ['GET', '/{t}/v1/me/identity-verification/applications', 'none', 'bearer'],
  ['DELETE', '/{t}/v1/me/identity-verification/applications/ekyc/{id}', 'none', 'bearer'],
  ['POST', '/{t}/v1/me/identity-verification/applications/ekyc/{id}/apply', 'json', 'bearer'],
  ['POST', '/{t}/v1/me/identity-verification/applications/ekyc/apply', 'json', 'bearer'],
  ['GET', '/{t}/v1/me/identity-verification/results', 'none', 'bearer'],
  ['POST', '/{t}/v1/me/mfa/fido-uaf-registration', 'json', 'bearer'],
  ['POST', '/{t}/v1/me/password/change', 'json', 'bearer'],
  ['POST', '/{t}/v1/me/password/reset', 'json', 'bearer'],
  ['GET', '/{t}/v1/ssf/jwks', 'none', 'none'],
  ['POST', '/{t}/v1/tokens/introspection-extensions', 'form', 'client', 'token={token}'],
  ['GET POST', '/{t}/view/v1/authorizations', 'query', 'none', 'id={jwt}'],
  ['POST', '/v1/admin/initialization', 'json', 'api'],
  ['POST', '/v1/admin/operations/delete-expired-data', 'json', 'api'],
];

// Under …/tenants/{tenant-id}, at both levels.
const TENANT_ROUTES = [
  ['GET PUT DELETE', ''],
  ['GET', '/audit-logs'], ['GET', '/audit-logs/{id}'],
  ['GET', '/authentication-interactions'], ['GET', '/authentication-interactions/{id}/password'],
  ['GET', '/authentication-transactions'], ['GET', '/authentication-transactions/{id}'],
  ['GET PUT', '/authorization-server'],
  ['GET', '/grants'], ['GET DELETE', '/grants/{id}'],
  ['GET', '/identity-verification-applications'], ['GET DELETE', '/identity-verification-applications/{id}'],
  ['GET', '/identity-verification-results'], ['GET', '/identity-verification-results/{id}'],
  ['GET', '/security-event-hooks'], ['GET', '/security-event-hooks/{id}'],
  ['POST', '/security-event-hooks/{id}/retry'],
  ['GET', '/security-events'], ['GET', '/security-events/{id}'],
  ['GET', '/statistics'], ['GET', '/statistics/yearly/{year}'],
  ['GET POST', '/clients'], ['GET PUT DELETE', '/clients/{id}'],
  ['GET POST', '/users'], ['GET PUT PATCH DELETE', '/users/{id}'],
  ['PATCH', '/users/{id}/organization-assignments'], ['PUT', '/users/{id}/password'],
  ['PATCH', '/users/{id}/roles'], ['GET DELETE', '/users/{id}/sessions'],
  ['DELETE', '/users/{id}/sessions/{id}'], ['PATCH', '/users/{id}/tenant-assignments'],
  ['GET POST', '/permissions'], ['GET PUT DELETE', '/permissions/{id}'],
  ['GET POST', '/roles'], ['GET PUT DELETE', '/roles/{id}'], ['PUT', '/roles/{id}/permissions:remove'],
  ...['authentication-configurations', 'authentication-policies', 'federation-configurations',
    'identity-verification-configurations', 'security-event-hook-configurations']
    .flatMap((kind) => [['GET POST', `/${kind}`], ['GET PUT DELETE', `/${kind}/{id}`]]),
];

function managementRoutes() {
  const routes = [
    ['POST', '/v1/management/onboarding'],
    ['GET DELETE', '/v1/management/orgs/{org}'],
    ['GET PUT', '/v1/management/system-configurations'],
  ];
  for (const prefix of ['/v1/management', '/v1/management/organizations/{org}']) {
    routes.push(['GET POST', `${prefix}/tenants`]);
    for (const [methods, rest] of TENANT_ROUTES) routes.push([methods, `${prefix}/tenants/{mt}${rest}`]);
  }
  return routes.map(([methods, path]) => [methods, path, 'json', 'management']);
}

export const ROUTES = [...APPLICATION, ...managementRoutes()];

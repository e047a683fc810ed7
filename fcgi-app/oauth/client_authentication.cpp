#include "oauth/client_authentication.hpp"

#include <chrono>

#include "crypto/digest.hpp"
#include "domain/stored.hpp"
#include "http/basic_auth.hpp"
#include "jose/jws.hpp"
#include "jose/jwt.hpp"
#include "oauth/client_cache.hpp"
#include "oauth/client_keys.hpp"

namespace idp::oauth {
namespace {

using domain::ClientAuthMethod;

constexpr std::string_view k_jwt_bearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

Unexpected<OAuthError> invalid_client(std::string description, bool basic = false) {
  return {OAuthError{OAuthErrorCode::invalid_client, std::move(description), basic}};
}

std::string_view method_name(ClientAuthMethod m) {
  return json::name_of(domain::k_client_auth_method_names, m);
}

Status require_method(const domain::Client& client, ClientAuthMethod used) {
  if (client.token_endpoint_auth_method == used) return ok_status();
  return fail("the client is registered for " +
              std::string(method_name(client.token_endpoint_auth_method)) + ", not " +
              std::string(method_name(used)));
}

// RFC 7591 §3.2.1: client_secret_expires_at 0 means the secret does not expire.
bool secret_expired(const EndpointContext& ctx, const domain::Client& client) {
  return client.client_secret_expires_at && *client.client_secret_expires_at > 0 &&
         *client.client_secret_expires_at < ctx.now;
}

Status check_secret(const EndpointContext& ctx, const domain::Client& client,
                    std::string_view secret) {
  if (!client.client_secret || !crypto::constant_time_equals(*client.client_secret, secret))
    return fail("client authentication failed");
  if (secret_expired(ctx, client)) return fail("the client secret has expired");
  return ok_status();
}

OAuthResult<AuthenticatedClient> with_secret(const EndpointContext& ctx, std::string_view client_id,
                                             std::string_view secret, ClientAuthMethod method,
                                             bool basic) {
  auto client = find_client(ctx, client_id);
  if (!client) return invalid_client("client authentication failed", basic);
  if (auto ok = require_method(*client, method); !ok) return invalid_client(ok.error(), basic);
  if (auto ok = check_secret(ctx, *client, secret); !ok) return invalid_client(ok.error(), basic);
  return AuthenticatedClient{std::move(*client), method};
}

std::vector<crypto::SignatureAlg> assertion_algs(const domain::Client& client, bool symmetric) {
  using A = crypto::SignatureAlg;
  if (client.token_endpoint_auth_signing_alg)
    if (auto alg = crypto::signature_alg_from_string(*client.token_endpoint_auth_signing_alg))
      return {*alg};
  if (symmetric) return {A::hs256, A::hs384, A::hs512};
  return {A::rs256, A::rs384, A::rs512, A::ps256, A::ps384,
          A::ps512, A::es256, A::es384, A::es512, A::eddsa};
}

// RFC 7523 §3: iss and sub are the client, aud names this server, exp is in the future, and the
// jti is used once.
OAuthResult<AuthenticatedClient> with_assertion(const EndpointContext& ctx,
                                                const http::Params& form) {
  if (form.get("client_assertion_type") != k_jwt_bearer)
    return invalid_client("client_assertion_type must be " + std::string(k_jwt_bearer));
  auto assertion = form.get("client_assertion");
  if (!assertion) return oauth_fail(OAuthErrorCode::invalid_request, "client_assertion is missing");

  auto unverified = jose::decode_unverified(*assertion);
  if (!unverified) return invalid_client("client_assertion is not a JWS: " + unverified.error());
  auto claims = jose::JwtClaims::parse(unverified->payload);
  if (!claims) return invalid_client("client_assertion claims: " + claims.error());
  auto sub = claims->sub();
  if (!sub) return invalid_client("client_assertion has no sub");
  if (auto id = form.get("client_id"); id && *id != *sub)
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "client_id does not match the client_assertion sub");

  auto client = find_client(ctx, *sub);
  if (!client) return invalid_client("client authentication failed");
  ClientAuthMethod method = client->token_endpoint_auth_method;
  if (method != ClientAuthMethod::client_secret_jwt && method != ClientAuthMethod::private_key_jwt)
    return invalid_client("the client is registered for " + std::string(method_name(method)) +
                          ", not a client assertion");

  jose::JwsVerifyOptions options;
  Expected<jose::Jws> verified = fail("no key");
  if (method == ClientAuthMethod::client_secret_jwt) {
    if (!client->client_secret) return invalid_client("the client has no secret");
    options.allowed_algs = assertion_algs(*client, true);
    verified = jose::verify_compact(
        *assertion, jose::Jwk(crypto::SymmetricKey{*client->client_secret}), options);
  } else {
    options.allowed_algs = assertion_algs(*client, false);
    auto keys = client_public_keys(ctx, *client);
    if (!keys) return invalid_client(keys.error());
    verified = jose::verify_compact(*assertion, *keys, options);
    // A key the cached jwks_uri document lacks may be a new one: fetch it again, once.
    if (!verified && has_remote_keys(*client)) {
      keys = client_public_keys(ctx, *client, true);
      if (!keys) return invalid_client(keys.error());
      verified = jose::verify_compact(*assertion, *keys, options);
    }
  }
  if (!verified) return invalid_client("client_assertion signature: " + verified.error());

  jose::ClaimsRules rules;
  rules.now = std::chrono::sys_seconds(std::chrono::seconds(ctx.now));
  rules.issuer = *sub;
  rules.audiences = {ctx.server.issuer, ctx.server.token_endpoint, ctx.endpoint_url};
  rules.require_exp = true;
  if (auto ok = claims->validate(rules); !ok)
    return invalid_client("client_assertion: " + ok.error());
  auto jti = claims->jti();
  if (!jti || jti->empty()) return invalid_client("client_assertion has no jti");
  if (!ctx.uow.client_assertions().remember_jti(ctx.tenant_id, *sub, *jti, *claims->exp()))
    return invalid_client("client_assertion was used before (jti)");
  if (method == ClientAuthMethod::client_secret_jwt && secret_expired(ctx, *client))
    return invalid_client("the client secret has expired");
  return AuthenticatedClient{std::move(*client), method};
}

}  // namespace

std::optional<domain::Client> find_client(const EndpointContext& ctx, std::string_view client_id) {
  if (ctx.clients != nullptr) {
    if (auto cached = ctx.clients->find(client_id)) return *cached;
  }
  auto record = ctx.uow.clients().find(ctx.tenant_id, client_id);
  if (!record || !record->enabled) return std::nullopt;
  auto client = domain::parse_stored(record->payload, "client", domain::parse_client);
  if (ctx.clients != nullptr)
    ctx.clients->keep(client_id, std::make_shared<domain::Client>(client));
  return client;
}

OAuthResult<AuthenticatedClient> authenticate_client(const EndpointContext& ctx,
                                                     const http::Request& request,
                                                     const http::Params& form) {
  auto authorization = request.header("authorization");
  const bool basic = authorization && http::has_auth_scheme(*authorization, "Basic");
  const bool post = form.contains("client_secret");
  const bool assertion =
      form.contains("client_assertion") || form.contains("client_assertion_type");
  if (int(basic) + int(post) + int(assertion) > 1)
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "the client used more than one authentication method (RFC 6749 §2.3)");

  if (basic) {
    auto creds = http::parse_client_secret_basic(*authorization);
    if (!creds) return invalid_client(creds.error(), true);
    if (auto id = form.get("client_id"); id && *id != creds->client_id)
      return oauth_fail(OAuthErrorCode::invalid_request,
                        "client_id does not match the Authorization header");
    return with_secret(ctx, creds->client_id, creds->client_secret,
                       ClientAuthMethod::client_secret_basic, true);
  }
  if (assertion) return with_assertion(ctx, form);

  auto client_id = form.get("client_id");
  if (!client_id) return invalid_client("client authentication is required");
  if (post)
    return with_secret(ctx, *client_id, *form.get("client_secret"),
                       ClientAuthMethod::client_secret_post, false);
  auto client = find_client(ctx, *client_id);
  if (!client) return invalid_client("client authentication failed");
  if (auto ok = require_method(*client, ClientAuthMethod::none); !ok)
    return invalid_client(ok.error());
  return AuthenticatedClient{std::move(*client), ClientAuthMethod::none};
}

}  // namespace idp::oauth

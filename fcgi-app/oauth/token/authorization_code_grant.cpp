#include <algorithm>
#include "base/strings.hpp"

#include "domain/stored.hpp"
#include "oauth/authorization/pkce.hpp"
#include "oauth/scope.hpp"
#include "oauth/token/grants.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oauth {
namespace {

std::string member(const rapidjson::Value& v, const char* name) {
  auto it = v.FindMember(name);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

// RFC 6749 §4.1.3 with RFC 7636 §4.5 and OIDC Core §3.1.3.
OAuthResult<TokenRequestResult> authorization_code_grant(const EndpointContext& ctx,
                                                         const AuthenticatedClient& client,
                                                         const http::Params& form) {
  auto code = form.get("code");
  if (!code) return oauth_fail(OAuthErrorCode::invalid_request, "code is missing");
  const std::string hash = token_hash(*code);
  auto stored = ctx.uow.authorization_codes().find(ctx.tenant_id, hash);
  if (!stored) return oauth_fail(OAuthErrorCode::invalid_grant, "the code is unknown");
  if (stored->client_id != client.client.client_id)
    return oauth_fail(OAuthErrorCode::invalid_grant, "the code was issued to another client");
  if (!ctx.uow.authorization_codes().consume(ctx.tenant_id, hash, ctx.now)) {
    // RFC 6749 §4.1.2 / RFC 9700 §4.2.4: a replayed code revokes what it was exchanged for.
    if (!stored->token_id.empty())
      ctx.uow.tokens().revoke_grant(ctx.tenant_id, stored->token_id, ctx.now);  // = its grant id
    ctx.uow.commit();
    return oauth_fail(OAuthErrorCode::invalid_grant, "the code was used before");
  }
  if (stored->expires_at <= ctx.now)
    return oauth_fail(OAuthErrorCode::invalid_grant, "the code has expired");

  const rapidjson::Document p = domain::stored_object(stored->payload, "authorization code");
  // §4.1.3: redirect_uri must be sent, identical, when the authorization request carried it.
  if (auto sent = member(p, "redirect_uri"); !sent.empty() && form.get("redirect_uri") != sent)
    return oauth_fail(OAuthErrorCode::invalid_grant,
                      "redirect_uri does not match the authorization request");
  std::string challenge = member(p, "code_challenge");
  auto verifier = form.get("code_verifier");
  if (!challenge.empty()) {
    if (!verifier)
      return oauth_fail(OAuthErrorCode::invalid_grant, "code_verifier is missing (PKCE)");
    auto method = parse_code_challenge_method(member(p, "code_challenge_method"));
    if (!is_valid_code_verifier(*verifier))
      return oauth_fail(
          OAuthErrorCode::invalid_grant,
          "code_verifier must be 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1)");
    if (!method || !verify_code_verifier(*verifier, challenge, *method))
      return oauth_fail(OAuthErrorCode::invalid_grant,
                        "code_verifier does not match the code_challenge");
  } else if (verifier) {
    return oauth_fail(OAuthErrorCode::invalid_grant,
                      "code_verifier sent for a code without code_challenge");
  }

  auto scopes = parse_scope(member(p, "scope"));
  std::vector<std::string> granted = scopes ? *scopes : std::vector<std::string>{};
  bool refresh = contains(client.client.grant_types, "refresh_token");
  Grant grant{"authorization_code", client.client, stored->user_sub, granted, refresh};
  grant.claims = member(p, "claims");
  auto result = issue_tokens(ctx, grant);
  if (!result) return result;
  ctx.uow.authorization_codes().set_token(ctx.tenant_id, hash, result->token_id);

  if (contains(granted, "openid") && ctx.id_tokens) {
    auto it = p.FindMember("auth_time");
    std::int64_t auth_time = it != p.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
    IdTokenRequest request{
        client.client, stored->user_sub, auth_time, member(p, "nonce"), result->access_token, "",
        granted,       member(p, "amr")};
    request.sid = member(p, "sid");
    request.acr = member(p, "acr");
    request.claims = member(p, "claims");
    auto id_token = ctx.id_tokens->issue(ctx, request);
    if (!id_token) return oauth_fail(OAuthErrorCode::server_error, id_token.error());
    result->id_token = std::move(*id_token);
  }
  return result;
}

}  // namespace idp::oauth

#include "base/strings.hpp"

#include "domain/token_policy.hpp"
#include "oauth/scope.hpp"
#include "oauth/token/grants.hpp"

namespace idp::oauth {

OAuthResult<TokenRequestResult> refresh_token_grant(const EndpointContext& ctx,
                                                    const AuthenticatedClient& client,
                                                    const http::Params& form) {
  auto refresh_token = form.get("refresh_token");
  if (!refresh_token)
    return oauth_fail(OAuthErrorCode::invalid_request, "refresh_token is missing");
  auto& tokens = ctx.uow.tokens();
  auto stored = tokens.find_by_refresh_hash(ctx.tenant_id, token_hash(*refresh_token));
  if (!stored || stored->client_id != client.client.client_id)
    return oauth_fail(OAuthErrorCode::invalid_grant, "the refresh token is unknown");
  if (stored->rotated) {
    // RFC 9700 §4.14.2: a rotated refresh token used again means one of the two parties holding it
    // is an attacker; the whole grant is revoked.
    tokens.revoke_grant(ctx.tenant_id, stored->grant_id, ctx.now);
    ctx.uow.commit();
    return oauth_fail(OAuthErrorCode::invalid_grant, "the refresh token was used before");
  }
  if (stored->revoked)
    return oauth_fail(OAuthErrorCode::invalid_grant, "the refresh token was revoked");
  if (stored->refresh_token_expires_at <= ctx.now)
    return oauth_fail(OAuthErrorCode::invalid_grant, "the refresh token has expired");

  // RFC 6749 §6: a narrower scope may be asked for, never a wider one.
  auto original = parse_scope(stored->scope.empty() ? "-" : stored->scope);
  std::vector<std::string> scopes = stored->scope.empty() ? std::vector<std::string>{} : *original;
  if (auto scope = form.get("scope")) {
    auto requested = parse_scope(*scope);
    if (!requested) return fail_with_error(requested.error());
    for (const auto& s : *requested)
      if (!contains(scopes, s))
        return oauth_fail(OAuthErrorCode::invalid_scope,
                          "scope \"" + s + "\" was not granted originally");
    scopes = std::move(*requested);
  }

  const auto policy = domain::token_policy(ctx.server, client.client);
  Grant grant{"refresh_token",
              client.client,
              stored->user_sub,
              scopes,
              policy.rotate_refresh_token,
              stored->grant_id,
              0,
              stored->claims};
  if (policy.rotate_refresh_token) {
    if (!tokens.rotate(ctx.tenant_id, stored->id, ctx.now))
      return oauth_fail(OAuthErrorCode::invalid_grant, "the refresh token was used before");
    if (policy.refresh_token_strategy == domain::RefreshTokenStrategy::fixed)
      grant.refresh_token_expires_at = stored->refresh_token_expires_at;
  }
  auto result = issue_tokens(ctx, grant);
  // Without rotation the client keeps using the refresh token it has.
  if (result && !policy.rotate_refresh_token) result->refresh_token.clear();
  return result;
}

}  // namespace idp::oauth

#include <algorithm>
#include "base/strings.hpp"

#include "oauth/scope.hpp"
#include "oauth/token/grants.hpp"
#include "oauth/token/id_token_issuer.hpp"
#include "oauth/token/resource_owner.hpp"

namespace idp::oauth {

// RFC 6749 §4.3 (where server and client allow it: the token endpoint checks both lists).
OAuthResult<TokenRequestResult> password_grant(const EndpointContext& ctx,
                                               const AuthenticatedClient& client,
                                               const http::Params& form) {
  auto username = form.get("username");
  auto password = form.get("password");
  if (!username || !password)
    return oauth_fail(OAuthErrorCode::invalid_request, "username and password are required");
  if (!ctx.resource_owners)
    return oauth_fail(OAuthErrorCode::server_error, "password authentication is not configured");

  std::vector<std::string> scopes;
  if (auto scope = form.get("scope")) {
    auto requested = requested_scopes(*scope, ctx.server, client.client);
    if (!requested) return fail_with_error(requested.error());
    scopes = std::move(*requested);
  }
  auto sub = ctx.resource_owners->authenticate(ctx, *username, *password);
  if (!sub) {
    ctx.uow.commit();  // the failure count of the lockout
    return oauth_fail(OAuthErrorCode::invalid_grant, sub.error());
  }
  bool refresh = contains(client.client.grant_types, "refresh_token");
  auto result = issue_tokens(ctx, {"password", client.client, *sub, scopes, refresh});
  if (result && ctx.id_tokens && contains(scopes, "openid")) {
    auto id_token = ctx.id_tokens->issue(
        ctx, {client.client, *sub, ctx.now, "", result->access_token, "", scopes, "pwd"});
    if (!id_token) return oauth_fail(OAuthErrorCode::server_error, id_token.error());
    result->id_token = std::move(*id_token);
  }
  return result;
}

}  // namespace idp::oauth

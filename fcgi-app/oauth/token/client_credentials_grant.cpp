#include <algorithm>

#include "oauth/scope.hpp"
#include "oauth/token/grants.hpp"

namespace idp::oauth {

OAuthResult<TokenRequestResult> client_credentials_grant(const EndpointContext& ctx,
                                                         const AuthenticatedClient& client,
                                                         const http::Params& form) {
  // RFC 6749 §4.4: the client_credentials grant is for confidential clients only.
  if (client.method == domain::ClientAuthMethod::none)
    return oauth_fail(OAuthErrorCode::unauthorized_client,
                      "a public client cannot use the client_credentials grant");
  std::vector<std::string> scopes;
  if (auto scope = form.get("scope")) {
    auto requested = requested_scopes(*scope, ctx.server, client.client);
    if (!requested) return fail_with_error(requested.error());
    scopes = std::move(*requested);
  } else {
    // RFC 6749 §3.3: without a scope parameter the registered scopes apply; the OpenID ones mean
    // nothing without a user.
    for (const auto& s : client.client.scopes)
      if (s != "openid" && s != "offline_access") scopes.push_back(s);
  }
  // RFC 6749 §4.4.3: no refresh token.
  return issue_tokens(ctx, {"client_credentials", client.client, "", std::move(scopes), false});
}

}  // namespace idp::oauth

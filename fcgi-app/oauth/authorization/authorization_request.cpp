#include "oauth/authorization/authorization_request.hpp"

#include <algorithm>
#include <utility>

#include "oauth/authorization/redirect_uri.hpp"
#include "oauth/authorization/request_checks.hpp"

namespace idp::oauth {
namespace {

using Result = Expected<AuthorizationRequest, AuthorizationError>;

Unexpected<AuthorizationError> shown(OAuthErrorCode code, std::string description,
                                     const http::Params& params) {
  return {AuthorizationError{OAuthError{code, std::move(description), false}, false, "", "",
                             std::string(params.get("state").value_or(""))}};
}

bool has_word(std::string_view list, std::string_view word) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (list.substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

// Step 2: the redirect URI every later error and the response go to. `openid` is whether the scope
// parameter names openid: OIDC Core §3.1.2.1 makes redirect_uri REQUIRED for such requests, while
// RFC 6749 §3.1.2.3 lets an OAuth request omit it when exactly one is registered.
OAuthResult<std::string> resolve_redirect_uri(const http::Params& params,
                                              const domain::Client& client, bool openid) {
  if (auto sent = params.get("redirect_uri")) {
    if (has_fragment(*sent))
      return oauth_fail(OAuthErrorCode::invalid_request,
                        "redirect_uri must not contain a fragment (RFC 6749 section 3.1.2)");
    if (!is_registered_redirect_uri(client, *sent))
      return oauth_fail(OAuthErrorCode::invalid_request,
                        "redirect_uri does not match any registered redirect_uris");
    return std::string(*sent);
  }
  if (openid)
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "redirect_uri is required in an OpenID Connect request (OIDC Core 3.1.2.1)");
  if (client.redirect_uris.size() != 1)
    return oauth_fail(OAuthErrorCode::invalid_request,
                      client.redirect_uris.empty()
                          ? "the client has no registered redirect_uris"
                          : "redirect_uri is required when the client has registered several "
                            "redirect_uris (RFC 6749 section 3.1.2.3)");
  return client.redirect_uris.front();
}

}  // namespace

Expected<AuthorizationRequest, AuthorizationError> validate_authorization_request(
    const http::Params& params, const domain::Client* client,
    const domain::AuthorizationServer& server) {
  // RFC 6749 §3.1: no parameter more than once (http::parse_oauth_params already refuses it; this
  // guards callers that build the parameters otherwise).
  for (auto it = params.begin(); it != params.end(); ++it)
    if (std::any_of(params.begin(), it, [&it](const auto& p) { return p.first == it->first; }))
      return shown(OAuthErrorCode::invalid_request,
                   "parameter " + quote_value(it->first) + " is repeated", params);
  // Steps 1 and 2: nothing can be redirected until the client and its redirect URI are known.
  auto client_id = params.get("client_id");
  if (!client_id) return shown(OAuthErrorCode::invalid_request, "client_id is required", params);
  // The caller finds clients by client_id or client_id_alias (as idp-server does).
  const bool names_client = client != nullptr && (client->client_id == *client_id ||
                                                  client->client_id_alias == *client_id);
  if (!names_client || !client->enabled)
    return shown(OAuthErrorCode::invalid_request,
                 "client_id does not name a registered, enabled client", params);
  const bool wants_openid = has_word(params.get("scope").value_or(""), "openid");
  auto redirect_uri = resolve_redirect_uri(params, *client, wants_openid);
  if (!redirect_uri) {
    // A request object or a pushed request may carry the redirect_uri the request lacks: as
    // neither is implemented yet, that is the error to show.
    if (auto refused = check_request_object(params, server);
        !refused && !params.contains("redirect_uri"))
      return shown(refused.error().code, refused.error().description, params);
    return shown(redirect_uri.error().code, redirect_uri.error().description, params);
  }

  // From here on errors go back to the client (RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6).
  AuthorizationError redirect;
  redirect.redirectable = true;
  redirect.redirect_uri = *redirect_uri;
  redirect.response_mode = error_response_mode(params, server);
  redirect.state = std::string(params.get("state").value_or(""));
  auto refuse = [&redirect](OAuthError error) -> Unexpected<AuthorizationError> {
    redirect.error = std::move(error);
    return {std::move(redirect)};
  };

  AuthorizationRequest request;
  request.client_id = client->client_id;
  request.redirect_uri = std::move(*redirect_uri);
  request.redirect_uri_sent = params.contains("redirect_uri");
  request.params = params;

  // Step 3.
  if (auto ok = check_request_object(params, server); !ok) return refuse(ok.error());
  if (auto ok = check_pushed_authorization_required(server); !ok) return refuse(ok.error());
  // Steps 4 and 5.
  auto response_type = check_response_type(params, *client, server);
  if (!response_type) return refuse(response_type.error());
  request.response_type = *response_type;
  auto response_mode = check_response_mode(params, request.response_type, server);
  if (!response_mode) return refuse(response_mode.error());
  request.response_mode = std::move(*response_mode);
  // Step 6.
  if (auto ok = check_scope(params, *client, server, request); !ok) return refuse(ok.error());
  // Step 7.
  if (auto ok = check_openid_rules(params, *client, request); !ok) return refuse(ok.error());
  // Step 8.
  if (auto ok = check_pkce(params, *client, server, request); !ok) return refuse(ok.error());
  if (auto ok = check_oidc_parameters(params, server, request); !ok) return refuse(ok.error());
  return request;
}

}  // namespace idp::oauth

// Steps 3 to 6 of the authorization request: request objects, response_type, response_mode, scope.
#include "oauth/authorization/request_checks.hpp"

#include <algorithm>
#include <array>

#include "domain/authorization_server.hpp"
#include "domain/vocabulary.hpp"
#include "http/http_error.hpp"
#include "oauth/scope.hpp"

namespace idp::oauth {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The response modes we can deliver, and the ones that exist but are not implemented yet.
constexpr std::array<std::string_view, 3> k_response_modes = {"query", "fragment", "form_post"};
constexpr std::array<std::string_view, 5> k_later_response_modes = {
    "query.jwt",   "fragment.jwt", "form_post.jwt", "jwt",  // JARM
    "direct_post",                                          // OpenID4VP
};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// RFC 9126 §2.2: the request_uri a pushed authorization request returns.
constexpr std::string_view k_par_request_uri_prefix = "urn:ietf:params:oauth:request_uri:";

}  // namespace

std::string quote_value(std::string_view value) {
  std::string out = http::shorten_for_message(value);
  for (char& c : out)
    if (c == '"' || c == '\\') c = '?';
  return "'" + out + "'";
}

std::string error_response_mode(const http::Params& params,
                                const domain::AuthorizationServer& server) {
  const std::string_view raw_type = params.get("response_type").value_or("");
  bool returns_tokens = false;
  if (auto type = parse_response_type(raw_type)) {
    returns_tokens = type->returns_tokens();
  } else {
    // Not a valid response type, but its words still say which default the client expects.
    for (std::string_view word : domain::vocabulary::split_scope(raw_type))
      if (word == "token" || word == "id_token" || word == "vp_token") returns_tokens = true;
  }
  if (auto mode = params.get("response_mode")) {
    if (one_of(k_response_modes, *mode) && contains(server.response_modes_supported, *mode) &&
        !(returns_tokens && *mode == "query"))
      return std::string(*mode);
  }
  return returns_tokens ? "fragment" : "query";
}

Check check_request_object(const http::Params& params, const domain::AuthorizationServer& server) {
  if (params.contains("request")) {
    if (!server.request_parameter_supported)
      return oauth_fail(OAuthErrorCode::request_not_supported,
                        "this server does not support the request parameter");
    return oauth_fail(OAuthErrorCode::request_not_supported,
                      "request objects (the request parameter, RFC 9101) are not implemented yet");
  }
  if (auto uri = params.get("request_uri")) {
    if (uri->starts_with(k_par_request_uri_prefix))
      return oauth_fail(OAuthErrorCode::request_uri_not_supported,
                        "pushed authorization requests (RFC 9126) are not implemented yet");
    if (!server.request_uri_parameter_supported)
      return oauth_fail(OAuthErrorCode::request_uri_not_supported,
                        "this server does not support the request_uri parameter");
    return oauth_fail(OAuthErrorCode::request_uri_not_supported,
                      "request objects by reference (request_uri, RFC 9101) are not implemented "
                      "yet");
  }
  return Ok{};
}

Check check_pushed_authorization_required(const domain::AuthorizationServer& server) {
  if (domain::requires_pushed_authorization_requests(server))
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "this server accepts only pushed authorization requests (RFC 9126): push "
                      "the request to the pushed_authorization_request_endpoint first");
  return Ok{};
}

OAuthResult<ResponseType> check_response_type(const http::Params& params,
                                              const domain::Client& client,
                                              const domain::AuthorizationServer& server) {
  auto raw = params.get("response_type");
  if (!raw) return oauth_fail(OAuthErrorCode::invalid_request, "response_type is required");
  auto type = parse_response_type(*raw);
  // RFC 6749 §3.1.1: a response type that is not understood is answered like an unsupported one.
  if (!type)
    return oauth_fail(OAuthErrorCode::unsupported_response_type,
                      "response_type " + quote_value(*raw) +
                          " is not a response type: space-separated code, token, id_token, "
                          "vp_token, or none alone");
  if (!contains_response_type(server.response_types_supported, *type))
    return oauth_fail(
        OAuthErrorCode::unsupported_response_type,
        "response_type " + quote_value(type->canonical()) + " is not supported by this server");
  if (!contains_response_type(client.response_types, *type))
    return oauth_fail(
        OAuthErrorCode::unauthorized_client,
        "response_type " + quote_value(type->canonical()) + " is not registered for this client");
  return *type;
}

OAuthResult<std::string> check_response_mode(const http::Params& params,
                                             const ResponseType& response_type,
                                             const domain::AuthorizationServer& server) {
  auto mode = params.get("response_mode");
  if (!mode) return std::string(response_type.default_response_mode());
  if (one_of(k_later_response_modes, *mode))
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "response_mode " + quote_value(*mode) +
                          " is not supported yet (JARM and direct_post are not implemented)");
  if (!one_of(k_response_modes, *mode))
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "response_mode " + quote_value(*mode) +
                          " is not a response mode: query, fragment or form_post");
  if (!contains(server.response_modes_supported, *mode))
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "response_mode " + quote_value(*mode) + " is not supported by this server");
  // Multiple Response Type Encoding Practices §5: tokens never travel in the query.
  if (*mode == "query" && response_type.returns_tokens())
    return oauth_fail(OAuthErrorCode::invalid_request,
                      "response_mode query cannot carry the tokens of response_type " +
                          quote_value(response_type.canonical()) + ": use fragment or form_post");
  return std::string(*mode);
}

Check check_scope(const http::Params& params, const domain::Client& client,
                  const domain::AuthorizationServer& server, AuthorizationRequest& request) {
  auto raw = params.get("scope");
  // RFC 6749 §3.3: without a default scope to fall back on, a request without scope fails.
  if (!raw) return oauth_fail(OAuthErrorCode::invalid_scope, "scope is required");
  auto requested = parse_scope(*raw);
  if (!requested)
    return oauth_fail(OAuthErrorCode::invalid_scope,
                      "scope must be space-separated scope tokens (RFC 6749 section 3.3)");
  // RFC 6749 §3.3 lets the server ignore part of the requested scope and OIDC Core §3.1.2.1 says
  // scopes not understood SHOULD be ignored; idp-server keeps only the scopes registered for the
  // client. We also drop the ones the server does not offer (as the token endpoint refuses them).
  for (auto& scope : *requested) {
    if (contains(server.scopes_supported, scope) && contains(client.scopes, scope))
      request.scopes.push_back(std::move(scope));
    else
      request.ignored_scopes.push_back(std::move(scope));
  }
  if (request.scopes.empty())
    return oauth_fail(OAuthErrorCode::invalid_scope,
                      "none of the requested scopes is both offered by this server and "
                      "registered for this client");
  request.is_openid = contains(request.scopes, "openid");
  return Ok{};
}

}  // namespace idp::oauth

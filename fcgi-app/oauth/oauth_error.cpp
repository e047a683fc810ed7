#include "oauth/oauth_error.hpp"

namespace idp::oauth {
namespace {

struct ErrorInfo {
  OAuthErrorCode code;
  std::string_view error;
  int status;
};

constexpr ErrorInfo k_errors[] = {
    {OAuthErrorCode::invalid_request, "invalid_request", 400},
    {OAuthErrorCode::invalid_client, "invalid_client", 401},
    {OAuthErrorCode::invalid_grant, "invalid_grant", 400},
    {OAuthErrorCode::unauthorized_client, "unauthorized_client", 400},
    {OAuthErrorCode::unsupported_grant_type, "unsupported_grant_type", 400},
    {OAuthErrorCode::invalid_scope, "invalid_scope", 400},
    {OAuthErrorCode::unsupported_token_type, "unsupported_token_type", 400},
    {OAuthErrorCode::server_error, "server_error", 500},
    {OAuthErrorCode::access_denied, "access_denied", 400},
    {OAuthErrorCode::unsupported_response_type, "unsupported_response_type", 400},
    {OAuthErrorCode::temporarily_unavailable, "temporarily_unavailable", 503},
    {OAuthErrorCode::login_required, "login_required", 400},
    {OAuthErrorCode::consent_required, "consent_required", 400},
    {OAuthErrorCode::interaction_required, "interaction_required", 400},
    {OAuthErrorCode::account_selection_required, "account_selection_required", 400},
    {OAuthErrorCode::invalid_request_object, "invalid_request_object", 400},
    {OAuthErrorCode::invalid_request_uri, "invalid_request_uri", 400},
    {OAuthErrorCode::request_not_supported, "request_not_supported", 400},
    {OAuthErrorCode::request_uri_not_supported, "request_uri_not_supported", 400},
    {OAuthErrorCode::registration_not_supported, "registration_not_supported", 400},
};

const ErrorInfo& info(OAuthErrorCode code) {
  for (const auto& e : k_errors)
    if (e.code == code) return e;
  return k_errors[0];
}

}  // namespace

std::string_view error_string(OAuthErrorCode code) {
  return info(code).error;
}
int http_status(OAuthErrorCode code) {
  return info(code).status;
}

http::Response to_response(const OAuthError& error) {
  http::Response r =
      http::Response::error(http_status(error.code), error_string(error.code), error.description);
  if (error.code == OAuthErrorCode::invalid_client && error.basic_challenge)
    r.set_header("WWW-Authenticate", "Basic realm=\"oauth\", charset=\"UTF-8\"");
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth

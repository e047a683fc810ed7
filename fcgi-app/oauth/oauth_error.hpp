#pragma once
// OAuth errors as one closed set: each code maps to its RFC `error` string and HTTP status in one
// table (CONVENTIONS.md "Errors").
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "http/response.hpp"

namespace idp::oauth {

enum class OAuthErrorCode {
  invalid_request,         // RFC 6749 §5.2
  invalid_client,          // RFC 6749 §5.2: 401
  invalid_grant,           // RFC 6749 §5.2
  unauthorized_client,     // RFC 6749 §5.2
  unsupported_grant_type,  // RFC 6749 §5.2
  invalid_scope,           // RFC 6749 §5.2
  unsupported_token_type,  // RFC 7009 §2.2.1
  server_error,
  // Authorization endpoint (RFC 6749 §4.1.2.1, §4.2.2.1; OIDC Core §3.1.2.6).
  access_denied,
  unsupported_response_type,
  temporarily_unavailable,  // 503 where a status is shown
  login_required,
  consent_required,
  interaction_required,
  account_selection_required,
  invalid_request_object,
  invalid_request_uri,
  request_not_supported,
  request_uri_not_supported,
  registration_not_supported,
};

struct OAuthError {
  OAuthErrorCode code = OAuthErrorCode::invalid_request;
  std::string description;
  // RFC 6749 §5.2: when the client tried HTTP Basic, a 401 carries a Basic challenge.
  bool basic_challenge = false;
};

template <class T>
using OAuthResult = Expected<T, OAuthError>;

inline Unexpected<OAuthError> oauth_fail(OAuthErrorCode code, std::string description) {
  return {OAuthError{code, std::move(description), false}};
}

inline Unexpected<OAuthError> fail_with_error(OAuthError error) {
  return {std::move(error)};
}

std::string_view error_string(OAuthErrorCode code);
int http_status(OAuthErrorCode code);

// {"error","error_description"} with the status of the code; always no-store.
http::Response to_response(const OAuthError& error);

}  // namespace idp::oauth

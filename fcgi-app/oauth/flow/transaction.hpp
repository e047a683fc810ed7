#pragma once
// The browser side of an authorization request: a cookie (AUTH_SESSION, idp-server's name) whose
// SHA-256 the stored request keeps, so that only the browser that started a flow can continue it
// (idp-server's auth_session_mismatch check).
#include <string>
#include <string_view>

#include "domain/tenant.hpp"
#include "http/cookies.hpp"
#include "http/request.hpp"
#include "oauth/endpoint_context.hpp"
#include "oauth/oauth_error.hpp"
#include "ports/records.hpp"

namespace idp::oauth {

inline constexpr std::string_view k_transaction_cookie = "AUTH_SESSION";

// Attributes from the tenant's session_config.
http::SetCookie transaction_cookie(const domain::SessionConfig& session, std::string value,
                                   std::int64_t max_age);

// The stored request `id`, if it is still open (not expired, not completed) and this browser
// holds its cookie. Errors: invalid_request (unknown, expired, spent), and 401 invalid_request
// for a missing or different cookie.
struct TransactionError {
  int status;
  OAuthError error;
};
Expected<ports::AuthorizationRequestRecord, TransactionError> open_transaction(
    const EndpointContext& ctx, const http::Request& request, std::string_view id);

http::Response to_response(const TransactionError& error);

}  // namespace idp::oauth

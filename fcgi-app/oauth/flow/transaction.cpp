#include "oauth/flow/transaction.hpp"

#include "base/strings.hpp"
#include "crypto/digest.hpp"
#include "oauth/token/access_token.hpp"

namespace idp::oauth {
namespace {

Unexpected<TransactionError> refuse(int status, std::string description) {
  return {
      TransactionError{status, {OAuthErrorCode::invalid_request, std::move(description), false}}};
}

http::SameSite same_site_of(domain::SameSite s) {
  switch (s) {
    case domain::SameSite::none:
      return http::SameSite::none;
    case domain::SameSite::lax:
      return http::SameSite::lax;
    case domain::SameSite::strict:
      return http::SameSite::strict;
  }
  return http::SameSite::lax;
}

}  // namespace

http::SetCookie transaction_cookie(const domain::SessionConfig& session, std::string value,
                                   std::int64_t max_age) {
  http::SetCookie c;
  c.name = std::string(k_transaction_cookie);
  c.value = std::move(value);
  c.path = session.cookie_path;
  c.domain = session.cookie_domain.value_or("");
  c.max_age = max_age;
  c.secure = session.use_secure_cookie;
  c.http_only = session.use_http_only_cookie;
  c.same_site = same_site_of(session.cookie_same_site);
  // Browsers drop SameSite=None cookies that are not Secure.
  if (c.same_site == http::SameSite::none && !c.secure) c.same_site = http::SameSite::lax;
  return c;
}

Expected<ports::AuthorizationRequestRecord, TransactionError> open_transaction(
    const EndpointContext& ctx, const http::Request& request, std::string_view id) {
  if (!is_uuid(id)) return refuse(400, "the authorization request id must be a UUID");
  auto record = ctx.uow.authorization_requests().find(ctx.tenant_id, id);
  if (!record) return refuse(400, "authorization request not found");
  if (record->expires_at <= ctx.now) return refuse(400, "the authorization request has expired");
  if (record->completed) return refuse(400, "the authorization request was already completed");
  auto cookies = http::request_cookies(request);
  auto cookie = cookies.find(k_transaction_cookie);
  if (cookie == cookies.end())
    return refuse(401,
                  "auth_session_mismatch: Missing AUTH_SESSION cookie. Please restart the "
                  "authorization flow.");
  if (!crypto::constant_time_equals(token_hash(cookie->second), record->browser_hash))
    return refuse(401,
                  "auth_session_mismatch: AUTH_SESSION cookie does not match. This authorization "
                  "request may have been initiated by a different browser session.");
  return std::move(*record);
}

http::Response to_response(const TransactionError& e) {
  http::Response r =
      http::Response::error(e.status, error_string(e.error.code), e.error.description);
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth

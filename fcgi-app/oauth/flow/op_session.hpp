#pragma once
// The user's sign-in session at the provider (OIDC Core §3.1.2.1): a random cookie per tenant
// whose SHA-256 names a stored session. It lets a later authorization request be answered without
// a new sign-in (authorize-with-session, prompt=none) while the request's max_age, prompt and
// id_token_hint allow it, and ends at session_config.timeout_seconds or at logout.
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "domain/client.hpp"
#include "domain/tenant.hpp"
#include "http/cookies.hpp"
#include "http/request.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "oauth/endpoint_context.hpp"
#include "ports/records.hpp"

namespace idp::oauth {

// session_config.cookie_name, or idp-server's IDP_SERVER_SESSION_{first 8 characters of the id}.
std::string session_cookie_name(const domain::Tenant& tenant);

// The browser's live session at this tenant: known, not ended, not past its expiry.
std::optional<ports::OpSessionRecord> current_session(const EndpointContext& ctx,
                                                      const domain::Tenant& tenant,
                                                      const http::Request& request);

struct SignIn {
  ports::OpSessionRecord session;
  http::SetCookie cookie;  // to send with the answer
};

// Starts a session for `user_sub` with a new id and a new cookie value (an id known before the
// sign-in is worthless: no session fixation) and ends the browser's previous one. With the
// STRICT switch policy a browser signed in as another user is refused until it signs out.
// Writes through ctx.uow; the caller commits.
Expected<SignIn> start_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                               const http::Request& request, std::string_view user_sub,
                               std::string_view amr);

// Ends the browser's session (if any) and returns the cookie that removes it.
http::SetCookie end_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                            const http::Request& request);

// The max_age that applies: the request's, else the client's default_max_age, else the
// server's extension.default_max_age.
std::int64_t effective_max_age(const AuthorizationRequest& request, const domain::Client& client,
                               const domain::AuthorizationServer& server);

// Why `session` cannot answer `request` without a new sign-in, or nothing when it can:
// prompt=login or select_account asks for one (OIDC Core §3.1.2.1), the sign-in is older than
// the max_age that applies, or id_token_hint names another user (§3.1.2.6 login_required).
std::optional<std::string> session_refusal(const ports::OpSessionRecord& session,
                                           const AuthorizationRequest& request,
                                           const domain::Client& client,
                                           const EndpointContext& ctx);

}  // namespace idp::oauth

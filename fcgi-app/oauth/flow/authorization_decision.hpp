#pragma once
// The end of the front channel: the authorization response (RFC 6749 §4.1.2, §4.2.2; OIDC Core
// §3.1.2.5, §3.2.2.5, §3.3.2.5) for a user who signed in, or access_denied.
// - POST …/authorizations/{id}/authorize [{"denied_scopes":[…]}]: after an authentication
//   interaction; the scopes allowed are remembered for the user and client;
// - POST …/authorizations/{id}/authorize-with-session: the browser's sign-in session stands in
//   for the authentication when the request's prompt, max_age and id_token_hint allow it;
// - POST …/authorizations/{id}/deny: access_denied.
// Each answers {"status", "redirect_uri"} (interaction_answer).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

// Who was authenticated for a request, and how.
struct Authentication {
  std::string user_sub;
  std::int64_t auth_time = 0;
  std::string amr;
  std::string session_id;  // the "sid" of the ID token
};

// The code and/or tokens the request's response type asks for, with state and iss; written
// through ctx.uow (the caller commits).
Expected<ResponseParams> issue_authorization_response(const EndpointContext& ctx,
                                                      const domain::Client& client,
                                                      const AuthorizationRequest& request,
                                                      const Authentication& authentication,
                                                      const std::vector<std::string>& scopes);

http::Response authorize(const EndpointContext& ctx, const http::Request& request,
                         std::string_view id);
http::Response authorize_with_session(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& request, std::string_view id);
http::Response deny(const EndpointContext& ctx, const http::Request& request, std::string_view id);

}  // namespace idp::oauth

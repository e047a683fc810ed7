#pragma once
// GET|POST /{tenant-id}/v1/logout: OpenID Connect RP-Initiated Logout 1.0.
// - id_token_hint (§2) must be an ID token this provider issued (an expired one is accepted);
//   its aud names the client, and its sid the session to end;
// - client_id, when sent with a hint, must be that audience;
// - post_logout_redirect_uri must be one the client registered (post_logout_redirect_uris),
//   exactly (§3); it needs the client to be known from the hint or client_id. An invalid one is
//   an error shown here, never a redirect (§3: "MUST NOT perform post-logout redirection");
// - the browser's sign-in session (and the hint's sid) ends; the session cookie is removed.
// Answers 302 to post_logout_redirect_uri with state, or 200 {"status":"logged_out"}.
#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oidc {

http::Response logout_endpoint(const oauth::EndpointContext& ctx, const domain::Tenant& tenant,
                               const http::Request& request);

}  // namespace idp::oidc

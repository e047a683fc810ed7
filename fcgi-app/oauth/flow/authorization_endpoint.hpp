#pragma once
// GET|POST /{tenant-id}/v1/authorizations (RFC 6749 §3.1, OIDC Core §3.1.2): validates the
// request, then
// - with prompt=none answers at once from the browser's sign-in session, or login_required /
//   consent_required (OIDC Core §3.1.2.6);
// - otherwise stores it, binds the browser with the AUTH_SESSION cookie and sends it to the
//   tenant's sign-in page (ui_config) with ?id=…&tenant_id=…, where the interactions
//   (authorization_decision.hpp, view_data.hpp, authn/) take over.
#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

http::Response authorization_endpoint(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& request);

}  // namespace idp::oauth

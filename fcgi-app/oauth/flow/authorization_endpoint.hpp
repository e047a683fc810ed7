#pragma once
// The front channel of the authorization code flow (RFC 6749 §4.1, OIDC Core §3):
// - GET|POST /{tenant-id}/v1/authorizations validates the request, stores it, binds the browser
//   with the AUTH_SESSION cookie and sends it to the tenant's sign-in page (ui_config) with
//   ?id=…&tenant_id=…;
// - POST …/authorizations/{id}/authorize answers {"status","redirect_uri"} with the code (and the
//   tokens the response type asks for); POST …/{id}/deny answers access_denied the same way;
// - GET …/authorizations/{id}/view-data tells the consent page what is asked.
#include <string_view>

#include "domain/tenant.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

http::Response authorization_endpoint(const EndpointContext& ctx, const domain::Tenant& tenant,
                                      const http::Request& request);
http::Response authorize(const EndpointContext& ctx, const http::Request& request,
                         std::string_view id);
http::Response deny(const EndpointContext& ctx, const http::Request& request, std::string_view id);
http::Response view_data(const EndpointContext& ctx, const http::Request& request,
                         std::string_view id);

}  // namespace idp::oauth

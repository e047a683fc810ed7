#pragma once
// GET|POST /{tenant-id}/v1/userinfo (OIDC Core §5.3) with RFC 6750 bearer tokens: the Authorization
// header or, for POST, the access_token form parameter; errors in WWW-Authenticate.
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oidc {

http::Response userinfo_endpoint(const oauth::EndpointContext& ctx, const http::Request& request);

}  // namespace idp::oidc

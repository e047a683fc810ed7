#pragma once
// POST /{tenant-id}/v1/tokens/introspection (RFC 7662) and POST /{tenant-id}/v1/tokens/revocation
// (RFC 7009). Both authenticate the client first.
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

// {"active": false} for a token that is unknown, expired, revoked or another tenant's.
http::Response introspection_endpoint(const EndpointContext& ctx, const http::Request& request);

// Revoking either token of a grant revokes both; an unknown token is answered 200 (RFC 7009 §2.2).
http::Response revocation_endpoint(const EndpointContext& ctx, const http::Request& request);

}  // namespace idp::oauth

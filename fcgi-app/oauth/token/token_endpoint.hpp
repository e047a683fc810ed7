#pragma once
// POST /{tenant-id}/v1/tokens (RFC 6749 §3.2): authenticates the client, then hands the request
// to the grant named by grant_type, from a table of grants.
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

http::Response token_endpoint(const EndpointContext& ctx, const http::Request& request);

}  // namespace idp::oauth

#pragma once
// GET /{tenant-id}/.well-known/openid-configuration (OIDC Discovery 1.0 §4, RFC 8414 §3) and
// GET /{tenant-id}/v1/jwks (RFC 7517 §5): published configuration, public keys only.
#include <string>

#include "http/response.hpp"

namespace idp::oidc {

// The bodies are rendered once per tenant configuration (discovery_document(), public_json())
// and kept with it; these add the status and caching headers.
http::Response discovery_response(const std::string& document);
http::Response jwks_response(const std::string& public_jwks);

}  // namespace idp::oidc

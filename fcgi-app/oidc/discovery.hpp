#pragma once
// GET /{tenant-id}/.well-known/openid-configuration (OIDC Discovery 1.0 §4, RFC 8414 §3) and
// GET /{tenant-id}/v1/jwks (RFC 7517 §5): published configuration, public keys only.
#include "domain/authorization_server.hpp"
#include "domain/discovery_document.hpp"
#include "http/response.hpp"
#include "jose/jwks.hpp"

namespace idp::oidc {

http::Response discovery_response(const domain::AuthorizationServer& server);
http::Response jwks_response(const jose::Jwks& jwks);

}  // namespace idp::oidc

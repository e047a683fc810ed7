#pragma once
// /.well-known/openid-configuration of a tenant.
#include <rapidjson/document.h>

#include <string>

#include "domain/authorization_server.hpp"

namespace idp::domain {

// The OpenID Provider metadata of `server` (OIDC Discovery 1.0 section 3, RFC 8414 section 2 and
// the metadata of RFC 9126, 9101, 9207, 8705, 9396, 9449, CIBA, JARM, OIDC4IDA). Only metadata:
// never `jwks` (it holds private keys; RPs use jwks_uri), `extension`, credential-issuer metadata
// or members we do not know. Introspection and revocation are published under their RFC 8414
// names, introspection_endpoint and revocation_endpoint, as idp-server's discovery does, also
// when the configuration uses the older token_introspection_endpoint/token_revocation_endpoint.
rapidjson::Value discovery_value(const AuthorizationServer& server,
                                 rapidjson::Document::AllocatorType& a);
std::string discovery_document(const AuthorizationServer& server);

}  // namespace idp::domain

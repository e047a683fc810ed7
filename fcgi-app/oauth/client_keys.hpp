#pragma once
// A client's public keys (OIDC Registration §2 jwks / jwks_uri): to verify its signatures
// (private_key_jwt, request objects) and to encrypt to it (ID tokens). Private members a
// registration may carry are never used.
#include "base/expected.hpp"
#include "domain/client.hpp"
#include "jose/jwks.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

Expected<jose::Jwks> client_public_keys(const EndpointContext& ctx, const domain::Client& client);

}  // namespace idp::oauth

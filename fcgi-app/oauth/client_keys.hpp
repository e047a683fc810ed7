#pragma once
// A client's public keys (OIDC Registration §2 jwks / jwks_uri): to verify its signatures
// (private_key_jwt, request objects) and to encrypt to it (ID tokens). Private members a
// registration may carry are never used. A jwks_uri is fetched through ctx.documents (cached
// per worker); `refresh` fetches it again when a key is missing (rate-limited there, so that
// unknown key ids cannot make the server fetch on every request).
#include "base/expected.hpp"
#include "domain/client.hpp"
#include "jose/jwks.hpp"
#include "oauth/endpoint_context.hpp"

namespace idp::oauth {

Expected<jose::Jwks> client_public_keys(const EndpointContext& ctx, const domain::Client& client,
                                        bool refresh = false);

// Whether the keys come from a jwks_uri, so that a refresh can find a rotated key.
bool has_remote_keys(const domain::Client& client);

}  // namespace idp::oauth

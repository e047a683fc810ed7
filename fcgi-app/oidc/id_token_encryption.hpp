#pragma once
// Encrypted ID tokens (OIDC Core §10.2, Registration §2 id_token_encrypted_response_alg/_enc):
// the signed ID token becomes the payload of a JWE with cty "JWT" (nested, sign then encrypt).
// Asymmetric algorithms encrypt to a key of the client's keys that fits the algorithm and is not
// a signing key; symmetric ones (A128KW … A256KW, dir) use the client_secret hashed with SHA-256,
// SHA-384 or SHA-512 (the smallest that is long enough) and truncated to the key size.
#include <functional>
#include <string>

#include "base/expected.hpp"
#include "domain/client.hpp"
#include "jose/jwks.hpp"

namespace idp::oidc {

// Whether the client registered id_token_encrypted_response_alg.
bool wants_encrypted_id_token(const domain::Client& client);

// `client_keys` is asked only for asymmetric algorithms.
using ClientKeys = std::function<Expected<jose::Jwks>()>;
Expected<std::string> encrypt_id_token(const std::string& signed_id_token,
                                       const domain::Client& client, const ClientKeys& client_keys);

}  // namespace idp::oidc

#pragma once
// Elliptic-curve Diffie-Hellman and the Concat KDF, the parts of JWE "ECDH-ES" (RFC 7518 §4.6)
// that are not JOSE-specific.
#include <cstddef>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "crypto/digest.hpp"
#include "crypto/key_material.hpp"

namespace idp::crypto {

// The shared secret Z (x coordinate of d·Q). The peer's point is checked to be on our curve first:
// an off-curve point would leak bits of d (invalid-curve attack).
Expected<std::string> ecdh_shared_secret(const EcKey& own_private, const EcKey& peer_public);

// NIST SP 800-56A §5.8.1 single-step KDF: H(counter || Z || other_info) repeated to `size` bytes.
std::string concat_kdf(HashAlg hash, std::string_view z, std::string_view other_info,
                       std::size_t size);

}  // namespace idp::crypto

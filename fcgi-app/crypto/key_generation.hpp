#pragma once
// Fresh key pairs, returned as KeyMaterial with every component a JWK needs (RSA CRT values too).
#include <cstddef>

#include "crypto/key_material.hpp"

namespace idp::crypto {

EcKey generate_ec_key(Curve curve);
RsaKey generate_rsa_key(std::size_t bits = 2048);
Ed25519Key generate_ed25519_key();
SymmetricKey generate_symmetric_key(std::size_t bytes);

}  // namespace idp::crypto

#include "crypto/key_generation.hpp"

#include <botan/ecdsa.h>
#include <botan/ed25519.h>
#include <botan/rsa.h>
#include <botan/system_rng.h>

#include "crypto/botan_keys.hpp"
#include "crypto/botan_util.hpp"
#include "crypto/random.hpp"

namespace idp::crypto {

EcKey generate_ec_key(Curve curve) {
  const Botan::EC_Group& group = ec_group(curve);
  Botan::ECDSA_PrivateKey key(Botan::system_rng(), group);
  const std::size_t size = coordinate_size(curve);
  const Botan::PointGFp& point = key.public_point();
  return EcKey{curve, from_bigint(point.get_affine_x(), size),
               from_bigint(point.get_affine_y(), size), from_bigint(key.private_value(), size)};
}

RsaKey generate_rsa_key(std::size_t bits) {
  Botan::RSA_PrivateKey key(Botan::system_rng(), bits);
  return RsaKey{from_bigint(key.get_n()),  from_bigint(key.get_e()), from_bigint(key.get_d()),
                from_bigint(key.get_p()),  from_bigint(key.get_q()), from_bigint(key.get_d1()),
                from_bigint(key.get_d2()), from_bigint(key.get_c())};
}

Ed25519Key generate_ed25519_key() {
  Botan::Ed25519_PrivateKey key(Botan::system_rng());
  // Botan keeps seed || public key; RFC 8037 "d" is the 32-byte seed.
  const auto& sk = key.get_private_key();
  return Ed25519Key{to_string(key.get_public_key()),
                    std::string(reinterpret_cast<const char*>(sk.data()), 32)};
}

SymmetricKey generate_symmetric_key(std::size_t bytes) {
  return SymmetricKey{system_random().random_bytes(bytes)};
}

}  // namespace idp::crypto

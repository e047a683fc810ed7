#include "crypto/botan_keys.hpp"

#include <botan/ecdh.h>
#include <botan/ecdsa.h>
#include <botan/ed25519.h>
#include <botan/rsa.h>
#include <botan/system_rng.h>

#include <stdexcept>

#include "crypto/botan_util.hpp"

namespace idp::crypto {

const Botan::EC_Group& ec_group(Curve curve) {
  static const Botan::EC_Group p256("secp256r1");
  static const Botan::EC_Group p384("secp384r1");
  static const Botan::EC_Group p521("secp521r1");
  switch (curve) {
    case Curve::p256:
      return p256;
    case Curve::p384:
      return p384;
    case Curve::p521:
      return p521;
  }
  return p256;
}

std::string encode_point(const EcKey& key) {
  return "\x04" + key.x + key.y;
}

namespace {

Botan::PointGFp public_point(const EcKey& key) {
  return ec_group(key.curve).point(to_bigint(key.x), to_bigint(key.y));
}

struct PublicVisitor {
  std::unique_ptr<Botan::Public_Key> operator()(const RsaKey& k) const {
    return std::make_unique<Botan::RSA_PublicKey>(to_bigint(k.n), to_bigint(k.e));
  }
  std::unique_ptr<Botan::Public_Key> operator()(const EcKey& k) const {
    return std::make_unique<Botan::ECDSA_PublicKey>(ec_group(k.curve), public_point(k));
  }
  std::unique_ptr<Botan::Public_Key> operator()(const Ed25519Key& k) const {
    return std::make_unique<Botan::Ed25519_PublicKey>(to_vector(k.x));
  }
  std::unique_ptr<Botan::Public_Key> operator()(const SymmetricKey&) const {
    throw std::invalid_argument("a symmetric key has no public key");
  }
};

struct PrivateVisitor {
  std::unique_ptr<Botan::Private_Key> operator()(const RsaKey& k) const {
    if (!k.has_private()) throw std::invalid_argument("not a private key");
    // Botan's order is p, q, e, d, n (PLATFORM-NOTES.md §1); it recomputes the CRT values.
    return std::make_unique<Botan::RSA_PrivateKey>(to_bigint(k.p), to_bigint(k.q), to_bigint(k.e),
                                                   to_bigint(k.d), to_bigint(k.n));
  }
  std::unique_ptr<Botan::Private_Key> operator()(const EcKey& k) const {
    if (!k.has_private()) throw std::invalid_argument("not a private key");
    return std::make_unique<Botan::ECDSA_PrivateKey>(Botan::system_rng(), ec_group(k.curve),
                                                     to_bigint(k.d));
  }
  std::unique_ptr<Botan::Private_Key> operator()(const Ed25519Key& k) const {
    if (!k.has_private()) throw std::invalid_argument("not a private key");
    return std::make_unique<Botan::Ed25519_PrivateKey>(to_secure(k.d));
  }
  std::unique_ptr<Botan::Private_Key> operator()(const SymmetricKey&) const {
    throw std::invalid_argument("a symmetric key is not an asymmetric private key");
  }
};

}  // namespace

std::unique_ptr<Botan::Public_Key> botan_public_key(const KeyMaterial& key) {
  return std::visit(PublicVisitor{}, key);
}

std::unique_ptr<Botan::Private_Key> botan_private_key(const KeyMaterial& key) {
  return std::visit(PrivateVisitor{}, key);
}

std::unique_ptr<Botan::Private_Key> botan_ecdh_private_key(const EcKey& key) {
  if (!key.has_private()) throw std::invalid_argument("not a private key");
  return std::make_unique<Botan::ECDH_PrivateKey>(Botan::system_rng(), ec_group(key.curve),
                                                  to_bigint(key.d));
}

}  // namespace idp::crypto

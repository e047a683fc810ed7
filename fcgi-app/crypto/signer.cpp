#include "crypto/signer.hpp"

#include <array>

#include "crypto/botan_signer.hpp"
#include "crypto/hmac_signer.hpp"
#include "crypto/openssl_signer.hpp"

namespace idp::crypto {
namespace {

struct AlgInfo {
  SignatureAlg alg;
  std::string_view name;
  SignatureFamily family;
  HashAlg hash;
};

constexpr std::array<AlgInfo, 13> k_algs{{
    {SignatureAlg::rs256, "RS256", SignatureFamily::rsa_pkcs1, HashAlg::sha256},
    {SignatureAlg::rs384, "RS384", SignatureFamily::rsa_pkcs1, HashAlg::sha384},
    {SignatureAlg::rs512, "RS512", SignatureFamily::rsa_pkcs1, HashAlg::sha512},
    {SignatureAlg::ps256, "PS256", SignatureFamily::rsa_pss, HashAlg::sha256},
    {SignatureAlg::ps384, "PS384", SignatureFamily::rsa_pss, HashAlg::sha384},
    {SignatureAlg::ps512, "PS512", SignatureFamily::rsa_pss, HashAlg::sha512},
    {SignatureAlg::es256, "ES256", SignatureFamily::ecdsa, HashAlg::sha256},
    {SignatureAlg::es384, "ES384", SignatureFamily::ecdsa, HashAlg::sha384},
    {SignatureAlg::es512, "ES512", SignatureFamily::ecdsa, HashAlg::sha512},
    {SignatureAlg::eddsa, "EdDSA", SignatureFamily::eddsa, HashAlg::sha512},
    {SignatureAlg::hs256, "HS256", SignatureFamily::hmac, HashAlg::sha256},
    {SignatureAlg::hs384, "HS384", SignatureFamily::hmac, HashAlg::sha384},
    {SignatureAlg::hs512, "HS512", SignatureFamily::hmac, HashAlg::sha512},
}};

const AlgInfo& info(SignatureAlg alg) {
  for (const auto& i : k_algs)
    if (i.alg == alg) return i;
  return k_algs[0];
}

}  // namespace

std::string_view to_string(SignatureAlg alg) {
  return info(alg).name;
}

std::optional<SignatureAlg> signature_alg_from_string(std::string_view name) {
  for (const auto& i : k_algs)
    if (i.name == name) return i.alg;
  return std::nullopt;
}

HashAlg hash_of(SignatureAlg alg) {
  return info(alg).hash;
}
SignatureFamily family_of(SignatureAlg alg) {
  return info(alg).family;
}

Curve curve_of(SignatureAlg alg) {
  switch (alg) {
    case SignatureAlg::es384:
      return Curve::p384;
    case SignatureAlg::es512:
      return Curve::p521;
    default:
      return Curve::p256;
  }
}

Status key_fits(const KeyMaterial& key, SignatureAlg alg) {
  const std::string name(to_string(alg));
  switch (family_of(alg)) {
    case SignatureFamily::rsa_pkcs1:
    case SignatureFamily::rsa_pss: {
      const auto* rsa = std::get_if<RsaKey>(&key);
      if (!rsa) return fail(name + " needs an RSA key");
      if (rsa_modulus_bits(*rsa) < 2048)
        return fail(name + " needs an RSA key of at least 2048 bits");
      return ok_status();
    }
    case SignatureFamily::ecdsa: {
      const auto* ec = std::get_if<EcKey>(&key);
      if (!ec || ec->curve != curve_of(alg))
        return fail(name + " needs an EC key on curve " + std::string(curve_name(curve_of(alg))));
      return ok_status();
    }
    case SignatureFamily::eddsa:
      if (!std::holds_alternative<Ed25519Key>(key)) return fail(name + " needs an Ed25519 key");
      return ok_status();
    case SignatureFamily::hmac: {
      const auto* oct = std::get_if<SymmetricKey>(&key);
      if (!oct) return fail(name + " needs a symmetric key");
      if (oct->k.size() < digest_size(hash_of(alg)))
        return fail(name + " needs a key of at least " + std::to_string(digest_size(hash_of(alg))) +
                    " bytes");
      return ok_status();
    }
  }
  return fail("unsupported algorithm");
}

std::size_t signature_size(const KeyMaterial& key, SignatureAlg alg) {
  if (!key_fits(key, alg)) return 0;
  switch (family_of(alg)) {
    case SignatureFamily::rsa_pkcs1:
    case SignatureFamily::rsa_pss:
      return (rsa_modulus_bits(std::get<RsaKey>(key)) + 7) / 8;
    case SignatureFamily::ecdsa:
      return 2 * coordinate_size(curve_of(alg));
    case SignatureFamily::eddsa:
      return 64;
    case SignatureFamily::hmac:
      return digest_size(hash_of(alg));
  }
  return 0;
}

Expected<std::unique_ptr<Signer>> make_signer(const KeyMaterial& key, SignatureAlg alg,
                                              Backend backend) {
  if (auto fits = key_fits(key, alg); !fits) return fail(fits.error());
  if (!has_private(key)) return fail(std::string(to_string(alg)) + " signing needs a private key");
  switch (family_of(alg)) {
    case SignatureFamily::hmac:
      return make_hmac_signer(std::get<SymmetricKey>(key), alg);
    case SignatureFamily::eddsa:
      return make_botan_signer(key, alg);
    default:
      return backend == Backend::openssl ? make_openssl_signer(key, alg)
                                         : make_botan_signer(key, alg);
  }
}

Expected<std::unique_ptr<Verifier>> make_verifier(const KeyMaterial& key, SignatureAlg alg,
                                                  Backend backend) {
  if (auto fits = key_fits(key, alg); !fits) return fail(fits.error());
  switch (family_of(alg)) {
    case SignatureFamily::hmac:
      return make_hmac_verifier(std::get<SymmetricKey>(key), alg);
    case SignatureFamily::eddsa:
      return make_botan_verifier(key, alg);
    default:
      return backend == Backend::openssl ? make_openssl_verifier(key, alg)
                                         : make_botan_verifier(key, alg);
  }
}

}  // namespace idp::crypto

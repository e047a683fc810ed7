#pragma once
// Signing and verification with JOSE algorithms (RFC 7518 §3, RFC 8037). Signatures are in JOSE
// form: raw r||s for ECDSA, not DER. "none" is not an algorithm here.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "crypto/digest.hpp"
#include "crypto/key_material.hpp"

namespace idp::crypto {

enum class SignatureAlg {
  rs256,
  rs384,
  rs512,
  ps256,
  ps384,
  ps512,
  es256,
  es384,
  es512,
  eddsa,
  hs256,
  hs384,
  hs512,
};

std::string_view to_string(SignatureAlg alg);  // "RS256"
std::optional<SignatureAlg> signature_alg_from_string(std::string_view name);
HashAlg hash_of(SignatureAlg alg);  // SHA-512 for EdDSA (internal to Ed25519)

enum class SignatureFamily { rsa_pkcs1, rsa_pss, ecdsa, eddsa, hmac };
SignatureFamily family_of(SignatureAlg alg);
Curve curve_of(SignatureAlg ecdsa_alg);  // ES256 → P-256, ES384 → P-384, ES512 → P-521

// Whether `key` can be used with `alg`: key type, curve (ES256 needs P-256), RSA modulus of at
// least 2048 bits (RFC 7518 §3.3), HMAC key at least as long as the hash (RFC 7518 §3.2).
Status key_fits(const KeyMaterial& key, SignatureAlg alg);

// Both are thread-safe: one instance may be cached and shared by all threads of a worker.
class Signer {
 public:
  virtual ~Signer() = default;
  virtual SignatureAlg alg() const = 0;
  virtual Expected<std::string> sign(std::string_view data) const = 0;
};

class Verifier {
 public:
  virtual ~Verifier() = default;
  virtual SignatureAlg alg() const = 0;
  // False for a wrong signature and for one of the wrong length (checked strictly first).
  virtual bool verify(std::string_view data, std::string_view signature) const = 0;
};

// Which library does RSA and ECDSA. EdDSA and HMAC always use Botan.
enum class Backend { botan, openssl };

// OpenSSL signs several times faster (DESIGN.md "Crypto backends"; tests/perf/signer_bench.cpp);
// verification stays with Botan, which does the protocol cryptography.
inline constexpr Backend k_default_signing_backend = Backend::openssl;
inline constexpr Backend k_default_verifying_backend = Backend::botan;

// The key must be a private key (or a symmetric key for HS*) that passes key_fits().
Expected<std::unique_ptr<Signer>> make_signer(const KeyMaterial& key, SignatureAlg alg,
                                              Backend backend = k_default_signing_backend);
Expected<std::unique_ptr<Verifier>> make_verifier(const KeyMaterial& key, SignatureAlg alg,
                                                  Backend backend = k_default_verifying_backend);

// Exact length of a JOSE signature for `alg` with `key` (0 when the key does not fit).
std::size_t signature_size(const KeyMaterial& key, SignatureAlg alg);

}  // namespace idp::crypto

#pragma once
// Keys as plain values: every component is a big-endian byte string, exactly what a JWK carries
// once base64url-decoded. crypto/ knows nothing of JWK; jose/ converts between the two.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "base/expected.hpp"

namespace idp::crypto {

enum class Curve { p256, p384, p521 };

std::string_view curve_name(Curve curve);  // "P-256", as in JWK "crv"
std::optional<Curve> curve_from_name(std::string_view name);
std::size_t coordinate_size(Curve curve);  // 32, 48, 66

// Private members are empty in a public key. Either all of d, p, q, dp, dq, qi are set or none.
struct RsaKey {
  std::string n, e;
  std::string d, p, q, dp, dq, qi;
  bool has_private() const { return !d.empty(); }
};

struct EcKey {
  Curve curve = Curve::p256;
  std::string x, y;  // each exactly coordinate_size(curve) bytes
  std::string d;     // empty, or exactly coordinate_size(curve) bytes
  bool has_private() const { return !d.empty(); }
};

struct Ed25519Key {
  std::string x;  // 32-byte public key
  std::string d;  // empty, or the 32-byte seed (RFC 8037 §2)
  bool has_private() const { return !d.empty(); }
};

struct SymmetricKey {
  std::string k;
  bool has_private() const { return true; }
};

using KeyMaterial = std::variant<RsaKey, EcKey, Ed25519Key, SymmetricKey>;

bool has_private(const KeyMaterial& key);
// The public half; a symmetric key has none, so it comes back unchanged.
KeyMaterial public_part(const KeyMaterial& key);
std::size_t rsa_modulus_bits(const RsaKey& key);

// `full`: structural and mathematical checks: sizes, EC point on the curve, private half matching
// the public half (d·G, p·q, CRT values, Ed25519 seed); every key that arrives from outside gets
// them. `shape`: sizes and members only, for keys read back from our own store (they had the full
// checks when written; d·G alone costs a scalar multiplication).
// Errors name the component ("x", "d", …) so that jose/ can prefix the JWK member.
enum class KeyCheck { full, shape };
Status check_key(const KeyMaterial& key, KeyCheck depth = KeyCheck::full);

}  // namespace idp::crypto

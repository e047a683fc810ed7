#include "crypto/key_material.hpp"

#include <botan/ed25519.h>
#include <botan/numthry.h>
#include <botan/system_rng.h>

#include <exception>
#include <vector>

#include "crypto/botan_keys.hpp"
#include "crypto/botan_util.hpp"

namespace idp::crypto {

std::string_view curve_name(Curve curve) {
  switch (curve) {
    case Curve::p256:
      return "P-256";
    case Curve::p384:
      return "P-384";
    case Curve::p521:
      return "P-521";
  }
  return "";
}

std::optional<Curve> curve_from_name(std::string_view name) {
  for (Curve c : {Curve::p256, Curve::p384, Curve::p521})
    if (curve_name(c) == name) return c;
  return std::nullopt;
}

std::size_t coordinate_size(Curve curve) {
  switch (curve) {
    case Curve::p256:
      return 32;
    case Curve::p384:
      return 48;
    case Curve::p521:
      return 66;
  }
  return 0;
}

bool has_private(const KeyMaterial& key) {
  return std::visit([](const auto& k) { return k.has_private(); }, key);
}

KeyMaterial public_part(const KeyMaterial& key) {
  struct Visitor {
    KeyMaterial operator()(const RsaKey& k) const {
      return RsaKey{k.n, k.e, {}, {}, {}, {}, {}, {}};
    }
    KeyMaterial operator()(const EcKey& k) const { return EcKey{k.curve, k.x, k.y, {}}; }
    KeyMaterial operator()(const Ed25519Key& k) const { return Ed25519Key{k.x, {}}; }
    KeyMaterial operator()(const SymmetricKey& k) const { return k; }
  };
  return std::visit(Visitor{}, key);
}

std::size_t rsa_modulus_bits(const RsaKey& key) {
  return to_bigint(key.n).bits();
}

namespace {

constexpr std::size_t k_max_rsa_bits = 16384;  // bounds the cost of one public operation

Status check_rsa(const RsaKey& k, KeyCheck depth) {
  Botan::BigInt n = to_bigint(k.n), e = to_bigint(k.e);
  if (n.is_zero() || n.is_even()) return fail("n: not a valid RSA modulus");
  if (n.bits() > k_max_rsa_bits) return fail("n: RSA modulus is larger than 16384 bits");
  if (k.e.size() > 8 || e <= 1 || e.is_even() || e >= n)
    return fail("e: not a valid RSA public exponent");
  if (!k.has_private()) {
    if (!k.p.empty() || !k.q.empty() || !k.dp.empty() || !k.dq.empty() || !k.qi.empty())
      return fail("d: missing while other private RSA members are present");
    return ok_status();
  }
  if (k.p.empty() || k.q.empty() || k.dp.empty() || k.dq.empty() || k.qi.empty())
    return fail("p, q, dp, dq, qi: RSA private keys need all CRT members");
  if (depth == KeyCheck::shape) return ok_status();
  Botan::BigInt d = to_bigint(k.d), p = to_bigint(k.p), q = to_bigint(k.q);
  Botan::BigInt dp = to_bigint(k.dp), dq = to_bigint(k.dq), qi = to_bigint(k.qi);
  if (d.is_zero() || d >= n) return fail("d: out of range");
  if (p <= 1 || q <= 1 || p * q != n) return fail("p, q: their product is not n");
  if (dp != d % (p - 1) || dq != d % (q - 1)) return fail("dp, dq: do not match d");
  if ((e * dp) % (p - 1) != 1 || (e * dq) % (q - 1) != 1) return fail("d: does not match e");
  if (qi >= p || (qi * q) % p != 1) return fail("qi: is not the inverse of q modulo p");
  return ok_status();
}

Status check_ec(const EcKey& k, KeyCheck depth) {
  const std::size_t size = coordinate_size(k.curve);
  if (k.x.size() != size) return fail("x: must be " + std::to_string(size) + " bytes");
  if (k.y.size() != size) return fail("y: must be " + std::to_string(size) + " bytes");
  if (k.has_private() && k.d.size() != size)
    return fail("d: must be " + std::to_string(size) + " bytes");
  if (depth == KeyCheck::shape) return ok_status();
  const Botan::EC_Group& group = ec_group(k.curve);
  Botan::BigInt x = to_bigint(k.x), y = to_bigint(k.y);
  if (x >= group.get_p() || y >= group.get_p()) return fail("x, y: coordinate out of range");
  Botan::PointGFp point = group.point(x, y);
  // Botan accepts off-curve points here (PLATFORM-NOTES.md §1), so check explicitly.
  if (!group.verify_public_element(point)) return fail("x, y: point is not on the curve");
  if (!k.has_private()) return ok_status();
  Botan::BigInt d = to_bigint(k.d);
  if (d.is_zero() || d >= group.get_order()) return fail("d: out of range");
  std::vector<Botan::BigInt> ws;
  if (group.blinded_base_point_multiply(d, Botan::system_rng(), ws) != point)
    return fail("d: does not match the public point");
  return ok_status();
}

Status check_ed25519(const Ed25519Key& k, KeyCheck depth) {
  if (k.x.size() != 32) return fail("x: must be 32 bytes");
  if (!k.has_private()) return ok_status();
  if (k.d.size() != 32) return fail("d: must be 32 bytes");
  if (depth == KeyCheck::shape) return ok_status();
  Botan::Ed25519_PrivateKey derived(to_secure(k.d));
  if (to_string(derived.get_public_key()) != k.x) return fail("d: does not match the public key");
  return ok_status();
}

}  // namespace

Status check_key(const KeyMaterial& key, KeyCheck depth) {
  try {
    struct Visitor {
      KeyCheck depth;
      Status operator()(const RsaKey& k) const { return check_rsa(k, depth); }
      Status operator()(const EcKey& k) const { return check_ec(k, depth); }
      Status operator()(const Ed25519Key& k) const { return check_ed25519(k, depth); }
      Status operator()(const SymmetricKey& k) const {
        if (k.k.empty()) return fail("k: must not be empty");
        return ok_status();
      }
    };
    return std::visit(Visitor{depth}, key);
  } catch (const std::exception&) {
    return fail("key is malformed");
  }
}

}  // namespace idp::crypto

#pragma once
// JWK Set (RFC 7517 §5).
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "jose/jwk.hpp"

namespace idp::jose {

class Jwks {
 public:
  Jwks() = default;
  explicit Jwks(std::vector<Jwk> keys) : m_keys(std::move(keys)) {}

  // RFC 7517 §5: keys that cannot be used (unknown kty, bad values) are skipped, not fatal; their
  // errors are kept in skipped() so that configuration loading can still refuse them.
  // `depth`: crypto::KeyCheck::shape for keys read back from our own store.
  static Expected<Jwks> parse(std::string_view json,
                              crypto::KeyCheck depth = crypto::KeyCheck::full);
  // A peer's keys (a client's jwks), used only to verify its signatures and encrypt to it: private
  // members of asymmetric keys are ignored. idp-server's examples publish RSA keys with p, q, dp,
  // dq and qi but no d, which RFC 7518 §6.3.2 calls malformed as private keys.
  static Expected<Jwks> parse_public(std::string_view json);

  const std::vector<Jwk>& keys() const { return m_keys; }
  const std::vector<std::string>& skipped() const { return m_skipped; }
  bool empty() const { return m_keys.empty(); }
  void add(Jwk key) { m_keys.push_back(std::move(key)); }

  // The first key with this kid, or nullptr.
  const Jwk* find(std::string_view kid) const;

  std::string to_json(bool include_private) const;
  // For publication (jwks_uri): public members only; oct keys are left out entirely.
  std::string public_json() const;

 private:
  std::vector<Jwk> m_keys;
  std::vector<std::string> m_skipped;
};

}  // namespace idp::jose

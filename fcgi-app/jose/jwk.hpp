#pragma once
// JSON Web Key (RFC 7517, RFC 7518 §6, RFC 8037) for RSA, EC P-256/384/521, OKP Ed25519 and oct.
// Parsing checks sizes and that the key is mathematically sound (EC point on the curve, private
// half matching the public half); unknown members are kept and written back.
#include <rapidjson/document.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "base/expected.hpp"
#include "crypto/key_material.hpp"
#include "crypto/signer.hpp"

namespace idp::jose {

enum class KeyType { rsa, ec, okp, oct };

class Jwk {
 public:
  explicit Jwk(crypto::KeyMaterial key)
      : m_key(std::move(key)), m_signers(std::make_shared<SignerCache>()) {}

  // Errors name the member: `jwk.crv: unsupported curve "P-192"`.
  static Expected<Jwk> parse(std::string_view json);
  static Expected<Jwk> from_json(const rapidjson::Value& object,
                                 crypto::KeyCheck depth = crypto::KeyCheck::full);

  KeyType kty() const;
  std::string_view kty_name() const;  // "RSA", "EC", "OKP", "oct"
  const crypto::KeyMaterial& key() const { return m_key; }
  bool has_private() const;  // true for oct keys, which are all secret

  const std::string& kid() const { return m_kid; }
  const std::string& use() const { return m_use; }
  const std::string& alg() const { return m_alg; }
  const std::vector<std::string>& key_ops() const { return m_key_ops; }
  const std::vector<std::string>& x5c() const { return m_x5c; }  // standard base64 DER, as given
  void set_kid(std::string kid) { m_kid = std::move(kid); }
  void set_use(std::string use) { m_use = std::move(use); }
  void set_alg(std::string alg) { m_alg = std::move(alg); }
  void set_key_ops(std::vector<std::string> ops) { m_key_ops = std::move(ops); }

  // Without include_private the private members (d, p, q, dp, dq, qi, k) are left out.
  std::string to_json(bool include_private = false) const;
  void write(rapidjson::Value& out, rapidjson::Document::AllocatorType& alloc,
             bool include_private) const;

  // The same key without its private members; fails for oct keys, which have no public half.
  Expected<Jwk> public_only() const;

  // RFC 7638 SHA-256 thumbprint, base64url.
  std::string thumbprint() const;

  // This private key prepared for signing with `alg`: made on first use, then shared by every copy
  // of this key and by all threads (preparing an RSA key costs about as much as a signature).
  Expected<std::shared_ptr<const crypto::Signer>> signer(crypto::SignatureAlg alg,
                                                         crypto::Backend backend) const;

 private:
  struct SignerCache {
    std::mutex mutex;
    std::vector<
        std::tuple<crypto::SignatureAlg, crypto::Backend, std::shared_ptr<const crypto::Signer>>>
        signers;
  };
  crypto::KeyMaterial m_key;
  std::shared_ptr<SignerCache> m_signers;
  std::string m_kid, m_use, m_alg;
  std::vector<std::string> m_key_ops, m_x5c;
  std::vector<std::pair<std::string, std::string>> m_other;  // member name, JSON text

  friend class JwkParser;
};

// A fresh key for a JWS or JWE algorithm: EC for ES256/384/512 and ECDH-ES* (P-256), RSA-2048
// for RS*/PS*/RSA-OAEP*, Ed25519 for EdDSA, random oct keys for HS* and A128KW/A192KW/A256KW.
// The JWK carries `alg`, `kid` and `use` ("sig" or "enc").
Expected<Jwk> generate_jwk(std::string_view alg, std::string kid);

}  // namespace idp::jose

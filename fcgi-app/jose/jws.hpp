#pragma once
// JWS compact serialisation (RFC 7515 §7.1) with the algorithms of RFC 7518 §3 and EdDSA
// (RFC 8037). "none" is never accepted: it is not a crypto::SignatureAlg at all.
#include <rapidjson/document.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "crypto/signer.hpp"
#include "jose/jwk.hpp"
#include "jose/jwks.hpp"

namespace idp::jose {

struct JwsHeaderParams {
  std::string typ{};  // e.g. "JWT", "dpop+jwt"; omitted when empty
  std::string cty{};
  bool include_kid = true;  // the key's kid, when it has one
  // Further members as a JSON object text, e.g. R"({"x5t#S256":"…"})"; names already set above
  // are refused.
  std::string extra_json{};
};

// Keeps the prepared private key: build one per signing key and reuse it (thread-safe).
class JwsSigner {
 public:
  static Expected<JwsSigner> create(const Jwk& key, crypto::SignatureAlg alg,
                                    crypto::Backend backend = crypto::k_default_signing_backend);

  Expected<std::string> sign(std::string_view payload, const JwsHeaderParams& header = {}) const;

  crypto::SignatureAlg alg() const { return m_alg; }
  const std::string& kid() const { return m_kid; }

 private:
  JwsSigner(std::shared_ptr<const crypto::Signer> signer, crypto::SignatureAlg alg, std::string kid)
      : m_signer(std::move(signer)), m_alg(alg), m_kid(std::move(kid)) {}

  std::shared_ptr<const crypto::Signer> m_signer;
  crypto::SignatureAlg m_alg;
  std::string m_kid;
};

Expected<std::string> sign_compact(std::string_view payload, const Jwk& key,
                                   crypto::SignatureAlg alg, const JwsHeaderParams& header = {});

struct JwsVerifyOptions {
  std::vector<crypto::SignatureAlg> allowed_algs{};  // empty: every supported algorithm
  std::vector<std::string> understood_crit{};        // "crit" extensions the caller handles
  std::string expected_typ{};                        // empty: typ not checked
  std::size_t max_length = 1u << 20;
};

struct Jws {
  rapidjson::Document header;  // the protected header, parsed with json::parse
  std::string payload;
  crypto::SignatureAlg alg = crypto::SignatureAlg::rs256;
  std::string kid, typ, cty;
  const Jwk* key = nullptr;  // the key that verified it (points into the Jwk/Jwks passed in)
};

// With a set, a kid in the header selects the keys with that kid; without one, every key that
// fits the alg is tried. A key's own "alg", "use" and "key_ops" are honoured.
Expected<Jws> verify_compact(std::string_view compact, const Jwks& keys,
                             const JwsVerifyOptions& options = {});
Expected<Jws> verify_compact(std::string_view compact, const Jwk& key,
                             const JwsVerifyOptions& options = {});

// Header and payload WITHOUT checking the signature, for finding the key to verify with (e.g.
// the client_id of a request object). Never trust the result on its own.
Expected<Jws> decode_unverified(std::string_view compact, const JwsVerifyOptions& options = {});

}  // namespace idp::jose

#include "crypto/hmac_signer.hpp"

#include <botan/secmem.h>

namespace idp::crypto {
namespace {

// Signs and verifies: a MAC is verified by recomputing it and comparing in constant time.
class HmacSigner final : public Signer, public Verifier {
 public:
  HmacSigner(const SymmetricKey& key, SignatureAlg alg) : m_key(key.k), m_alg(alg) {}
  ~HmacSigner() override { Botan::secure_scrub_memory(m_key.data(), m_key.size()); }

  SignatureAlg alg() const override { return m_alg; }

  Expected<std::string> sign(std::string_view data) const override {
    return hmac(hash_of(m_alg), m_key, data);
  }

  bool verify(std::string_view data, std::string_view signature) const override {
    if (signature.size() != digest_size(hash_of(m_alg))) return false;
    return constant_time_equals(hmac(hash_of(m_alg), m_key, data), signature);
  }

 private:
  std::string m_key;
  SignatureAlg m_alg;
};

}  // namespace

Expected<std::unique_ptr<Signer>> make_hmac_signer(const SymmetricKey& key, SignatureAlg alg) {
  return std::unique_ptr<Signer>(std::make_unique<HmacSigner>(key, alg));
}

Expected<std::unique_ptr<Verifier>> make_hmac_verifier(const SymmetricKey& key, SignatureAlg alg) {
  return std::unique_ptr<Verifier>(std::make_unique<HmacSigner>(key, alg));
}

}  // namespace idp::crypto

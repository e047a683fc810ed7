#include "crypto/botan_signer.hpp"

#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <exception>
#include <mutex>
#include <vector>

#include "crypto/botan_keys.hpp"
#include "crypto/botan_util.hpp"

namespace idp::crypto {
namespace {

// PLATFORM-NOTES.md §1. PSS is pinned to salt length = hash length (RFC 7518 §3.5) so that
// verification refuses other salt lengths too.
std::string padding_of(SignatureAlg alg) {
  const std::string hash = botan_hash_name(hash_of(alg));
  switch (family_of(alg)) {
    case SignatureFamily::rsa_pkcs1:
      return "EMSA3(" + hash + ")";
    case SignatureFamily::rsa_pss:
      return "PSSR(" + hash + ",MGF1," + std::to_string(digest_size(hash_of(alg))) + ")";
    case SignatureFamily::ecdsa:
      return "EMSA1(" + hash + ")";
    case SignatureFamily::eddsa:
    case SignatureFamily::hmac:
      break;
  }
  return "Pure";
}

// PK_Signer/PK_Verifier carry per-operation state (RSA blinding, hash), so one must not serve two
// threads at once; building one per call costs as much as an RSA signature. Idle ones wait here.
template <class Op>
class Pool {
 public:
  template <class Make>
  std::unique_ptr<Op> take(Make make) {
    {
      std::lock_guard lock(m_mutex);
      if (!m_idle.empty()) {
        auto op = std::move(m_idle.back());
        m_idle.pop_back();
        return op;
      }
    }
    return make();
  }
  void give_back(std::unique_ptr<Op> op) {
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < k_max_idle) m_idle.push_back(std::move(op));
  }

 private:
  static constexpr std::size_t k_max_idle = 64;
  std::mutex m_mutex;
  std::vector<std::unique_ptr<Op>> m_idle;
};

class BotanSigner final : public Signer {
 public:
  BotanSigner(std::unique_ptr<Botan::Private_Key> key, SignatureAlg alg, std::size_t size)
      : m_key(std::move(key)), m_alg(alg), m_padding(padding_of(alg)), m_size(size) {}

  SignatureAlg alg() const override { return m_alg; }

  Expected<std::string> sign(std::string_view data) const override {
    try {
      auto signer = m_pool.take([this] {
        // IEEE_1363 (the default) gives ECDSA signatures as fixed-size r||s, as JOSE wants.
        return std::make_unique<Botan::PK_Signer>(*m_key, Botan::system_rng(), m_padding,
                                                  Botan::IEEE_1363);
      });
      std::string sig =
          to_string(signer->sign_message(as_bytes(data), data.size(), Botan::system_rng()));
      m_pool.give_back(std::move(signer));
      if (sig.size() != m_size) return fail("signature has an unexpected length");
      return sig;
    } catch (const std::exception&) {
      return fail(std::string(to_string(m_alg)) + " signing failed");
    }
  }

 private:
  std::unique_ptr<Botan::Private_Key> m_key;
  SignatureAlg m_alg;
  std::string m_padding;
  std::size_t m_size;
  mutable Pool<Botan::PK_Signer> m_pool;
};

class BotanVerifier final : public Verifier {
 public:
  BotanVerifier(std::unique_ptr<Botan::Public_Key> key, SignatureAlg alg, std::size_t size)
      : m_key(std::move(key)), m_alg(alg), m_padding(padding_of(alg)), m_size(size) {}

  SignatureAlg alg() const override { return m_alg; }

  bool verify(std::string_view data, std::string_view signature) const override {
    if (signature.size() != m_size) return false;
    try {
      auto verifier = m_pool.take([this] {
        return std::make_unique<Botan::PK_Verifier>(*m_key, m_padding, Botan::IEEE_1363);
      });
      bool ok = verifier->verify_message(as_bytes(data), data.size(), as_bytes(signature),
                                         signature.size());
      m_pool.give_back(std::move(verifier));
      return ok;
    } catch (const std::exception&) {
      return false;
    }
  }

 private:
  std::unique_ptr<Botan::Public_Key> m_key;
  SignatureAlg m_alg;
  std::string m_padding;
  std::size_t m_size;
  mutable Pool<Botan::PK_Verifier> m_pool;
};

}  // namespace

Expected<std::unique_ptr<Signer>> make_botan_signer(const KeyMaterial& key, SignatureAlg alg) {
  if (auto fits = key_fits(key, alg); !fits) return fail(fits.error());
  if (family_of(alg) == SignatureFamily::hmac) return fail("Botan signer does not do HMAC");
  try {
    return std::unique_ptr<Signer>(
        std::make_unique<BotanSigner>(botan_private_key(key), alg, signature_size(key, alg)));
  } catch (const std::exception&) {
    return fail(std::string(to_string(alg)) + ": private key is malformed");
  }
}

Expected<std::unique_ptr<Verifier>> make_botan_verifier(const KeyMaterial& key, SignatureAlg alg) {
  if (auto fits = key_fits(key, alg); !fits) return fail(fits.error());
  if (family_of(alg) == SignatureFamily::hmac) return fail("Botan verifier does not do HMAC");
  try {
    return std::unique_ptr<Verifier>(
        std::make_unique<BotanVerifier>(botan_public_key(key), alg, signature_size(key, alg)));
  } catch (const std::exception&) {
    return fail(std::string(to_string(alg)) + ": public key is malformed");
  }
}

}  // namespace idp::crypto

#pragma once
// Internal to jose/: the cryptographic steps of JWE, between the header and the crypto/ library.
#include <rapidjson/document.h>

#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "crypto/aead.hpp"
#include "crypto/key_material.hpp"
#include "jose/jwe.hpp"

namespace idp::jose::detail {

// Whether `key` can serve `alg` with `enc`: key type, RSA ≥ 2048 bits, AES key lengths, curve.
Status jwe_key_fits(const Jwk& key, KeyManagementAlg alg, ContentEncryptionAlg enc);

// For ECDH-ES*: whether the header's "epk" names the curve of `key` (other algs: always true).
// A set may hold EC keys on several curves; only those on the epk's curve are candidates.
bool epk_curve_fits(const Jwk& key, KeyManagementAlg alg, const rapidjson::Value& header);

struct NewCek {
  std::string cek;
  std::string encrypted_key;         // empty for dir and ECDH-ES
  std::optional<crypto::EcKey> epk;  // the ephemeral public key for ECDH-ES*
};

// RFC 7516 §5.1 steps 1–7 for the sender.
Expected<NewCek> new_cek(const Jwk& recipient, KeyManagementAlg alg, ContentEncryptionAlg enc,
                         std::string_view apu, std::string_view apv);

// RFC 7516 §5.2 steps 9–10 for the recipient. `header` supplies epk, apu and apv.
Expected<std::string> recover_cek(const Jwk& key, KeyManagementAlg alg, ContentEncryptionAlg enc,
                                  const rapidjson::Value& header, std::string_view encrypted_key);

std::size_t iv_size(ContentEncryptionAlg enc);
Expected<crypto::Sealed> seal_content(ContentEncryptionAlg enc, std::string_view cek,
                                      std::string_view iv, std::string_view aad,
                                      std::string_view plaintext);
Expected<std::string> open_content(ContentEncryptionAlg enc, std::string_view cek,
                                   std::string_view iv, std::string_view aad,
                                   std::string_view ciphertext, std::string_view tag);

}  // namespace idp::jose::detail

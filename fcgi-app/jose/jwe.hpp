#pragma once
// JWE compact serialisation (RFC 7516 §7.1) with the key management and content encryption
// algorithms of RFC 7518 §4–5. Compression ("zip") is refused, so no decompression bomb.
#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "jose/jwk.hpp"
#include "jose/jwks.hpp"

namespace idp::jose {

enum class KeyManagementAlg {
  rsa_oaep,
  rsa_oaep_256,
  rsa1_5,  // decryption only, and only when JweDecryptOptions allows it (RFC 7516 §11.5)
  ecdh_es,
  ecdh_es_a128kw,
  ecdh_es_a192kw,
  ecdh_es_a256kw,
  a128kw,
  a192kw,
  a256kw,
  dir,
};

enum class ContentEncryptionAlg {
  a128gcm,
  a192gcm,
  a256gcm,
  a128cbc_hs256,
  a192cbc_hs384,
  a256cbc_hs512
};

std::string_view to_string(KeyManagementAlg alg);      // "RSA-OAEP-256"
std::string_view to_string(ContentEncryptionAlg enc);  // "A128CBC-HS256"
std::optional<KeyManagementAlg> key_management_alg_from_string(std::string_view name);
std::optional<ContentEncryptionAlg> content_encryption_alg_from_string(std::string_view name);
std::size_t cek_size(ContentEncryptionAlg enc);  // bytes

struct JweEncryptOptions {
  KeyManagementAlg alg = KeyManagementAlg::rsa_oaep_256;
  ContentEncryptionAlg enc = ContentEncryptionAlg::a128gcm;
  bool include_kid = true;   // the recipient key's kid, when it has one
  std::string typ{}, cty{};  // e.g. cty "JWT" for a nested signed JWT
  std::string apu{}, apv{};  // ECDH-ES PartyUInfo / PartyVInfo, raw bytes; omitted when empty
};

Expected<std::string> encrypt_compact(std::string_view plaintext, const Jwk& recipient,
                                      const JweEncryptOptions& options);

struct JweDecryptOptions {
  std::vector<KeyManagementAlg> allowed_algs{};      // empty: every alg except RSA1_5
  std::vector<ContentEncryptionAlg> allowed_encs{};  // empty: every enc
  std::vector<std::string> understood_crit{};
  std::size_t max_length = 1u << 20;
};

struct Jwe {
  rapidjson::Document header;  // the protected header, parsed with json::parse
  std::string plaintext;
  KeyManagementAlg alg = KeyManagementAlg::dir;
  ContentEncryptionAlg enc = ContentEncryptionAlg::a128gcm;
  std::string kid, typ, cty;
  const Jwk* key = nullptr;  // the key that decrypted it (points into the Jwk/Jwks passed in)
};

Expected<Jwe> decrypt_compact(std::string_view compact, const Jwk& key,
                              const JweDecryptOptions& options = {});
// A kid in the header selects the keys with that kid; without one every suitable key is tried.
Expected<Jwe> decrypt_compact(std::string_view compact, const Jwks& keys,
                              const JweDecryptOptions& options = {});

}  // namespace idp::jose

#include "oidc/id_token_encryption.hpp"

#include "crypto/digest.hpp"
#include "jose/jwe.hpp"

namespace idp::oidc {
namespace {

using jose::KeyManagementAlg;

bool symmetric(KeyManagementAlg alg) {
  return alg == KeyManagementAlg::a128kw || alg == KeyManagementAlg::a192kw ||
         alg == KeyManagementAlg::a256kw || alg == KeyManagementAlg::dir;
}

std::size_t key_bytes(KeyManagementAlg alg, jose::ContentEncryptionAlg enc) {
  switch (alg) {
    case KeyManagementAlg::a128kw:
      return 16;
    case KeyManagementAlg::a192kw:
      return 24;
    case KeyManagementAlg::a256kw:
      return 32;
    default:
      return jose::cek_size(enc);  // dir: the content encryption key itself
  }
}

// OIDC Core §10.2: "a left truncated SHA-2 hash of the octets of the UTF-8 representation of the
// client_secret"; SHA-256 for keys up to 256 bits, SHA-384 up to 384, SHA-512 above.
std::string secret_key(const std::string& secret, std::size_t bytes) {
  std::string digest = bytes <= 32   ? crypto::sha256(secret)
                       : bytes <= 48 ? crypto::sha384(secret)
                                     : crypto::sha512(secret);
  return digest.substr(0, bytes);
}

const jose::Jwk* encryption_key(const jose::Jwks& keys, KeyManagementAlg alg) {
  const std::string_view name = jose::to_string(alg);
  for (const auto& key : keys.keys()) {
    if (key.use() == "sig") continue;
    if (!key.alg().empty() && key.alg() != name) continue;
    const bool rsa = name.starts_with("RSA");
    if (rsa ? key.kty() == jose::KeyType::rsa
            : key.kty() == jose::KeyType::ec || key.kty() == jose::KeyType::okp)
      return &key;
  }
  return nullptr;
}

}  // namespace

bool wants_encrypted_id_token(const domain::Client& client) {
  return client.id_token_encrypted_response_alg.has_value() &&
         !client.id_token_encrypted_response_alg->empty();
}

Expected<std::string> encrypt_id_token(const std::string& signed_id_token,
                                       const domain::Client& client,
                                       const ClientKeys& client_keys) {
  auto alg = jose::key_management_alg_from_string(*client.id_token_encrypted_response_alg);
  if (!alg)
    return fail("the client's id_token_encrypted_response_alg \"" +
                *client.id_token_encrypted_response_alg + "\" is not supported");
  // Registration §2: enc defaults to A128CBC-HS256 when only alg is registered.
  const std::string enc_name = client.id_token_encrypted_response_enc.value_or("A128CBC-HS256");
  auto enc = jose::content_encryption_alg_from_string(enc_name);
  if (!enc)
    return fail("the client's id_token_encrypted_response_enc \"" + enc_name +
                "\" is not supported");

  jose::JweEncryptOptions options;
  options.alg = *alg;
  options.enc = *enc;
  options.cty = "JWT";
  if (symmetric(*alg)) {
    if (!client.client_secret || client.client_secret->empty())
      return fail("symmetric ID token encryption needs a client_secret");
    jose::Jwk key(crypto::SymmetricKey{secret_key(*client.client_secret, key_bytes(*alg, *enc))});
    options.include_kid = false;
    return jose::encrypt_compact(signed_id_token, key, options);
  }
  auto keys = client_keys();
  if (!keys) return fail(keys.error());
  const jose::Jwk* key = encryption_key(*keys, *alg);
  if (!key)
    return fail("the client has no key to encrypt ID tokens with " + std::string(to_string(*alg)));
  return jose::encrypt_compact(signed_id_token, *key, options);
}

}  // namespace idp::oidc

#include "crypto/key_wrap.hpp"

#include <botan/pubkey.h>
#include <botan/rfc3394.h>
#include <botan/system_rng.h>

#include <exception>

#include "crypto/botan_keys.hpp"
#include "crypto/botan_util.hpp"
#include "crypto/random.hpp"

namespace idp::crypto {
namespace {

bool kek_size(std::size_t n) {
  return n == 16 || n == 24 || n == 32;
}

std::string oaep_padding(HashAlg hash) {
  return "OAEP(" + botan_hash_name(hash) + ")";
}

bool usable_rsa(const RsaKey& key, std::string_view data) {
  return !key.n.empty() && data.size() == (rsa_modulus_bits(key) + 7) / 8;
}

}  // namespace

Expected<std::string> aes_key_wrap(std::string_view kek, std::string_view key) {
  if (!kek_size(kek.size())) return fail("AES key wrap: KEK must be 16, 24 or 32 bytes");
  if (key.size() < 16 || key.size() % 8 != 0)
    return fail("AES key wrap: key must be a multiple of 8 bytes, at least 16");
  try {
    return to_string(
        Botan::rfc3394_keywrap(to_secure(key), Botan::SymmetricKey(as_bytes(kek), kek.size())));
  } catch (const std::exception&) {
    return fail("AES key wrap failed");
  }
}

Expected<std::string> aes_key_unwrap(std::string_view kek, std::string_view wrapped) {
  if (!kek_size(kek.size()) || wrapped.size() < 24 || wrapped.size() % 8 != 0)
    return fail("AES key unwrap failed");
  try {
    return to_string(Botan::rfc3394_keyunwrap(to_secure(wrapped),
                                              Botan::SymmetricKey(as_bytes(kek), kek.size())));
  } catch (const std::exception&) {
    return fail("AES key unwrap failed");
  }
}

Expected<std::string> rsa_oaep_encrypt(const RsaKey& key, HashAlg hash, std::string_view data) {
  try {
    auto pub = botan_public_key(key);
    Botan::PK_Encryptor_EME enc(*pub, Botan::system_rng(), oaep_padding(hash));
    return to_string(enc.encrypt(as_bytes(data), data.size(), Botan::system_rng()));
  } catch (const std::exception&) {
    return fail("RSA-OAEP encryption failed");
  }
}

Expected<std::string> rsa_oaep_decrypt(const RsaKey& key, HashAlg hash, std::string_view data) {
  if (!key.has_private() || !usable_rsa(key, data)) return fail("RSA-OAEP decryption failed");
  try {
    auto priv = botan_private_key(key);
    Botan::PK_Decryptor_EME dec(*priv, Botan::system_rng(), oaep_padding(hash));
    return to_string(dec.decrypt(as_bytes(data), data.size()));
  } catch (const std::exception&) {
    return fail("RSA-OAEP decryption failed");
  }
}

Expected<std::string> rsa_pkcs1v15_encrypt(const RsaKey& key, std::string_view data) {
  try {
    auto pub = botan_public_key(key);
    Botan::PK_Encryptor_EME enc(*pub, Botan::system_rng(), "PKCS1v15");
    return to_string(enc.encrypt(as_bytes(data), data.size(), Botan::system_rng()));
  } catch (const std::exception&) {
    return fail("RSA1_5 encryption failed");
  }
}

Expected<std::string> rsa_pkcs1v15_decrypt_or_random(const RsaKey& key, std::string_view data,
                                                     std::size_t size) {
  if (!key.has_private()) return fail("RSA1_5 decryption needs a private key");
  if (!usable_rsa(key, data)) return system_random().random_bytes(size);
  try {
    auto priv = botan_private_key(key);
    Botan::PK_Decryptor_EME dec(*priv, Botan::system_rng(), "PKCS1v15");
    return to_string(dec.decrypt_or_random(as_bytes(data), data.size(), size, Botan::system_rng()));
  } catch (const std::exception&) {
    // Botan throws for a ciphertext not below n, which anyone can see without the key.
    return system_random().random_bytes(size);
  }
}

}  // namespace idp::crypto

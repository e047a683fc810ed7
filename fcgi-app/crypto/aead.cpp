#include "crypto/aead.hpp"

#include <botan/aead.h>
#include <botan/cipher_mode.h>

#include <exception>

#include "crypto/botan_util.hpp"
#include "crypto/digest.hpp"

namespace idp::crypto {
namespace {

constexpr std::size_t k_gcm_iv = 12;
constexpr std::size_t k_gcm_tag = 16;
constexpr std::size_t k_cbc_iv = 16;

bool aes_key_size(std::size_t n) {
  return n == 16 || n == 24 || n == 32;
}

std::string aes_name(std::size_t key_size, std::string_view mode) {
  return "AES-" + std::to_string(key_size * 8) + "/" + std::string(mode);
}

const char* k_decrypt_failed = "decryption failed";

HashAlg cbc_hmac_hash(std::size_t key_size) {
  return key_size == 32 ? HashAlg::sha256 : key_size == 48 ? HashAlg::sha384 : HashAlg::sha512;
}

// RFC 7518 §5.2.2.1 step 4: M = HMAC(MAC_KEY, A || IV || E || AL), T = first half of M.
std::string cbc_hmac_tag(std::string_view mac_key, std::string_view iv, std::string_view aad,
                         std::string_view ciphertext) {
  std::string input;
  input.reserve(aad.size() + iv.size() + ciphertext.size() + 8);
  input.append(aad).append(iv).append(ciphertext);
  const std::uint64_t aad_bits = static_cast<std::uint64_t>(aad.size()) * 8;
  for (int shift = 56; shift >= 0; shift -= 8)
    input += static_cast<char>((aad_bits >> shift) & 0xff);
  std::string m = hmac(cbc_hmac_hash(mac_key.size() * 2), mac_key, input);
  return m.substr(0, mac_key.size());
}

}  // namespace

Expected<Sealed> aes_gcm_encrypt(std::string_view key, std::string_view iv, std::string_view aad,
                                 std::string_view plaintext) {
  if (!aes_key_size(key.size())) return fail("AES-GCM key must be 16, 24 or 32 bytes");
  if (iv.size() != k_gcm_iv) return fail("AES-GCM IV must be 12 bytes");
  try {
    auto mode = Botan::AEAD_Mode::create_or_throw(aes_name(key.size(), "GCM"), Botan::ENCRYPTION);
    mode->set_key(as_bytes(key), key.size());
    mode->set_associated_data(as_bytes(aad), aad.size());
    mode->start(as_bytes(iv), iv.size());
    Botan::secure_vector<std::uint8_t> buf = to_secure(plaintext);
    mode->finish(buf);
    std::string all = to_string(buf);
    return Sealed{all.substr(0, all.size() - k_gcm_tag), all.substr(all.size() - k_gcm_tag)};
  } catch (const std::exception&) {
    return fail("AES-GCM encryption failed");
  }
}

Expected<std::string> aes_gcm_decrypt(std::string_view key, std::string_view iv,
                                      std::string_view aad, std::string_view ciphertext,
                                      std::string_view tag) {
  if (!aes_key_size(key.size()) || iv.size() != k_gcm_iv || tag.size() != k_gcm_tag)
    return fail(k_decrypt_failed);
  try {
    auto mode = Botan::AEAD_Mode::create_or_throw(aes_name(key.size(), "GCM"), Botan::DECRYPTION);
    mode->set_key(as_bytes(key), key.size());
    mode->set_associated_data(as_bytes(aad), aad.size());
    mode->start(as_bytes(iv), iv.size());
    Botan::secure_vector<std::uint8_t> buf = to_secure(ciphertext);
    buf.insert(buf.end(), as_bytes(tag), as_bytes(tag) + tag.size());
    mode->finish(buf);  // throws Invalid_Authentication_Tag
    return to_string(buf);
  } catch (const std::exception&) {
    return fail(k_decrypt_failed);
  }
}

Expected<Sealed> aes_cbc_hmac_encrypt(std::string_view key, std::string_view iv,
                                      std::string_view aad, std::string_view plaintext) {
  if (key.size() != 32 && key.size() != 48 && key.size() != 64)
    return fail("AES-CBC-HMAC key must be 32, 48 or 64 bytes");
  if (iv.size() != k_cbc_iv) return fail("AES-CBC IV must be 16 bytes");
  const std::string_view mac_key = key.substr(0, key.size() / 2);
  const std::string_view enc_key = key.substr(key.size() / 2);
  try {
    auto mode = Botan::Cipher_Mode::create_or_throw(aes_name(enc_key.size(), "CBC/PKCS7"),
                                                    Botan::ENCRYPTION);
    mode->set_key(as_bytes(enc_key), enc_key.size());
    mode->start(as_bytes(iv), iv.size());
    Botan::secure_vector<std::uint8_t> buf = to_secure(plaintext);
    mode->finish(buf);
    std::string ciphertext = to_string(buf);
    std::string tag = cbc_hmac_tag(mac_key, iv, aad, ciphertext);
    return Sealed{std::move(ciphertext), std::move(tag)};
  } catch (const std::exception&) {
    return fail("AES-CBC-HMAC encryption failed");
  }
}

Expected<std::string> aes_cbc_hmac_decrypt(std::string_view key, std::string_view iv,
                                           std::string_view aad, std::string_view ciphertext,
                                           std::string_view tag) {
  if ((key.size() != 32 && key.size() != 48 && key.size() != 64) || iv.size() != k_cbc_iv ||
      tag.size() != key.size() / 2 || ciphertext.empty() || ciphertext.size() % 16 != 0)
    return fail(k_decrypt_failed);
  const std::string_view mac_key = key.substr(0, key.size() / 2);
  const std::string_view enc_key = key.substr(key.size() / 2);
  // RFC 7518 §5.2.2.2: authenticate before touching the padding (no padding oracle).
  if (!constant_time_equals(cbc_hmac_tag(mac_key, iv, aad, ciphertext), tag))
    return fail(k_decrypt_failed);
  try {
    auto mode = Botan::Cipher_Mode::create_or_throw(aes_name(enc_key.size(), "CBC/PKCS7"),
                                                    Botan::DECRYPTION);
    mode->set_key(as_bytes(enc_key), enc_key.size());
    mode->start(as_bytes(iv), iv.size());
    Botan::secure_vector<std::uint8_t> buf = to_secure(ciphertext);
    mode->finish(buf);
    return to_string(buf);
  } catch (const std::exception&) {
    return fail(k_decrypt_failed);
  }
}

}  // namespace idp::crypto

#pragma once
// Authenticated encryption for JWE content (RFC 7518 §5): AES-GCM and AES-CBC with HMAC-SHA2.
// Decryption fails with one message whatever went wrong, so it cannot serve as an oracle.
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::crypto {

struct Sealed {
  std::string ciphertext;
  std::string tag;
};

// key 16/24/32 bytes, iv 12 bytes, 16-byte tag.
Expected<Sealed> aes_gcm_encrypt(std::string_view key, std::string_view iv, std::string_view aad,
                                 std::string_view plaintext);
Expected<std::string> aes_gcm_decrypt(std::string_view key, std::string_view iv,
                                      std::string_view aad, std::string_view ciphertext,
                                      std::string_view tag);

// RFC 7518 §5.2: key = MAC_KEY || ENC_KEY of 32/48/64 bytes (SHA-256/384/512), iv 16 bytes, tag
// the first half of the HMAC output.
Expected<Sealed> aes_cbc_hmac_encrypt(std::string_view key, std::string_view iv,
                                      std::string_view aad, std::string_view plaintext);
Expected<std::string> aes_cbc_hmac_decrypt(std::string_view key, std::string_view iv,
                                           std::string_view aad, std::string_view ciphertext,
                                           std::string_view tag);

}  // namespace idp::crypto

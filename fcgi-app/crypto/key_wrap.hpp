#pragma once
// Encrypting a content-encryption key for a recipient (RFC 7518 §4): AES Key Wrap and RSA.
#include <cstddef>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "crypto/digest.hpp"
#include "crypto/key_material.hpp"

namespace idp::crypto {

// RFC 3394; kek 16/24/32 bytes, key a multiple of 8 bytes (at least 16).
Expected<std::string> aes_key_wrap(std::string_view kek, std::string_view key);
Expected<std::string> aes_key_unwrap(std::string_view kek, std::string_view wrapped);

// RSAES-OAEP with MGF1 using the same hash: SHA-1 for "RSA-OAEP", SHA-256 for "RSA-OAEP-256".
Expected<std::string> rsa_oaep_encrypt(const RsaKey& key, HashAlg hash, std::string_view data);
Expected<std::string> rsa_oaep_decrypt(const RsaKey& key, HashAlg hash, std::string_view data);

// RSAES-PKCS1-v1_5 encryption for RSA1_5: only to a client that registered it for what it
// receives (OIDC Core id_token_encrypted_response_alg); RFC 8725 §3.2 advises against it.
Expected<std::string> rsa_pkcs1v15_encrypt(const RsaKey& key, std::string_view data);

// RSAES-PKCS1-v1_5 decryption for RSA1_5 (RFC 7516 §11.5): on any failure it returns random bytes
// of `size` instead of an error, in constant time, so the failure only shows later as a bad tag.
Expected<std::string> rsa_pkcs1v15_decrypt_or_random(const RsaKey& key, std::string_view data,
                                                     std::size_t size);

}  // namespace idp::crypto

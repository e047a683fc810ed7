#pragma once
// Hashes, HMAC and constant-time comparison. Byte strings are std::string holding raw bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace idp::crypto {

enum class HashAlg { sha1, sha256, sha384, sha512 };

std::size_t digest_size(HashAlg alg);
std::string digest(HashAlg alg, std::string_view data);
std::string sha256(std::string_view data);
std::string sha384(std::string_view data);
std::string sha512(std::string_view data);

std::string hmac(HashAlg alg, std::string_view key, std::string_view data);

// Time depends only on the lengths, never on where the inputs differ.
bool constant_time_equals(std::string_view a, std::string_view b);

}  // namespace idp::crypto

#pragma once
// Internal to crypto/: conversions between our byte strings and Botan types. Not for other folders
// (DESIGN.md: only crypto/ includes Botan headers).
#include <botan/bigint.h>
#include <botan/secmem.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "crypto/digest.hpp"

namespace idp::crypto {

inline const std::uint8_t* as_bytes(std::string_view s) {
  return reinterpret_cast<const std::uint8_t*>(s.data());
}

template <class Alloc>
std::string to_string(const std::vector<std::uint8_t, Alloc>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size());
}

inline Botan::secure_vector<std::uint8_t> to_secure(std::string_view s) {
  return Botan::secure_vector<std::uint8_t>(as_bytes(s), as_bytes(s) + s.size());
}

inline std::vector<std::uint8_t> to_vector(std::string_view s) {
  return std::vector<std::uint8_t>(as_bytes(s), as_bytes(s) + s.size());
}

inline Botan::BigInt to_bigint(std::string_view big_endian) {
  return Botan::BigInt(as_bytes(big_endian), big_endian.size());
}

// Big-endian, without leading zeros, or left-padded with zeros to `width` bytes.
std::string from_bigint(const Botan::BigInt& n, std::size_t width = 0);

std::string botan_hash_name(HashAlg alg);

}  // namespace idp::crypto

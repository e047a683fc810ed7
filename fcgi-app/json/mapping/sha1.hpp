#pragma once
// SHA-1 (FIPS 180-4) for name-based UUIDs (uuid5, RFC 4122 §4.3), which are defined with it. Not
// for anything security-relevant; the json library does not link the crypto backends.
#include <array>
#include <cstdint>
#include <string_view>

namespace idp::json::mapping {

std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace idp::json::mapping

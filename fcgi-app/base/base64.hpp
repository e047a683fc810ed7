#pragma once
// RFC 4648 base64 (§4) and base64url (§5). Decoders are strict: they refuse characters outside
// the alphabet, bad lengths and non-zero trailing bits, so one value has exactly one encoding.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace idp::base64 {

using Bytes = std::vector<std::uint8_t>;

std::string encode(std::string_view data);      // padded
std::string encode_url(std::string_view data);  // unpadded (JOSE)
std::string encode_url(const Bytes& data);
std::optional<std::string> decode(std::string_view text);      // padding required
std::optional<std::string> decode_url(std::string_view text);  // no padding allowed
std::optional<Bytes> decode_url_bytes(std::string_view text);

}  // namespace idp::base64

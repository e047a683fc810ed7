#include "base/base64.hpp"

#include <array>

namespace idp::base64 {
namespace {

constexpr std::string_view k_std =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view k_url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string encode_with(std::string_view data, std::string_view alphabet, bool pad) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  std::size_t i = 0;
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(data[k]); };
  for (; i + 3 <= data.size(); i += 3) {
    std::uint32_t n = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += alphabet[(n >> 6) & 63];
    out += alphabet[n & 63];
  }
  std::size_t rest = data.size() - i;
  if (rest == 1) {
    std::uint32_t n = byte(i) << 16;
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    if (pad) out += "==";
  } else if (rest == 2) {
    std::uint32_t n = (byte(i) << 16) | (byte(i + 1) << 8);
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += alphabet[(n >> 6) & 63];
    if (pad) out += '=';
  }
  return out;
}

std::array<std::int8_t, 256> table_of(std::string_view alphabet) {
  std::array<std::int8_t, 256> t{};
  t.fill(-1);
  for (std::size_t i = 0; i < alphabet.size(); ++i)
    t[static_cast<std::uint8_t>(alphabet[i])] = static_cast<std::int8_t>(i);
  return t;
}

std::optional<std::string> decode_with(std::string_view text, const std::array<std::int8_t, 256>& t,
                                       bool padded) {
  if (padded) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::size_t pads = 0;
    while (pads < 2 && !text.empty() && text.back() == '=') {
      text.remove_suffix(1);
      ++pads;
    }
  }
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = t[static_cast<std::uint8_t>(c)];
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  if ((acc & ((1u << bits) - 1)) != 0) return std::nullopt;  // non-canonical trailing bits
  return out;
}

const std::array<std::int8_t, 256> k_std_table = table_of(k_std);
const std::array<std::int8_t, 256> k_url_table = table_of(k_url);

}  // namespace

std::string encode(std::string_view data) {
  return encode_with(data, k_std, true);
}
std::string encode_url(std::string_view data) {
  return encode_with(data, k_url, false);
}
std::string encode_url(const Bytes& data) {
  return encode_url(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}
std::optional<std::string> decode(std::string_view text) {
  return decode_with(text, k_std_table, true);
}
std::optional<std::string> decode_url(std::string_view text) {
  return decode_with(text, k_url_table, false);
}
std::optional<Bytes> decode_url_bytes(std::string_view text) {
  auto s = decode_url(text);
  if (!s) return std::nullopt;
  return Bytes(s->begin(), s->end());
}

}  // namespace idp::base64

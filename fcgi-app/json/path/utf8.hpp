#pragma once
// UTF-8 for the query lexer, length(), the I-Regexp matcher and the mapping functions. Strict (RFC
// 3629 §4): overlong forms, surrogates and code points beyond U+10FFFF are malformed.
#include <cstddef>
#include <string>
#include <string_view>

namespace idp::json::path::utf8 {

inline constexpr char32_t k_replacement = 0xFFFD;

struct Decoded {
  char32_t code_point;
  bool valid;
};

// Decodes the code point at s[i] (i < s.size()) and moves i past it; a malformed sequence decodes
// as U+FFFD with valid == false and moves i one byte on.
inline Decoded next(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return {lead, true};
  }
  std::size_t length = 0;
  char32_t cp = 0;
  unsigned char low = 0x80, high = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
  }
  if (length == 0 || i + length > s.size() || byte(i + 1) < low || byte(i + 1) > high) {
    ++i;
    return {k_replacement, false};
  }
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return {k_replacement, false};
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += length;
  return {cp, true};
}

// Number of code points (a malformed byte counts as one).
inline std::size_t count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next(s, i);
  return n;
}

// Offset of the first malformed byte, or s.size() when `s` is valid UTF-8.
inline std::size_t first_invalid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (!next(s, i).valid) return at;
  }
  return s.size();
}

// Appends `cp` as UTF-8; a surrogate or a value beyond U+10FFFF is written as U+FFFD, so the
// output is always valid.
inline void append(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = k_replacement;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace idp::json::path::utf8

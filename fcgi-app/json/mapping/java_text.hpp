#pragma once
// Java's String, Character and number-text behaviour, for the mapping functions that must give
// the answers idp-server (Java) gives: lengths and indices count UTF-16 code units, case mapping
// follows String.toUpperCase/toLowerCase, digits are any Unicode decimal digit where
// Integer.parseInt accepts them, and doubles print as Double.toString does.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace idp::json::mapping::java {

// UTF-8 ⇄ UTF-16 / code points. A malformed UTF-8 byte decodes to U+FFFD; a lone surrogate
// encodes to U+FFFD, so the output is always valid UTF-8.
std::u16string to_utf16(std::string_view utf8);
std::string to_utf8(std::u16string_view utf16);
std::u32string to_utf32(std::string_view utf8);
void append_utf8(std::string& out, char32_t code_point);
std::size_t utf16_length(std::string_view utf8);  // String.length()

bool is_whitespace(char32_t c);           // Character.isWhitespace
std::string_view trim(std::string_view);  // String.trim(): strips code units <= U+0020
int digit(char32_t c);                    // Character.digit(c, 10), -1 if not a digit

char32_t to_upper_char(char32_t c);  // Character.toUpperCase (simple mapping)
char32_t to_lower_char(char32_t c);  // Character.toLowerCase
// String.toUpperCase / toLowerCase: full mappings ("ß" → "SS"), final sigma, and the dotted and
// dotless i of Turkish and Azerbaijani when `turkic` (Locale "tr" / "az").
std::string to_upper(std::string_view s, bool turkic = false);
std::string to_lower(std::string_view s, bool turkic = false);
// Whether a locale tag ("tr", "az-Latn-AZ", "tr_TR") names Turkish or Azerbaijani, whose I and i
// case differently.
bool is_turkic(std::string_view locale);
// String.equalsIgnoreCase: code unit by code unit, upper then lower case.
bool equals_ignore_case(std::u16string_view a, std::u16string_view b);

// Integer.parseInt / Long.parseLong (radix 10): an optional sign, then at least one decimal digit
// of any script, nothing else; nullopt when malformed or outside [min, max].
std::optional<std::int64_t> parse_integer(std::string_view s, std::int64_t min, std::int64_t max);
// Double.parseDouble: surrounding code units <= U+0020 are ignored; decimal or hexadecimal
// notation, NaN, Infinity, and an optional f/F/d/D suffix.
std::optional<double> parse_double(std::string_view s);
// Boolean.parseBoolean: "true" in any case.
bool parse_boolean(std::string_view s);

std::string double_to_string(double d);  // Double.toString: "1.0", "1.0E10", "1.0E-5"

}  // namespace idp::json::mapping::java

#include "json/mapping/java_text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#include "json/mapping/unicode_tables.hpp"
#include "json/path/utf8.hpp"

namespace idp::json::mapping::java {
namespace {

// Decodes one code point at s[i]; a malformed sequence yields U+FFFD and consumes one byte.
char32_t decode(std::string_view s, std::size_t& i) {
  return path::utf8::next(s, i).code_point;
}

const unicode::CaseRange* find_range(const unicode::CaseRange* ranges, std::size_t n, char32_t c) {
  const unicode::CaseRange* end = ranges + n;
  const unicode::CaseRange* it = std::upper_bound(
      ranges, end, c, [](char32_t v, const unicode::CaseRange& r) { return v < r.first; });
  if (it == ranges) return nullptr;
  --it;
  if (c > it->last || (c - it->first) % it->stride != 0) return nullptr;
  return it;
}

const char* find_special(const unicode::CaseSpecial* table, std::size_t n, char32_t c) {
  const unicode::CaseSpecial* end = table + n;
  const unicode::CaseSpecial* it = std::lower_bound(
      table, end, c, [](const unicode::CaseSpecial& e, char32_t v) { return e.code_point < v; });
  return it != end && it->code_point == c ? it->utf8 : nullptr;
}

bool is_cased(char32_t c) {
  return to_upper_char(c) != c || to_lower_char(c) != c;
}

// Characters a final sigma looks past (a rough Case_Ignorable: apostrophes, periods, combining
// marks).
bool is_case_ignorable(char32_t c) {
  return c == U'\'' || c == U'.' || c == U':' || c == 0xAD || c == 0xB7 || c == 0x2018 ||
         c == 0x2019 || c == 0x2024 || c == 0x2027 || (c >= 0x300 && c <= 0x36F);
}

// Unicode's Final_Sigma condition for the sigma at u[i].
bool final_sigma(const std::u32string& u, std::size_t i) {
  std::size_t j = i;
  bool before = false;
  while (j > 0) {
    char32_t c = u[--j];
    if (is_case_ignorable(c)) continue;
    before = is_cased(c);
    break;
  }
  if (!before) return false;
  for (std::size_t k = i + 1; k < u.size(); ++k) {
    if (is_case_ignorable(u[k])) continue;
    return !is_cased(u[k]);
  }
  return true;
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::u32string to_utf32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) out += decode(utf8, i);
  return out;
}

std::u16string to_utf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    char32_t cp = decode(utf8, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  path::utf8::append(out, cp);
}

std::string to_utf8(std::u16string_view utf16) {
  std::string out;
  out.reserve(utf16.size());
  for (std::size_t i = 0; i < utf16.size(); ++i) {
    char32_t c = utf16[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    }
    append_utf8(out, c);
  }
  return out;
}

std::size_t utf16_length(std::string_view utf8) {
  std::size_t n = 0, i = 0;
  while (i < utf8.size()) n += decode(utf8, i) >= 0x10000 ? 2 : 1;
  return n;
}

bool is_whitespace(char32_t c) {
  // SPACE_SEPARATOR, LINE_SEPARATOR and PARAGRAPH_SEPARATOR except the no-break spaces, and the
  // ASCII controls \t \n \v \f \r and U+001C..U+001F.
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x205F || c == 0x3000;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  return s.substr(b, e - b);
}

int digit(char32_t c) {
  const char32_t* zeros = unicode::k_digit_zeros;
  const char32_t* end = zeros + unicode::k_digit_zeros_size;
  const char32_t* it = std::upper_bound(zeros, end, c);
  if (it == zeros) return -1;
  char32_t zero = *(it - 1);
  return c - zero < 10 ? static_cast<int>(c - zero) : -1;
}

char32_t to_upper_char(char32_t c) {
  const unicode::CaseRange* r =
      find_range(unicode::k_upper_ranges, unicode::k_upper_ranges_size, c);
  return r ? static_cast<char32_t>(static_cast<std::int64_t>(c) + r->delta) : c;
}

char32_t to_lower_char(char32_t c) {
  const unicode::CaseRange* r =
      find_range(unicode::k_lower_ranges, unicode::k_lower_ranges_size, c);
  return r ? static_cast<char32_t>(static_cast<std::int64_t>(c) + r->delta) : c;
}

std::string to_upper(std::string_view s, bool turkic) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = decode(s, i);
    if (turkic && c == U'i') {
      append_utf8(out, 0x130);
    } else if (const char* special =
                   find_special(unicode::k_upper_special, unicode::k_upper_special_size, c)) {
      out += special;
    } else {
      append_utf8(out, to_upper_char(c));
    }
  }
  return out;
}

std::string to_lower(std::string_view s, bool turkic) {
  std::u32string u = to_utf32(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (turkic && c == U'I') {
      append_utf8(out, 0x131);
    } else if (turkic && c == 0x130) {
      out += 'i';
    } else if (c == 0x3A3) {
      append_utf8(out, final_sigma(u, i) ? 0x3C2 : 0x3C3);
    } else if (const char* special =
                   find_special(unicode::k_lower_special, unicode::k_lower_special_size, c)) {
      out += special;
    } else {
      append_utf8(out, to_lower_char(c));
    }
  }
  return out;
}

bool is_turkic(std::string_view locale) {
  std::string lang = to_lower(locale.substr(0, locale.find_first_of("-_")));
  return lang == "tr" || lang == "az";
}

bool equals_ignore_case(std::u16string_view a, std::u16string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char32_t x = a[i], y = b[i];
    if (x == y) continue;
    char32_t ux = to_upper_char(x), uy = to_upper_char(y);
    if (ux == uy || to_lower_char(ux) == to_lower_char(uy)) continue;
    return false;
  }
  return true;
}

std::optional<std::int64_t> parse_integer(std::string_view s, std::int64_t min, std::int64_t max) {
  std::u16string u = to_utf16(s);
  std::size_t i = 0;
  bool negative = false;
  if (i < u.size() && (u[i] == u'-' || u[i] == u'+')) negative = u[i++] == u'-';
  if (i == u.size()) return std::nullopt;
  // The magnitude allowed: min and max are assumed to straddle zero.
  const std::uint64_t limit =
      negative ? static_cast<std::uint64_t>(-(min + 1)) + 1 : static_cast<std::uint64_t>(max);
  std::uint64_t value = 0;
  for (; i < u.size(); ++i) {
    int d = (u[i] >= 0xD800 && u[i] <= 0xDFFF) ? -1 : digit(u[i]);
    if (d < 0) return std::nullopt;
    if (value > (limit - static_cast<std::uint64_t>(d)) / 10) return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(d);
  }
  if (!negative) return static_cast<std::int64_t>(value);
  return value == 0 ? 0 : -static_cast<std::int64_t>(value - 1) - 1;
}

std::optional<double> parse_double(std::string_view text) {
  std::string_view s = trim(text);
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string_view rest = s.substr(i);
  if (rest == "NaN") return std::numeric_limits<double>::quiet_NaN();
  if (rest == "Infinity")
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
  if (!rest.empty() &&
      (rest.back() == 'f' || rest.back() == 'F' || rest.back() == 'd' || rest.back() == 'D'))
    rest.remove_suffix(1);
  bool hex = rest.size() > 1 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X');
  std::size_t j = hex ? 2 : 0;
  std::size_t digits = 0;
  auto is_digit = [&](char c) {
    return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : is_ascii_digit(c);
  };
  while (j < rest.size() && is_digit(rest[j])) ++j, ++digits;
  if (j < rest.size() && rest[j] == '.') {
    ++j;
    while (j < rest.size() && is_digit(rest[j])) ++j, ++digits;
  }
  if (digits == 0) return std::nullopt;
  std::size_t mantissa_end = j;
  bool has_exponent = j < rest.size() && (hex ? (rest[j] == 'p' || rest[j] == 'P')
                                              : (rest[j] == 'e' || rest[j] == 'E'));
  if (hex && !has_exponent) return std::nullopt;  // Java requires the binary exponent
  long exponent = 0;
  if (has_exponent) {
    ++j;
    bool exp_negative = false;
    if (j < rest.size() && (rest[j] == '+' || rest[j] == '-')) exp_negative = rest[j++] == '-';
    std::size_t start = j;
    while (j < rest.size() && is_ascii_digit(rest[j])) {
      if (exponent < 100000000) exponent = exponent * 10 + (rest[j] - '0');
      ++j;
    }
    if (j == start) return std::nullopt;
    if (exp_negative) exponent = -exponent;
  }
  if (j != rest.size()) return std::nullopt;
  std::string body(rest.substr(hex ? 2 : 0));
  double value = 0;
  auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), value,
                                   hex ? std::chars_format::hex : std::chars_format::general);
  if (ec == std::errc::result_out_of_range) {
    // Too large becomes infinity, too small zero, as in Java.
    bool zero_mantissa = std::all_of(rest.begin(), rest.begin() + mantissa_end, [](char c) {
      return c == '0' || c == '.' || c == 'x' || c == 'X';
    });
    value = zero_mantissa || exponent < 0 ? 0.0 : std::numeric_limits<double>::infinity();
  } else if (ec != std::errc() || ptr != body.data() + body.size()) {
    return std::nullopt;
  }
  return negative ? -value : value;
}

bool parse_boolean(std::string_view s) {
  return s.size() == 4 && std::tolower(static_cast<unsigned char>(s[0])) == 't' &&
         std::tolower(static_cast<unsigned char>(s[1])) == 'r' &&
         std::tolower(static_cast<unsigned char>(s[2])) == 'u' &&
         std::tolower(static_cast<unsigned char>(s[3])) == 'e';
}

std::string double_to_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  // The shortest digits that read back as d, in scientific form "d.ddde±x".
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(end - buf));
  std::string out;
  if (sci.front() == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  std::size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exponent = std::stoi(std::string(sci.substr(e + 1)));
  if (exponent >= -3 && exponent < 7) {
    // Plain notation with at least one digit after the point.
    if (exponent < 0) {
      out += "0.";
      out.append(static_cast<std::size_t>(-exponent - 1), '0');
      out += digits;
    } else {
      std::size_t int_digits = static_cast<std::size_t>(exponent) + 1;
      if (digits.size() <= int_digits) {
        out += digits;
        out.append(int_digits - digits.size(), '0');
        out += ".0";
      } else {
        out += digits.substr(0, int_digits);
        out += '.';
        out += digits.substr(int_digits);
      }
    }
    return out;
  }
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

}  // namespace idp::json::mapping::java

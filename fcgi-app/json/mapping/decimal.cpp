#include "json/mapping/decimal.hpp"

#include "json/mapping/java_text.hpp"
#include "json/mapping/java_value.hpp"

namespace idp::json::mapping {
namespace {

// BigDecimal's scale is an int; larger exponents are refused (NumberFormatException).
constexpr std::int64_t k_max_exponent = 1000000000;

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  std::u16string s = java::to_utf16(text);
  std::size_t i = 0;
  Decimal d;
  if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) d.m_negative = s[i++] == u'-';
  std::string digits;
  std::int64_t fraction_digits = 0;
  bool point = false, any = false;
  for (; i < s.size(); ++i) {
    char16_t c = s[i];
    if (c == u'.') {
      if (point) return std::nullopt;
      point = true;
      continue;
    }
    int v = (c >= 0xD800 && c <= 0xDFFF) ? -1 : java::digit(c);
    if (v < 0) break;
    any = true;
    if (digits.size() > 100000) return std::nullopt;  // a config or vendor text, not a bignum
    digits += static_cast<char>('0' + v);
    if (point) ++fraction_digits;
  }
  if (!any) return std::nullopt;
  std::int64_t exponent = 0;
  if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
    ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) negative = s[i++] == u'-';
    std::size_t start = i;
    for (; i < s.size(); ++i) {
      int v = (s[i] >= 0xD800 && s[i] <= 0xDFFF) ? -1 : java::digit(s[i]);
      if (v < 0) break;
      exponent = exponent * 10 + v;
      if (exponent > k_max_exponent) return std::nullopt;
    }
    if (i == start) return std::nullopt;
    if (negative) exponent = -exponent;
  }
  if (i != s.size()) return std::nullopt;
  // Normalize: no leading zeros, trailing zeros moved into the exponent.
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    d.m_digits.clear();
    d.m_exponent = 0;
    d.m_negative = false;
    return d;
  }
  std::size_t last = digits.find_last_not_of('0');
  d.m_digits = digits.substr(first, last - first + 1);
  d.m_exponent = exponent - fraction_digits + static_cast<std::int64_t>(digits.size() - 1 - last);
  return d;
}

std::optional<Decimal> Decimal::of(const rapidjson::Value& v) {
  if (v.IsNumber()) return parse(java_string(v));  // "NaN"/"Infinity" do not parse, as in Java
  if (v.IsString()) return parse(std::string_view(v.GetString(), v.GetStringLength()));
  return std::nullopt;
}

int compare(const Decimal& a, const Decimal& b) {
  int sa = a.m_digits.empty() ? 0 : a.m_negative ? -1 : 1;
  int sb = b.m_digits.empty() ? 0 : b.m_negative ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  // Magnitudes: the position of the leading digit first, then the digits.
  std::int64_t ta = static_cast<std::int64_t>(a.m_digits.size()) + a.m_exponent;
  std::int64_t tb = static_cast<std::int64_t>(b.m_digits.size()) + b.m_exponent;
  int magnitude = 0;
  if (ta != tb) {
    magnitude = ta < tb ? -1 : 1;
  } else {
    std::size_t n = std::max(a.m_digits.size(), b.m_digits.size());
    for (std::size_t i = 0; i < n && magnitude == 0; ++i) {
      char da = i < a.m_digits.size() ? a.m_digits[i] : '0';
      char db = i < b.m_digits.size() ? b.m_digits[i] : '0';
      if (da != db) magnitude = da < db ? -1 : 1;
    }
  }
  return sa > 0 ? magnitude : -magnitude;
}

}  // namespace idp::json::mapping

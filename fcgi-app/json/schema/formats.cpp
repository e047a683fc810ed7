#include "json/schema/formats.hpp"

#include <array>
#include <cstddef>

#include "base/civil_time.hpp"
#include "json/schema/ecma_regex.hpp"
#include "json/schema/json_pointer.hpp"
#include "json/schema/uri.hpp"

namespace idp::json::schema {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// `n` digits at `pos`, as a number; -1 when they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// RFC 3339 §5.6 partial-time "HH:MM:SS[.frac]" at the start of `s`; `used` is its length,
// `minutes` the minutes since midnight and `leap` whether the second is 60.
bool partial_time(std::string_view s, std::size_t& used, int& minutes, bool& leap) {
  if (s.size() < 8 || s[2] != ':' || s[5] != ':') return false;
  int hour = digits(s, 0, 2), minute = digits(s, 3, 2), second = digits(s, 6, 2);
  // Second 60 is a leap second (RFC 3339 §5.7).
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  minutes = hour * 60 + minute;
  leap = second == 60;
  used = 8;
  if (used < s.size() && s[used] == '.') {
    std::size_t start = ++used;
    while (used < s.size() && is_digit(s[used])) ++used;
    if (used == start) return false;
  }
  return true;
}

// RFC 3339 §5.6 time-offset: "Z" or "+HH:MM" / "-HH:MM", the whole of `s`; `minutes` is the
// offset from UTC.
bool time_offset(std::string_view s, int& minutes) {
  minutes = 0;
  if (s.size() == 1) return s[0] == 'Z' || s[0] == 'z';
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return false;
  int hour = digits(s, 1, 2), minute = digits(s, 4, 2);
  minutes = (s[0] == '-' ? -1 : 1) * (hour * 60 + minute);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

bool full_time(std::string_view s) {
  std::size_t used = 0;
  int minutes = 0, offset = 0;
  bool leap = false;
  if (!partial_time(s, used, minutes, leap) || !time_offset(s.substr(used), offset)) return false;
  // RFC 3339 §5.7: a leap second is the last second of a UTC day, 23:59:60Z.
  return !leap || ((minutes - offset) % 1440 + 1440) % 1440 == 23 * 60 + 59;
}

bool is_atext(char c) {
  // RFC 5322 §3.2.3
  if (is_alpha(c) || is_digit(c)) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_dot_string(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.') {
      if (s[i + 1] == '.') return false;
    } else if (!is_atext(s[i])) {
      return false;
    }
  }
  return true;
}

// RFC 5321 §4.1.2 Quoted-string, the quotes included.
bool is_quoted_string(std::string_view s) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\\') {
      if (i + 2 >= s.size()) return false;
      unsigned char next = static_cast<unsigned char>(s[++i]);
      if (next < 32 || next > 126) return false;
    } else if (c < 32 || c > 126 || c == '"') {
      return false;
    }
  }
  return true;
}

bool is_regex(std::string_view s) {
  return EcmaRegex::compile(s).ok();
}

constexpr std::array k_formats{
    Format{"date", is_date, "date (RFC 3339 full-date, YYYY-MM-DD)"},
    Format{"date-time", is_date_time, "date-time (RFC 3339, e.g. 2025-01-31T09:30:00Z)"},
    Format{"time", is_time, "time (RFC 3339 full-time, e.g. 09:30:00Z)"},
    Format{"email", is_email, "email address"},
    Format{"hostname", is_hostname, "hostname (RFC 1123)"},
    Format{"ipv4", is_ipv4, "IPv4 address"},
    Format{"ipv6", is_ipv6, "IPv6 address"},
    Format{"uri", is_uri, "absolute URI (RFC 3986)"},
    Format{"uri-reference", is_uri_reference, "URI reference (RFC 3986)"},
    Format{"uuid", is_uuid, "UUID (RFC 4122, 8-4-4-4-12 hexadecimal digits)"},
    Format{"json-pointer", is_json_pointer, "JSON Pointer (RFC 6901)"},
    Format{"regex", is_regex, "regular expression"},
};

}  // namespace

const Format* find_format(std::string_view name) {
  for (const auto& format : k_formats)
    if (format.name == name) return &format;
  return nullptr;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return static_cast<unsigned>(day) <= civil::days_in_month(year, static_cast<unsigned>(month));
}

bool is_date_time(std::string_view s) {
  if (s.size() < 11 || (s[10] != 'T' && s[10] != 't')) return false;
  return is_date(s.substr(0, 10)) && full_time(s.substr(11));
}

bool is_time(std::string_view s) {
  return full_time(s);
}

bool is_email(std::string_view s) {
  std::size_t at = s.rfind('@');
  if (at == std::string_view::npos || at == 0) return false;
  std::string_view local = s.substr(0, at);
  std::string_view domain = s.substr(at + 1);
  // RFC 5321 §4.5.3.1.1: 64 octets of local part.
  if (local.size() > 64) return false;
  if (!is_dot_string(local) && !is_quoted_string(local)) return false;
  if (domain.size() > 2 && domain.front() == '[' && domain.back() == ']') {
    std::string_view literal = domain.substr(1, domain.size() - 2);
    if (literal.starts_with("IPv6:")) return is_ipv6(literal.substr(5));
    return is_ipv4(literal);
  }
  return is_hostname(domain);
}

bool is_hostname(std::string_view s) {
  if (s.empty() || s.size() > 253) return false;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('.', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view label = s.substr(start, end - start);
    if (label.empty() || label.size() > 63) return false;
    if (label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!is_alpha(c) && !is_digit(c) && c != '-') return false;
    start = end + 1;
  }
  return true;
}

bool is_ipv4(std::string_view s) {
  int parts = 0;
  std::size_t pos = 0;
  while (true) {
    std::size_t start = pos;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
    std::size_t len = pos - start;
    // Leading zeros are refused: some parsers read them as octal.
    if (len == 0 || len > 3 || (len > 1 && s[start] == '0')) return false;
    if (digits(s, start, len) > 255) return false;
    ++parts;
    if (pos == s.size()) break;
    if (s[pos] != '.' || parts == 4) return false;
    ++pos;
  }
  return parts == 4;
}

bool is_ipv6(std::string_view s) {
  // Up to eight 16-bit groups, one "::" standing for one or more zero groups, and an optional
  // dotted-quad IPv4 address in place of the last two groups (RFC 4291 §2.2).
  if (s.empty() || s.size() > 45) return false;
  int groups = 0;
  bool compressed = false;
  std::size_t pos = 0;
  if (s.starts_with("::")) {
    compressed = true;
    pos = 2;
    if (pos == s.size()) return true;
  } else if (s[0] == ':') {
    return false;
  }
  while (pos < s.size()) {
    std::size_t start = pos;
    while (pos < s.size() && is_hex(s[pos])) ++pos;
    std::size_t len = pos - start;
    if (pos < s.size() && s[pos] == '.') {
      // The embedded IPv4 address ends the address.
      if (!is_ipv4(s.substr(start))) return false;
      groups += 2;
      pos = s.size();
      break;
    }
    if (len == 0 || len > 4) return false;
    ++groups;
    if (pos == s.size()) break;
    if (s[pos] != ':') return false;
    ++pos;
    if (pos < s.size() && s[pos] == ':') {
      if (compressed) return false;
      compressed = true;
      ++pos;
    } else if (pos == s.size()) {
      return false;  // a single trailing ":"
    }
  }
  return compressed ? groups <= 7 : groups == 8;
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !is_hex(s[i])) return false;
  }
  return true;
}

}  // namespace idp::json::schema

#include "oidc/verified_claims_time.hpp"

#include <cstddef>

#include "base/civil_time.hpp"

namespace idp::oidc {
namespace {

// Reads exactly `n` digits at `pos`; advances it.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += n;
  return value;
}

bool accept(std::string_view s, std::size_t& pos, char c) {
  if (pos < s.size() && s[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

// The offset of a time zone designator in seconds east of UTC ("" and "Z": 0).
std::optional<std::int64_t> zone_offset(std::string_view s, std::size_t& pos) {
  if (pos == s.size() || accept(s, pos, 'Z')) return 0;
  int sign = 0;
  if (accept(s, pos, '+'))
    sign = 1;
  else if (accept(s, pos, '-'))
    sign = -1;
  else
    return std::nullopt;
  auto hours = digits(s, pos, 2);
  if (!hours || *hours > 23) return std::nullopt;
  int minutes = 0;
  if (pos < s.size()) {
    accept(s, pos, ':');
    auto m = digits(s, pos, 2);
    if (!m || *m > 59) return std::nullopt;
    minutes = *m;
  }
  return sign * (*hours * 3600 + minutes * 60);
}

}  // namespace

std::optional<std::int64_t> last_valid_second(std::string_view s) {
  std::size_t pos = 0;
  auto year = digits(s, pos, 4);
  if (!year || !accept(s, pos, '-')) return std::nullopt;
  auto month = digits(s, pos, 2);
  if (!month || *month < 1 || *month > 12 || !accept(s, pos, '-')) return std::nullopt;
  auto day = digits(s, pos, 2);
  if (!day || *day < 1 ||
      *day > static_cast<int>(civil::days_in_month(*year, static_cast<unsigned>(*month))))
    return std::nullopt;
  const std::int64_t midnight =
      civil::days_from_civil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)) *
      86400;
  if (pos == s.size()) return midnight + 86399;  // a date: its last second
  if (!accept(s, pos, 'T')) return std::nullopt;

  auto hour = digits(s, pos, 2);
  if (!hour || *hour > 23) return std::nullopt;
  // Each omitted component widens the value to the last second it still covers.
  int minute = 59, second = 59;
  if (accept(s, pos, ':')) {
    auto m = digits(s, pos, 2);
    if (!m || *m > 59) return std::nullopt;
    minute = *m;
    if (accept(s, pos, ':')) {
      auto sec = digits(s, pos, 2);
      if (!sec || *sec > 60) return std::nullopt;
      second = *sec == 60 ? 59 : *sec;  // a leap second counts as the one before it
      if (accept(s, pos, '.') || accept(s, pos, ',')) {
        std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
        if (pos == start) return std::nullopt;
      }
    }
  }
  auto offset = zone_offset(s, pos);
  if (!offset || pos != s.size()) return std::nullopt;
  return midnight + *hour * 3600 + minute * 60 + second - *offset;
}

}  // namespace idp::oidc

#include "oidc/verified_claims_time.hpp"

#include <cstddef>

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

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : k_days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
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
  if (!day || *day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  const std::int64_t midnight = days_from_civil(*year, *month, *day) * 86400;
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

#include "base/time_text.hpp"

#include <cstdio>
#include <ctime>

namespace idp {

std::string utc_timestamp(std::int64_t unix_ms, bool zone_designator) {
  std::int64_t seconds = unix_ms / 1000;
  int millis = static_cast<int>(unix_ms % 1000);
  if (millis < 0) {  // before 1970: the division rounded towards zero
    millis += 1000;
    --seconds;
  }
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis,
                zone_designator ? "Z" : "");
  return buffer;
}

}  // namespace idp

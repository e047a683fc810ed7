#pragma once
// The java.time values the mapping functions produce and read: LocalDateTime (the datetime
// conversion), LocalDate (the date function) and ZonedDateTime (now), with their toString() and
// the JSON that idp-server's Jackson (WRITE_DATES_AS_TIMESTAMPS) writes for them.
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json/mapping/java_value.hpp"

namespace idp::json::mapping::jtime {

struct LocalDateTime {
  std::int64_t year = 1970;
  unsigned month = 1, day = 1;
  unsigned hour = 0, minute = 0, second = 0;
  std::uint32_t nano = 0;
};

struct ZonedDateTime {
  LocalDateTime local;
  std::int64_t epoch_second = 0;
  std::int32_t offset = 0;      // seconds east of UTC
  std::string zone_id;          // ZoneId.getId()
  bool zone_is_offset = false;  // a ZoneOffset: toString() omits "[zone]"
  std::string zone_abbreviation;
};

// LocalDateTimeParser.parse of idp-server: ISO "2025-07-06T11:51:20.797165171" when the text
// contains "T", else "yyyy-MM-dd HH:mm:ss[.f…]" with the fraction cut or padded to six digits.
std::optional<LocalDateTime> parse_local_date_time(std::string_view text);

// The date function's notations after NFKC and trim: uuuu-M-d, uuuu/M/d, uuuu.M.d, uuuuMMdd and
// uuuu年M月d日, resolved strictly (no 1990-02-30).
std::optional<LocalDateTime> parse_date_notation(std::string_view text);

std::string to_string(const LocalDateTime& t);  // "2025-07-06T11:51:20.797165171"
std::string to_string(const ZonedDateTime& t);  // "2025-01-15T10:30+09:00[Asia/Tokyo]"
std::string year_text(std::int64_t year);       // ISO year: "2025", "+10000", "-0001"

// Items as a rule's functions pass them on.
Item local_date_time_item(const LocalDateTime& t,
                          Allocator& a);  // JSON [2025,7,6,11,51,20,797165171]
Item zoned_date_time_item(const ZonedDateTime& t, Allocator& a);  // JSON 1736904600.123456

}  // namespace idp::json::mapping::jtime

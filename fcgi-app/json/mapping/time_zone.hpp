#pragma once
// Time zones as java.time.ZoneId.of reads their names: "Z" and "+09:00" (ZoneOffset), "UTC",
// "GMT", "UT" and those followed by an offset, and region names of the tz database
// ("Asia/Tokyo"), whose rules come from the TZif files (RFC 8536) in /usr/share/zoneinfo.
//
// libstdc++ 12 has no std::chrono::zoned_time and setenv("TZ") is not thread-safe, so the files
// are read here; a zone is read once and then shared (a process-wide cache).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace idp::json::mapping {

class TimeZone {
 public:
  // ZoneId.of(id); the error says why the name is not a zone.
  static Expected<std::shared_ptr<const TimeZone>> find(std::string_view id);

  struct Offset {
    std::int32_t seconds = 0;  // east of UTC
    std::string abbreviation;  // "JST", "EDT"
  };
  Offset offset_at(std::int64_t epoch_seconds) const;

  // ZoneId.getId(): "Asia/Tokyo", "UTC", "GMT+09:00", "+09:00", "Z".
  const std::string& id() const { return m_id; }
  // A ZoneOffset rather than a region: ZonedDateTime.toString() then omits "[id]".
  bool is_offset() const { return m_is_offset; }

  // ZoneOffset.of syntax ("+9", "+09", "+0930", "+09:30", "+093015", "+09:30:15"), in seconds.
  static Expected<std::int32_t> parse_offset(std::string_view text);
  // ZoneOffset.getId(): "Z", "+09:00", "-03:30:15".
  static std::string offset_id(std::int32_t seconds);

  struct Rule;        // the POSIX TZ string of a TZif footer
  struct Transition;  // one change of offset

 private:
  std::string m_id;
  bool m_is_offset = false;
  std::int32_t m_fixed = 0;  // when there are no types
  std::vector<std::int64_t> m_times;
  std::vector<std::uint8_t> m_type_of;  // per transition
  std::vector<Offset> m_types;
  std::shared_ptr<const Rule> m_rule;  // after the last transition

  static Expected<std::shared_ptr<const TimeZone>> read_region(const std::string& id);
  Status parse_tzif(std::string_view data);
};

}  // namespace idp::json::mapping

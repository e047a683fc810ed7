#pragma once
// Times as text.
#include <cstdint>
#include <string>

namespace idp {

// Unix milliseconds as ISO 8601 in UTC with milliseconds: "2025-06-01T10:00:00.123Z", or without
// the zone designator ("2025-06-01T10:00:00.123", as idp-server writes a Java LocalDateTime).
std::string utc_timestamp(std::int64_t unix_ms, bool zone_designator = true);

}  // namespace idp

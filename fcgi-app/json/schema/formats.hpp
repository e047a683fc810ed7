#pragma once
// The "format" values this validator asserts (draft-07 validation §7.3). A format not listed here
// (idp-server's "jwks", "idn-email", "iri", …) is an annotation and never fails.
#include <string_view>

namespace idp::json::schema {

struct Format {
  std::string_view name;
  bool (*matches)(std::string_view value);
  // Completes "is not a valid …" in messages.
  std::string_view description;
};

// nullptr when `name` is not asserted.
const Format* find_format(std::string_view name);

bool is_date(std::string_view s);       // RFC 3339 §5.6 full-date
bool is_date_time(std::string_view s);  // RFC 3339 §5.6 date-time
bool is_time(std::string_view s);       // RFC 3339 §5.6 full-time
bool is_email(std::string_view s);      // RFC 5321 §4.1.2 Mailbox (ASCII)
bool is_hostname(std::string_view s);   // RFC 1123 §2.1
bool is_ipv4(std::string_view s);       // RFC 2673 §3.2 dotted-quad
bool is_ipv6(std::string_view s);       // RFC 4291 §2.2
bool is_uuid(std::string_view s);       // RFC 4122 §3

}  // namespace idp::json::schema

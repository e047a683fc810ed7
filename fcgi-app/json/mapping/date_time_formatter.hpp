#pragma once
// java.time.format.DateTimeFormatter.ofPattern for formatting, in English (the default locale of
// idp-server's container): the patterns of the `now` and `date` functions
// ("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssXXX", "uuuu/MM/dd").
//
// Supported letters: G u y D M L d Q q E a h K k H m s S A n N V z O X x Z, quoted text ('…' and
// ''), optional sections [ ]. The week-based and localized-week letters (Y w W e c F), the day
// periods (B), modified Julian day (g), zone names in full (zzzz, v) and padding (p) are refused
// when the pattern is compiled.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "json/mapping/java_time.hpp"

namespace idp::json::mapping::jtime {

class DateTimeFormatter {
 public:
  // The error reads like Java's IllegalArgumentException ("Unknown pattern letter: b").
  static Expected<DateTimeFormatter> compile(std::string_view pattern);

  // A date and time in a zone.
  std::string format(const ZonedDateTime& t) const;
  // A LocalDate: fails as Java does when the pattern needs a time or a zone outside an optional
  // section ("Unsupported field: HourOfDay").
  Expected<std::string> format_date(const LocalDateTime& date) const;
  // Whether format_date can fail: the pattern asks for a time or zone outside optional sections.
  bool needs_time() const;

  struct Element;

 private:
  std::shared_ptr<const std::vector<Element>> m_elements;
};

}  // namespace idp::json::mapping::jtime

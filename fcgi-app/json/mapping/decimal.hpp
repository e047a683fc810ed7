#pragma once
// Exact decimal comparison for the gt/gte/lt/lte conditions, which idp-server evaluates with
// BigDecimal: a number compares by the decimal text Java prints for it (Double.toString: 0.1 is
// 0.1, not its binary expansion), a string by new BigDecimal(text) ("18", "1.8e1", "+18.0").
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace idp::json::mapping {

class Decimal {
 public:
  // new BigDecimal(text): [+-] digits [. digits] [e|E [+-] digits], any script's digits.
  static std::optional<Decimal> parse(std::string_view text);
  // A JSON number as new BigDecimal(number.toString()); a string as parse(); nothing else.
  static std::optional<Decimal> of(const rapidjson::Value& v);

  // BigDecimal.compareTo: -1, 0 or 1, scale ignored (2.0 equals 2).
  friend int compare(const Decimal& a, const Decimal& b);

 private:
  bool m_negative = false;
  std::string m_digits;         // significant digits, no leading or trailing zeros; "" for zero
  std::int64_t m_exponent = 0;  // value = digits × 10^exponent
};

}  // namespace idp::json::mapping

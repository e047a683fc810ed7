#pragma once
// The operations of one condition, as idp-server's ConditionOperationEvaluator defines them,
// applied to what the condition's path reads (JsonPathWrapper.readRaw: a value, null, or the list
// of an indefinite path) and the configured value:
//   eq, ne        Objects.equals: same type and value (1 is not 1.0 and not "1")
//   gt gte lt lte BigDecimal comparison of numbers and numeric strings; false for null or
//                 anything that is not a number ("abc", true, lists)
//   in, nin       whether the value list holds the target (a non-list value: false for both)
//   exists        the path reads something other than null (an indefinite path always does)
//   missing       the path reads null or nothing
//   contains      the target list holds the value, or the target string contains it
//   regex         the target string matches the pattern as a whole (Pattern.matches; see
//                 java_regex.hpp; a text longer than 1000 characters does not match)
// Names are matched without regard to case ("EXISTS").
#include <rapidjson/document.h>

#include <memory>
#include <string_view>

#include "base/expected.hpp"
#include "json/mapping/java_regex.hpp"
#include "json/mapping/json_path.hpp"

namespace idp::json::mapping {

struct Operation;

// A compiled leaf: operation and value (the path is the caller's).
class LeafTest {
 public:
  // The error names what is wrong with the operation or its value.
  static Expected<LeafTest> compile(std::string_view operation, const rapidjson::Value* value);
  bool test(const Selection& target) const;

 private:
  const Operation* m_op = nullptr;
  std::shared_ptr<const rapidjson::Document> m_value;  // null when not configured
  std::shared_ptr<const JavaRegex> m_regex;
};

}  // namespace idp::json::mapping

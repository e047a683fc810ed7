#pragma once
// Builds the output of a rule set from "to" keys and values, as idp-server's ObjectCompositor
// does after MappingRuleObjectMapper collected them: each key is split at dots, a segment of
// digits is an array index (the array is padded with null up to it), any other segment an object
// member, and containers are created on the way. Keys are composed in the order they were first
// written; writing a key again replaces its value (a LinkedHashMap).
//
// Where idp-server would throw (an index into an object, a member of a string), the key is not
// written and the problem is reported; a null on the way is replaced by the container needed.
// An object written earlier is entered by a longer key ("address" then "address.extra"), as Java
// enters the Map it holds.
#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/expected.hpp"
#include "json/mapping/function.hpp"

namespace idp::json::mapping {

struct TargetSegment {
  std::string name;
  long index = -1;  // >= 0 for a segment of digits
};

// "verification.evidence.0.type" → segments; String.split("\\.") semantics (trailing empty
// segments are dropped), bounded by the limits.
Expected<std::vector<TargetSegment>> parse_target(std::string_view to, const Limits& limits);

class ObjectCompositor {
 public:
  ObjectCompositor();
  ~ObjectCompositor();
  ObjectCompositor(const ObjectCompositor&) = delete;
  ObjectCompositor& operator=(const ObjectCompositor&) = delete;

  // flatMap.put(key, value)
  void put(std::string_view key, rapidjson::Value value);

  // Composes every key into a new object, appending a message to `errors` (when given) for each
  // key that could not be written.
  Expected<rapidjson::Value> composite(CallContext& ctx, std::vector<std::string>* errors);

  struct Node;

 private:
  std::vector<std::pair<std::string, rapidjson::Value>> m_entries;
  std::unordered_map<std::string, std::size_t> m_index;
};

}  // namespace idp::json::mapping

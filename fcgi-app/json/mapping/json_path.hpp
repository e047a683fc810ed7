#pragma once
// JSONPath as idp-server's JsonPathWrapper.readRaw (Jayway JsonPath) answers it: a definite path
// (names and indices only) gives its value, or null when it leads nowhere; any other path gives
// the list of what it selects, empty when nothing. Queries are RFC 9535 (json/path/query.hpp).
#include <rapidjson/document.h>

#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "json/mapping/function.hpp"
#include "json/path/query.hpp"

namespace idp::json::mapping {

// Query::compile of the path as idp-server (Jayway JsonPath) reads it: member names with dashes
// in dot notation ("$.password-authentication.success_count") and ".[0]" are accepted. The error
// is prefixed by the path.
Expected<path::Query> compile_path(std::string_view text);
std::string jayway_to_rfc9535(std::string_view text);

// The same, shared through a process-wide cache: for paths met only while applying (the field
// paths of reshape, which may arrive through map's arguments).
Expected<path::Query> cached_path(std::string_view text);

// readRaw's answer, without copying: the single value (nullptr for null), or the list.
struct Selection {
  bool is_list = false;
  const rapidjson::Value* single = nullptr;
  std::vector<const rapidjson::Value*> list;

  bool is_null() const { return !is_list && (single == nullptr || single->IsNull()); }
};
Selection read_raw(const path::Query& query, const rapidjson::Value& root);

// The selection as a value in the call's allocator (charged to its budget).
Expected<rapidjson::Value> materialize(const Selection& s, CallContext& ctx);

}  // namespace idp::json::mapping

#pragma once
// One entry of a `functions` array ({"name": …, "args": {…}}): checked when the configuration is
// compiled, and called with its arguments bound to the data. As in idp-server's
// MappingRuleObjectMapper.resolveArgs, an argument that is a string starting with "$." is read
// from the data with that JSONPath (null when it leads nowhere); so is such a string directly
// inside a list argument (concat's "values"). Nothing deeper is resolved: map's function_args
// and reshape's fields are passed as configured.
#include <rapidjson/document.h>

#include <cstddef>
#include <string>

#include "base/expected.hpp"
#include "json/mapping/function.hpp"

namespace idp::json::mapping {

struct FunctionSpec {
  const FunctionDef* def = nullptr;
  const rapidjson::Value* args = nullptr;  // an object, or nullptr when there are none
};

// Reads {"name", "args"}; the error names the problem without a position (the caller adds it).
Expected<FunctionSpec> read_function_spec(const rapidjson::Value& spec);

// Compile-time check: the "$." paths compile and the function accepts the other arguments.
Status check_call(const FunctionSpec& spec, std::size_t depth);

// Applies the function to `input`, its "$." arguments read from `root`.
Expected<Item> call(const FunctionSpec& spec, Item input, const rapidjson::Value& root,
                    CallContext& ctx);

// Whether a configured value is a "$." path.
bool is_path_text(const rapidjson::Value& v);

}  // namespace idp::json::mapping

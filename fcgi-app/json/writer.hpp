#pragma once
// Serialising RapidJSON values. Documents reach here only through json::parse (depth-limited) or
// our own builders, so RapidJSON's recursive Writer cannot be driven past the stack.
#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace idp::json {

std::string write(const rapidjson::Value& value);
std::string write_pretty(const rapidjson::Value& value);

// A JSON string literal (with quotes) for `s`.
std::string quote(std::string_view s);

// Copies `s` into `doc`'s allocator.
inline rapidjson::Value string_value(std::string_view s, rapidjson::Document::AllocatorType& a) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), a);
}

}  // namespace idp::json

#pragma once
// The one entry point for JSON that comes from outside the process (request bodies, JWT headers
// and claims, configuration files, vendor answers). RapidJSON 1.1 alone accepts duplicate member
// names and lone low surrogates and has no depth limit; this reader refuses all three.
#include <rapidjson/document.h>

#include <cstddef>
#include <string_view>

#include "base/expected.hpp"

namespace idp::json {

struct Limits {
  std::size_t max_depth = 64;        // nesting of arrays and objects
  std::size_t max_bytes = 4u << 20;  // whole document
};

// Parses `text` as one JSON value (trailing data refused). On failure the message says what is
// wrong and where (byte offset), without echoing the input.
Expected<rapidjson::Document> parse(std::string_view text, const Limits& limits = {});

// Same, but the root must be an object.
Expected<rapidjson::Document> parse_object(std::string_view text, const Limits& limits = {});

// The text of a string value (which may hold NUL characters), without copying.
inline std::string_view view(const rapidjson::Value& s) {
  return {s.GetString(), s.GetStringLength()};
}

}  // namespace idp::json

#pragma once
// JSON Pointer (RFC 6901): the instance locations of violations, and the fragments of "$ref".
#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace idp::json::schema {

// One reference token, escaped: "~" becomes "~0" and "/" becomes "~1" (RFC 6901 §3).
std::string escape_pointer_token(std::string_view token);

// RFC 6901 §3 syntax: "" or a sequence of "/" tokens, each "~" followed by "0" or "1".
bool is_json_pointer(std::string_view pointer);

// The value `pointer` designates within `root` (RFC 6901 §4), or nullptr when the pointer is
// malformed or leads nowhere. Array indexes are decimal without leading zeros.
const rapidjson::Value* resolve_pointer(const rapidjson::Value& root, std::string_view pointer);

}  // namespace idp::json::schema

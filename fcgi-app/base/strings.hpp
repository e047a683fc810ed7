#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace idp {

// RFC 4122 textual form, lower or upper case hex: 8-4-4-4-12.
bool is_uuid(std::string_view s);
std::string to_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);
// The values with `separator` between them ("openid profile").
std::string join(const std::vector<std::string>& values, std::string_view separator = " ");
// The pieces of `text` between `separator`s, empty pieces included ("a,,b" → a, "", b).
std::vector<std::string> split(std::string_view text, char separator);
// Whether `value` is one of `values` (scopes, grant types, …).
bool contains(const std::vector<std::string>& values, std::string_view value);

}  // namespace idp

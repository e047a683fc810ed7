#pragma once
// UTF-8 validation for text that arrives percent-encoded or raw from a client.
#include <cstddef>
#include <optional>
#include <string_view>

namespace idp::http {

// True when `s` is well-formed UTF-8 (RFC 3629 §4): no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s);

// Offset of the first byte that starts an ill-formed sequence, or nullopt when `s` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

}  // namespace idp::http

#pragma once
// Violations in idp-server's management error shape (HTTP 400):
//   {"error": "invalid_request", "error_description": "…",
//    "error_messages": ["client_name must be at most 255 characters",
//                       "redirect_uris[2] is not a valid absolute URI (RFC 3986)"]}
// idp-server names a field by its dotted path ("address.postal_code is missing"); so do we, with
// "[i]" for array items and "request body" for the document itself.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/schema/schema.hpp"

namespace idp::json::schema {

// "/address/postal_code" → "address.postal_code", "/redirect_uris/2" → "redirect_uris[2]",
// "" → "request body". A token of digits reads as an array index.
std::string field_name(std::string_view instance_location);

// "<field> <message>" for each violation, in order.
std::vector<std::string> error_messages(const std::vector<Violation>& violations);

// The whole 400 body. idp-server adds "dry_run" to the answers of management requests that
// carry the dry_run parameter.
std::string management_error_body(const std::vector<Violation>& violations,
                                  std::string_view error_description,
                                  std::optional<bool> dry_run = std::nullopt);

}  // namespace idp::json::schema

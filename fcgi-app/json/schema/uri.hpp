#pragma once
// URI references (RFC 3986): resolving "$id" and "$ref" against a base URI (§5.2), and the
// syntax checks behind the "uri" and "uri-reference" formats.
#include <optional>
#include <string>
#include <string_view>

namespace idp::json::schema {

// The five components of a URI reference, split as RFC 3986 Appendix B does (any string splits).
struct UriParts {
  std::optional<std::string> scheme;
  std::optional<std::string> authority;
  std::string path;
  std::optional<std::string> query;
  std::optional<std::string> fragment;
};

UriParts split_uri(std::string_view reference);
std::string join_uri(const UriParts& parts);

// The target URI of `reference` resolved against `base` (RFC 3986 §5.2.2, non-strict). An empty
// base leaves a relative reference relative, with its dot segments removed.
std::string resolve_uri(std::string_view base, std::string_view reference);

// RFC 3986 §3 "URI" (a scheme is required) and §4.1 "URI-reference".
bool is_uri(std::string_view text);
bool is_uri_reference(std::string_view text);

// "%XX" sequences decoded; nullopt when one is malformed.
std::optional<std::string> percent_decode(std::string_view text);

}  // namespace idp::json::schema

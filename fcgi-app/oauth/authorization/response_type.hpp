#pragma once
// The response_type parameter (RFC 6749 §3.1.1) as a set of values: OAuth 2.0 Multiple Response
// Type Encoding Practices §3 makes "code id_token" and "id_token code" the same response type, so
// requests, server metadata and client registrations are compared as sets, never as strings.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace idp::oauth {

struct ResponseType {
  bool code = false;
  bool token = false;
  bool id_token = false;
  bool vp_token = false;  // OpenID4VP
  bool none = false;      // Multiple Response Types §4: nothing is returned but state

  // "code", "id_token token", "none" …: the values in a fixed order (code, id_token, token,
  // vp_token), so equal sets give equal strings.
  std::string canonical() const;
  // Something besides an authorization code comes back from the authorization endpoint, so the
  // response may not use the query (Multiple Response Types §5).
  bool returns_tokens() const { return token || id_token || vp_token; }
  // Multiple Response Types §2.1 and §3: query for "code" and "none", fragment for every type that
  // returns a token.
  std::string_view default_response_mode() const { return returns_tokens() ? "fragment" : "query"; }
  bool operator==(const ResponseType&) const = default;
};

// Space-delimited values, each at most once, from {code, token, id_token, vp_token, none}, with
// "none" only on its own. Nothing for an empty or otherwise malformed value.
std::optional<ResponseType> parse_response_type(std::string_view text);

// Whether `wanted` is one of `listed` (server response_types_supported or a client's
// response_types), each entry compared as a set. Entries that do not parse never match.
bool contains_response_type(const std::vector<std::string>& listed, const ResponseType& wanted);

}  // namespace idp::oauth

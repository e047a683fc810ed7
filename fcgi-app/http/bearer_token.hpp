#pragma once
// Access tokens in the Authorization header: "Bearer" (RFC 6750 §2.1) and "DPoP" (RFC 9449 §7.1)
// share the b64token / token68 syntax. Error messages never contain the token.
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace idp::http {

// credentials = scheme 1*SP b64token, scheme case-insensitive,
// b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
// Errors read "Authorization header is not a valid <scheme> token: <what>".
Expected<std::string> parse_token_credentials(std::string_view authorization,
                                              std::string_view scheme);

inline Expected<std::string> parse_bearer_token(std::string_view authorization) {
  return parse_token_credentials(authorization, "Bearer");
}
inline Expected<std::string> parse_dpop_token(std::string_view authorization) {
  return parse_token_credentials(authorization, "DPoP");
}

// The b64token syntax alone (also for form-encoded access_token parameters, RFC 6750 §2.2).
bool is_b64token(std::string_view token);

}  // namespace idp::http

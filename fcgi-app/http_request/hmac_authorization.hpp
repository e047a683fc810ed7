#pragma once
// auth_type "hmac_sha256": the vendor authenticates the call by an HMAC-SHA256 over chosen parts
// of the request. The string to sign is the values of `signing_fields` in their order, joined by
// "\n": method (upper case), path (of the URL as sent), timestamp (ISO 8601 UTC) and body (as
// sent, "" when there is none). The signature is base64url without padding and goes into
// the Authorization header through `signature_format` ("HmacSHA256={signature}").
//
// idp-server sends neither the timestamp nor the API key, so a vendor cannot check the signature
// unless it guesses the time; this server also sends them, as X-Timestamp and X-Api-Key, and
// signs the path it actually calls (idp-server signs the configured one, placeholders included).
#include <string>
#include <string_view>

#include "http_request/http_request_config.hpp"

namespace idp::http_request {

struct SignedParts {
  std::string_view method;
  std::string_view path;
  std::string_view timestamp;
  std::string_view body;
};

std::string string_to_sign(const HmacAuthentication& hmac, const SignedParts& parts);

// The Authorization header value.
std::string hmac_authorization(const HmacAuthentication& hmac, const SignedParts& parts);

}  // namespace idp::http_request

#pragma once
// HTTP Basic credentials (RFC 7617) in the Authorization header, read strictly: scheme "Basic"
// (case-insensitive), exactly one space, padded base64 (RFC 4648 §4, canonical), split at the
// first ':'. Error messages never contain the credentials.
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "http/request.hpp"

namespace idp::http {

// RFC 7617 user-id and password as sent (the admin API's API key and secret).
struct BasicCredentials {
  std::string user_id;
  std::string password;
};

// client_secret_basic: RFC 6749 §2.3.1 has the client form-urlencode its id and secret before
// Basic encoding, so a client_id "a:b" travels as "a%3Ab" and we decode it back.
struct ClientSecretBasic {
  std::string client_id;
  std::string client_secret;
};

// True when the header value uses the scheme `scheme` (compared case-insensitively), whatever the
// credentials look like: lets client authentication pick a method before parsing.
bool has_auth_scheme(std::string_view authorization, std::string_view scheme);

// Errors read "Authorization header is not valid Basic credentials: <what>". The user-id must be
// non-empty; neither part may hold control characters (RFC 7617 §2) or invalid UTF-8.
Expected<BasicCredentials> parse_basic_credentials(std::string_view authorization);

// parse_basic_credentials, then RFC 6749 §2.3.1 form-url-decoding of both parts ('+' is a space,
// strict %XX); client_id and client_secret must be non-empty.
Expected<ClientSecretBasic> parse_client_secret_basic(std::string_view authorization);

}  // namespace idp::http

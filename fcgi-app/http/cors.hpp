#pragma once
// Per-tenant CORS (Fetch standard §3.2, "CORS protocol"), from the tenant's cors_config.
//
// An origin is allowed when it equals (scheme, host, port) one of allow_origins, or when
// allow_origins holds "*". Both sides are normalised first (lower-case scheme and host, default
// port dropped, a trailing '/' of a configured origin ignored), so "https://A.example:443" in the
// configuration allows the browser's "https://a.example". The opaque origin "null" is never
// allowed by name, and never echoed.
//
// Access-Control-Allow-Origin is the request's Origin, echoed, except for "*" without credentials
// where it is "*"; with allow_credentials a wildcard is never sent (the Fetch standard refuses
// "*" together with credentials), also for Allow-Headers and Allow-Methods: a "*" there is
// answered with the requested headers or method instead.
//
// A disallowed origin gets no CORS headers; a preflight from it is answered 403.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

struct CorsPolicy {
  std::vector<std::string> allow_origins = {};  // "*" = any origin
  std::string allow_headers = {};               // comma-separated, sent as configured; "*" = any
  std::string allow_methods = {};               // comma-separated, sent as configured; "*" = any
  bool allow_credentials = false;
  std::optional<int> max_age = {};  // seconds; Access-Control-Max-Age of preflight answers
  std::string expose_headers = {};  // Access-Control-Expose-Headers of actual answers (none: empty)
};

// "scheme://host[:port]" in lower case without a default port (https 443, http 80), or nullopt
// when `origin` is not a tuple origin of that shape (no path, query, user info or spaces).
std::optional<std::string> normalize_origin(std::string_view origin);

// True for OPTIONS with Origin and Access-Control-Request-Method.
bool is_preflight(const Request& request);

// Whether `origin` (the raw Origin header value) may make CORS requests under `policy`.
bool is_origin_allowed(const CorsPolicy& policy, std::string_view origin);

// The answer to a preflight: 204 with the Access-Control-Allow-* headers for an allowed origin,
// 403 with an error body and no CORS headers otherwise. Both carry
// `Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers`.
Response preflight_response(const CorsPolicy& policy, const Request& request);

// Adds Access-Control-Allow-Origin (+ -Allow-Credentials, -Expose-Headers) to the answer to an
// actual request from an allowed origin, and `Vary: Origin` whenever the answer depends on the
// Origin. Does nothing without an Origin header.
void apply_cors(const CorsPolicy& policy, const Request& request, Response& response);

// Appends each of the comma-separated `fields` to the Vary header unless it is listed already.
void add_vary(Response& response, std::string_view fields);

}  // namespace idp::http

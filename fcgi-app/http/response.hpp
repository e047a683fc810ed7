#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"

namespace idp::http {

// Who may cache an answer; apply_security_headers (http/security_headers.hpp) turns it into
// Cache-Control.
enum class Caching {
  unspecified,  // no-store, unless the handler set Cache-Control itself
  no_store,     // token-bearing (RFC 6749 §5.1): always no-store + Pragma: no-cache
  cacheable,    // "public, max-age=<cache_max_age>": discovery, JWKS
};

struct Response {
  int status = 200;
  std::vector<Header> headers;  // names as sent
  std::string body;
  Caching caching = Caching::unspecified;
  int cache_max_age = 0;  // seconds, for Caching::cacheable

  // The answer carries tokens, codes or other credentials: never stored by any cache.
  Response& mark_token_bearing();
  // The answer is the same for everyone and may be cached for `max_age_seconds`.
  Response& mark_cacheable(int max_age_seconds);

  // Replaces any header of the same name (case-insensitive).
  void set_header(std::string_view name, std::string_view value);
  void add_header(std::string_view name, std::string_view value);
  std::optional<std::string_view> header(std::string_view name) const;

  static Response json(int status, std::string body);
  // {"error": code, "error_description": description} (RFC 6749 §5.2 shape).
  static Response error(int status, std::string_view code, std::string_view description);
  static Response redirect(int status, std::string_view location);
};

std::string_view reason_phrase(int status);

}  // namespace idp::http

#pragma once
// Cookie request header (RFC 6265 §4.2) and Set-Cookie response header (RFC 6265 §4.1, plus the
// SameSite attribute of RFC 6265bis).
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

using Cookies = std::map<std::string, std::string, std::less<>>;

// cookie-string = cookie-pair *( ";" SP cookie-pair ). Whitespace around pairs is tolerated. A
// pair whose name is not a token or whose value has characters outside cookie-octet is skipped
// (another application on the same site may have set it; it must not break sign-in). Surrounding
// DQUOTEs of a value are removed. When a name repeats, the first wins: user agents send the cookie
// with the longest path first (RFC 6265 §5.4).
Cookies parse_cookie_header(std::string_view header_value);
// All Cookie headers of the request (HTTP/2 may split them).
Cookies request_cookies(const Request& request);

enum class SameSite { none, lax, strict };

// "None" | "Lax" | "Strict", case-insensitive (tenant session_config.cookie_same_site).
std::optional<SameSite> parse_same_site(std::string_view text);
std::string_view to_string(SameSite same_site);

struct SetCookie {
  std::string name = {};
  std::string value = {};
  std::string path = {};                     // omitted when empty
  std::string domain = {};                   // omitted when empty (host-only cookie)
  std::optional<std::int64_t> max_age = {};  // seconds
  std::optional<std::chrono::system_clock::time_point> expires = {};  // IMF-fixdate
  bool secure = true;
  bool http_only = true;
  std::optional<SameSite> same_site = {};

  // A cookie that tells the user agent to delete `name` (Max-Age=0 and an Expires in the past);
  // path and domain must be those the cookie was set with.
  static SetCookie removal(std::string name, std::string path = "/", std::string domain = "");
};

// The Set-Cookie header value. Fails when the name is not a token, the value has characters
// outside cookie-octet, path or domain have ';' or control characters, a Max-Age is negative, or
// SameSite=None is asked without Secure (user agents drop such cookies).
Expected<std::string> to_header_value(const SetCookie& cookie);
// Adds the Set-Cookie header to `response`.
Status add_set_cookie(Response& response, const SetCookie& cookie);

// IMF-fixdate (RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
std::string http_date(std::chrono::system_clock::time_point time);

}  // namespace idp::http

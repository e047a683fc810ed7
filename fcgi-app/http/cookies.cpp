#include "http/cookies.hpp"

#include <array>
#include <cstdio>

#include "base/strings.hpp"

namespace idp::http {
namespace {

// RFC 9110 §5.6.2 tchar.
bool is_tchar(char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_tchar(c)) return false;
  return true;
}

// RFC 6265 §4.1.1 cookie-octet: US-ASCII minus CTLs, whitespace, DQUOTE, comma, semicolon and
// backslash.
bool is_cookie_octet(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u <= 0x2B) || (u >= 0x2D && u <= 0x3A) ||
         (u >= 0x3C && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

bool all_cookie_octets(std::string_view s) {
  for (char c : s)
    if (!is_cookie_octet(c)) return false;
  return true;
}

// Path and Domain attribute values: any CHAR except CTLs or ';' (RFC 6265 §4.1.1 av-octet).
bool is_attribute_value(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F || c == ';') return false;
  }
  return true;
}

std::optional<std::string_view> cookie_value(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  if (!all_cookie_octets(v)) return std::nullopt;
  return v;
}

void parse_into(std::string_view header, Cookies& out) {
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t semi = header.find(';', start);
    if (semi == std::string_view::npos) semi = header.size();
    const std::string_view pair = trim(header.substr(start, semi - start));
    start = semi + 1;
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = trim(pair.substr(0, eq));
    const auto value = cookie_value(trim(pair.substr(eq + 1)));
    if (!is_token(name) || !value) continue;
    out.emplace(std::string(name), std::string(*value));  // keeps the first
  }
}

struct SameSiteName {
  SameSite value;
  std::string_view name;
};
constexpr std::array<SameSiteName, 3> k_same_site = {{
    {SameSite::none, "None"},
    {SameSite::lax, "Lax"},
    {SameSite::strict, "Strict"},
}};

}  // namespace

Cookies parse_cookie_header(std::string_view header_value) {
  Cookies out;
  parse_into(header_value, out);
  return out;
}

Cookies request_cookies(const Request& request) {
  Cookies out;
  for (const auto& [name, value] : request.headers)
    if (iequals(name, "cookie")) parse_into(value, out);
  return out;
}

std::optional<SameSite> parse_same_site(std::string_view text) {
  for (const auto& entry : k_same_site)
    if (iequals(entry.name, text)) return entry.value;
  return std::nullopt;
}

std::string_view to_string(SameSite same_site) {
  for (const auto& entry : k_same_site)
    if (entry.value == same_site) return entry.name;
  return "Lax";
}

SetCookie SetCookie::removal(std::string name, std::string path, std::string domain) {
  SetCookie c;
  c.name = std::move(name);
  c.path = std::move(path);
  c.domain = std::move(domain);
  c.max_age = 0;
  c.expires = std::chrono::system_clock::time_point{};  // 1970-01-01
  return c;
}

std::string http_date(std::chrono::system_clock::time_point time) {
  using namespace std::chrono;
  static constexpr std::array<const char*, 7> k_days = {"Sun", "Mon", "Tue", "Wed",
                                                        "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> k_months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto secs = floor<seconds>(time);
  const auto day = floor<days>(secs);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{secs - day};
  const weekday wd{day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02d:%02d:%02d GMT", k_days[wd.c_encoding()],
                static_cast<unsigned>(ymd.day()), k_months[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buf;
}

Expected<std::string> to_header_value(const SetCookie& c) {
  if (!is_token(c.name)) return fail("cookie name is empty or not an RFC 9110 token");
  if (!all_cookie_octets(c.value))
    return fail("value of cookie \"" + c.name + "\" has characters outside RFC 6265 cookie-octet");
  if (!is_attribute_value(c.path)) return fail("cookie Path has ';' or control characters");
  if (!is_attribute_value(c.domain)) return fail("cookie Domain has ';' or control characters");
  if (c.max_age && *c.max_age < 0) return fail("cookie Max-Age is negative");
  if (c.same_site == SameSite::none && !c.secure)
    return fail("cookie SameSite=None requires the Secure attribute");
  std::string out = c.name + "=" + c.value;
  if (!c.path.empty()) out += "; Path=" + c.path;
  if (!c.domain.empty()) out += "; Domain=" + c.domain;
  if (c.max_age) out += "; Max-Age=" + std::to_string(*c.max_age);
  if (c.expires) out += "; Expires=" + http_date(*c.expires);
  if (c.secure) out += "; Secure";
  if (c.http_only) out += "; HttpOnly";
  if (c.same_site) out += "; SameSite=" + std::string(to_string(*c.same_site));
  return out;
}

Status add_set_cookie(Response& response, const SetCookie& cookie) {
  auto value = to_header_value(cookie);
  if (!value) return fail(value.error());
  response.add_header("Set-Cookie", *value);
  return ok_status();
}

}  // namespace idp::http

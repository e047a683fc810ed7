#include "http/cors.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "http/http_error.hpp"

namespace idp::http {
namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_scheme(std::string_view s) {
  if (s.empty() || !is_alpha(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
  });
}

// reg-name restricted to what DNS names (and punycode) use, or an IPv6 literal in brackets.
bool is_host(std::string_view s) {
  if (s.empty()) return false;
  if (s.front() == '[') {
    if (s.size() < 3 || s.back() != ']') return false;
    return std::all_of(s.begin() + 1, s.end() - 1, [](char c) {
      return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' ||
             c == '.';
    });
  }
  return std::all_of(s.begin(), s.end(), [](char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
  });
}

// The requested method and header names are tokens; anything else is not echoed.
bool is_token_list(std::string_view s) {
  for (char c : s) {
    const bool ok = is_alpha(c) || is_digit(c) || c == ',' || c == ' ' || c == '\t' ||
                    std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

bool has_wildcard_origin(const CorsPolicy& policy) {
  return std::find(policy.allow_origins.begin(), policy.allow_origins.end(), "*") !=
         policy.allow_origins.end();
}

// Answers differ per origin unless any origin gets the same "*".
bool varies_by_origin(const CorsPolicy& policy) {
  return !(has_wildcard_origin(policy) && !policy.allow_credentials);
}

std::string allow_origin_value(const CorsPolicy& policy, std::string_view origin) {
  if (!varies_by_origin(policy)) return "*";
  return std::string(origin);
}

}  // namespace

std::optional<std::string> normalize_origin(std::string_view origin) {
  const std::size_t sep = origin.find("://");
  if (sep == std::string_view::npos) return std::nullopt;
  const std::string_view scheme = origin.substr(0, sep);
  std::string_view authority = origin.substr(sep + 3);
  if (!is_scheme(scheme)) return std::nullopt;
  std::string_view host = authority, port;
  const std::size_t bracket = authority.rfind(']');
  const std::size_t colon = authority.rfind(':');
  if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), is_digit))
      return std::nullopt;
    while (port.size() > 1 && port.front() == '0') port.remove_prefix(1);
    if (std::stoi(std::string(port)) > 65535) return std::nullopt;
  }
  if (!is_host(host)) return std::nullopt;
  std::string out = to_lower(scheme) + "://" + to_lower(host);
  const bool default_port = (out.starts_with("https://") && port == "443") ||
                            (out.starts_with("http://") && port == "80");
  if (!port.empty() && !default_port) {
    out += ':';
    out += port;
  }
  return out;
}

bool is_preflight(const Request& request) {
  return request.method == "OPTIONS" && request.header("origin").has_value() &&
         request.header("access-control-request-method").has_value();
}

bool is_origin_allowed(const CorsPolicy& policy, std::string_view origin) {
  const auto normalized = normalize_origin(origin);
  if (!normalized) return false;  // also "null" and lists of origins
  for (const auto& allowed : policy.allow_origins) {
    if (allowed == "*") return true;
    std::string_view a = allowed;
    if (a.ends_with('/')) a.remove_suffix(1);
    if (normalize_origin(a) == normalized) return true;
  }
  return false;
}

Response preflight_response(const CorsPolicy& policy, const Request& request) {
  const std::string_view origin = request.header("origin").value_or("");
  const std::string_view method =
      trim(request.header("access-control-request-method").value_or(""));
  const std::string_view headers =
      trim(request.header("access-control-request-headers").value_or(""));
  auto refuse = [&](std::string description) {
    Response r = HttpError{403, "invalid_request", std::move(description)}.to_response();
    add_vary(r, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    return r;
  };
  if (!is_origin_allowed(policy, origin))
    return refuse("the Origin is not allowed by the tenant's cors_config allow_origins");
  if (method.empty() || method.find_first_of(", \t") != std::string_view::npos ||
      !is_token_list(method))
    return refuse("Access-Control-Request-Method is not a method name");
  if (!is_token_list(headers))
    return refuse("Access-Control-Request-Headers is not a list of names");

  Response r;
  r.status = 204;
  r.set_header("Access-Control-Allow-Origin", allow_origin_value(policy, origin));
  if (policy.allow_credentials) r.set_header("Access-Control-Allow-Credentials", "true");
  // With credentials "*" is taken literally by user agents: answer with what was asked instead.
  const bool echo_wildcards = policy.allow_credentials;
  const std::string_view methods = trim(policy.allow_methods);
  if (methods == "*" && echo_wildcards)
    r.set_header("Access-Control-Allow-Methods", method);
  else if (!methods.empty())
    r.set_header("Access-Control-Allow-Methods", methods);
  const std::string_view allow_headers = trim(policy.allow_headers);
  if (allow_headers == "*" && echo_wildcards) {
    if (!headers.empty()) r.set_header("Access-Control-Allow-Headers", headers);
  } else if (!allow_headers.empty()) {
    r.set_header("Access-Control-Allow-Headers", allow_headers);
  }
  if (policy.max_age && *policy.max_age >= 0)
    r.set_header("Access-Control-Max-Age", std::to_string(*policy.max_age));
  add_vary(r, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
  return r;
}

void apply_cors(const CorsPolicy& policy, const Request& request, Response& response) {
  const auto origin = request.header("origin");
  if (!origin) return;
  if (varies_by_origin(policy)) add_vary(response, "Origin");
  if (!is_origin_allowed(policy, *origin)) return;
  response.set_header("Access-Control-Allow-Origin", allow_origin_value(policy, *origin));
  if (policy.allow_credentials) response.set_header("Access-Control-Allow-Credentials", "true");
  if (!trim(policy.expose_headers).empty())
    response.set_header("Access-Control-Expose-Headers", trim(policy.expose_headers));
}

void add_vary(Response& response, std::string_view fields) {
  std::string vary(response.header("vary").value_or(""));
  std::size_t start = 0;
  while (start <= fields.size()) {
    std::size_t comma = fields.find(',', start);
    if (comma == std::string_view::npos) comma = fields.size();
    const std::string_view field = trim(fields.substr(start, comma - start));
    start = comma + 1;
    if (field.empty()) continue;
    bool present = false;
    std::string_view existing = vary;
    std::size_t s = 0;
    while (s <= existing.size() && !present) {
      std::size_t c = existing.find(',', s);
      if (c == std::string_view::npos) c = existing.size();
      const std::string_view e = trim(existing.substr(s, c - s));
      present = iequals(e, field) || e == "*";
      s = c + 1;
    }
    if (present) continue;
    if (!vary.empty()) vary += ", ";
    vary += field;
  }
  if (!vary.empty()) response.set_header("Vary", vary);
}

}  // namespace idp::http

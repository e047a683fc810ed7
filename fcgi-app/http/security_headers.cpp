#include "http/security_headers.hpp"

#include <string>

#include "base/strings.hpp"

namespace idp::http {
namespace {

struct FixedHeader {
  std::string_view name;
  std::string_view value;
  bool overrides_handler;
};

// The headers whose value never depends on the request or the answer.
constexpr FixedHeader k_fixed_headers[] = {
    {"X-Content-Type-Options", "nosniff", true},
    {"X-Frame-Options", "DENY", false},
    {"Referrer-Policy", "no-referrer", false},
};

void set_if_absent(Response& r, std::string_view name, std::string_view value) {
  if (!r.header(name)) r.set_header(name, value);
}

bool is_html(const Response& r) {
  const std::string_view ct = r.header("content-type").value_or("");
  return to_lower(trim(ct.substr(0, ct.find(';')))) == "text/html";
}

void no_store(Response& r) {
  r.set_header("Cache-Control", "no-store");
  r.set_header("Pragma", "no-cache");
}

}  // namespace

void apply_security_headers(const Request& request, Response& response,
                            const SecurityHeaderOptions& options) {
  for (const auto& h : k_fixed_headers) {
    if (h.overrides_handler)
      response.set_header(h.name, h.value);
    else
      set_if_absent(response, h.name, h.value);
  }
  if (iequals(request.scheme, "https")) {
    std::string hsts = "max-age=" + std::to_string(options.hsts_max_age);
    if (options.hsts_include_subdomains) hsts += "; includeSubDomains";
    set_if_absent(response, "Strict-Transport-Security", hsts);
  }
  set_if_absent(
      response, "Content-Security-Policy",
      is_html(response) ? "frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'");
  switch (response.caching) {
    case Caching::no_store:
      no_store(response);
      break;
    case Caching::cacheable:
      response.set_header("Cache-Control",
                          "public, max-age=" + std::to_string(response.cache_max_age));
      break;
    case Caching::unspecified:
      if (!response.header("cache-control")) no_store(response);
      break;
  }
}

}  // namespace idp::http

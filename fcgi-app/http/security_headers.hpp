#pragma once
// Headers every answer carries, whatever endpoint produced it. Applied last, by the request
// dispatcher, after the handler and CORS.
//
//   X-Content-Type-Options: nosniff              always (overrides)
//   X-Frame-Options: DENY                         unless the handler set it
//   Referrer-Policy: no-referrer                  unless the handler set it
//   Strict-Transport-Security: max-age=31536000; includeSubDomains
//                                                 when the request came over https
//   Content-Security-Policy                       unless the handler set it:
//       "default-src 'none'; frame-ancestors 'none'" for JSON and every other non-HTML answer,
//       "frame-ancestors 'none'" for HTML (e.g. a form_post page sets its own, stricter one)
//   Cache-Control / Pragma from Response::caching:
//       no_store (mark_token_bearing):  "no-store" + "Pragma: no-cache", overriding the handler
//                                       (RFC 6749 §5.1, OIDC Core §3.1.3.3)
//       cacheable (mark_cacheable(n)):  "public, max-age=n"
//       unspecified:                    "no-store" + "Pragma: no-cache" unless the handler set
//                                       Cache-Control: an identity provider's answers are
//                                       per-user by default, so nothing is cached by accident
#include <cstdint>

#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

struct SecurityHeaderOptions {
  std::int64_t hsts_max_age = 31536000;  // one year
  bool hsts_include_subdomains = true;
};

void apply_security_headers(const Request& request, Response& response,
                            const SecurityHeaderOptions& options = {});

}  // namespace idp::http

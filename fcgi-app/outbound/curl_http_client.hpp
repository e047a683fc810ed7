#pragma once
// The outbound HTTP port over libcurl.
// - Only http and https, for the request and for any redirect; no proxy from the environment.
// - Redirects are not followed unless `max_redirects` says so, and then each hop is vetted by the
//   SSRF guard again (libcurl's own redirect following would skip the guard).
// - TLS peer and host name verification cannot be switched off; `ca_file` adds trust anchors
//   (a deployment's private CA) to the system's.
// - The request's timeout bounds the whole exchange, redirects included; `connect_timeout_ms`
//   bounds each connection attempt; the response size limit is enforced while receiving.
// - One libcurl easy handle per thread and client, reused so that connections stay open
//   (keep-alive); send() is thread-safe.
// - The SSRF guard (address_policy.hpp) vets the host, pins libcurl's name resolution to the
//   checked addresses (CURLOPT_RESOLVE), and checks again each address a socket is opened to.
#include <cstdint>
#include <memory>
#include <string>

#include "domain/system_configuration.hpp"
#include "outbound/address_policy.hpp"
#include "ports/outbound_http.hpp"

namespace idp::outbound {

struct CurlOptions {
  std::string ca_file = {};  // PEM file of extra trust anchors; empty: the system's only
  std::int64_t connect_timeout_ms = 5'000;
  int max_redirects = 0;  // 0: a 3xx answer is returned as it is
  std::string user_agent = "idp-fcgi";
  Resolver resolver = resolve_with_system;  // name resolution of the SSRF guard
};

class CurlHttpClient final : public ports::OutboundHttp {
 public:
  // Throws std::invalid_argument when `ca_file` cannot be read (a deployment error, reported at
  // start-up rather than on the first request).
  explicit CurlHttpClient(domain::SsrfProtection ssrf = {}, CurlOptions options = {});
  ~CurlHttpClient() override;
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  // Applies a changed system configuration to the requests that start afterwards; connections
  // opened under the previous one are not reused.
  void set_ssrf_protection(domain::SsrfProtection ssrf);

  ports::OutboundResult<ports::OutboundResponse> send(
      const ports::OutboundRequest& request) override;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace idp::outbound

#pragma once
// The SSRF guard's decision for one URL host, driven by the system configuration's
// ssrf_protection (domain::SsrfProtection):
// - disabled (the default, for development): every host is allowed and the HTTP library resolves
//   names itself;
// - allowed_hosts not empty: a host not listed is refused before any name resolution;
// - the host is resolved here, and refused when any address it resolves to lies in a restricted
//   range (ip_address.hpp), unless the host is listed in bypass_hosts; a mix of public and
//   private answers is refused as a whole rather than filtered, since it is the signature of a
//   rebinding attempt;
// - the caller then pins the connection to exactly the checked addresses, so that a second DNS
//   answer (DNS rebinding) cannot move it elsewhere.
// Host names compare case-insensitively, without a trailing dot and without IPv6 brackets, the
// lists included ("[::1]" and "::1" are the same entry).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "domain/system_configuration.hpp"
#include "outbound/ip_address.hpp"
#include "ports/outbound_http.hpp"

namespace idp::outbound {

// Name resolution, replaceable so that tests can answer for names no DNS knows.
using Resolver = std::function<Expected<std::vector<IpAddress>>(const std::string& host)>;

// getaddrinfo(3) for TCP, IPv4 and IPv6, duplicates removed.
Expected<std::vector<IpAddress>> resolve_with_system(const std::string& host);

// "api.example.com", "10.0.0.1" and "::1" for "API.Example.com.", "10.0.0.1" and "[::1]".
std::string normalize_host(std::string_view host);

// Where a request for a host may connect.
struct Target {
  std::vector<IpAddress> pinned;  // connect only to these; empty: no pinning (guard disabled)
  bool guarded = false;           // the addresses were checked (guard on, host not bypassed)
  bool literal = false;           // the host is an IP address: nothing to resolve or pin
};

class AddressPolicy {
 public:
  explicit AddressPolicy(domain::SsrfProtection config = {},
                         Resolver resolver = resolve_with_system);

  bool enabled() const { return m_enabled; }
  bool is_bypassed(std::string_view host) const;
  // True when allowed_hosts is empty or lists the host.
  bool is_allowed_host(std::string_view host) const;

  // The decision for `host` as written in a URL (IPv6 in brackets). `origin`
  // ("https://host:port") names the request in error messages. Errors: refused_by_policy, or
  // connect_failed when the name does not resolve.
  ports::OutboundResult<Target> vet(std::string_view host, std::string_view origin) const;

 private:
  bool m_enabled = false;
  std::vector<std::string> m_bypass_hosts;   // normalized
  std::vector<std::string> m_allowed_hosts;  // normalized
  Resolver m_resolver;
};

}  // namespace idp::outbound

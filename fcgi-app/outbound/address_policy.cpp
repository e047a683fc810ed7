#include "outbound/address_policy.hpp"

#include <netdb.h>

#include <algorithm>
#include <memory>

#include "base/strings.hpp"

namespace idp::outbound {
namespace {

using ports::OutboundErrorKind;

bool listed(const std::vector<std::string>& list, std::string_view host) {
  return contains(list, normalize_host(host));
}

std::vector<std::string> normalized(const std::vector<std::string>& hosts) {
  std::vector<std::string> out;
  out.reserve(hosts.size());
  for (const auto& h : hosts) out.push_back(normalize_host(h));
  return out;
}

}  // namespace

std::string normalize_host(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.ends_with('.')) host.remove_suffix(1);
  return to_lower(host);
}

Expected<std::vector<IpAddress>> resolve_with_system(const std::string& host) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &found); rc != 0)
    return fail(host + " does not resolve: " + gai_strerror(rc));
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> owner(found, freeaddrinfo);
  std::vector<IpAddress> addresses;
  for (const addrinfo* ai = found; ai != nullptr; ai = ai->ai_next) {
    auto a = IpAddress::from_sockaddr(ai->ai_addr);
    if (a && std::find(addresses.begin(), addresses.end(), *a) == addresses.end())
      addresses.push_back(*a);
  }
  if (addresses.empty()) return fail(host + " has no IPv4 or IPv6 address");
  return addresses;
}

AddressPolicy::AddressPolicy(domain::SsrfProtection config, Resolver resolver)
    : m_enabled(config.enabled),
      m_bypass_hosts(normalized(config.bypass_hosts)),
      m_allowed_hosts(normalized(config.allowed_hosts)),
      m_resolver(std::move(resolver)) {}

bool AddressPolicy::is_bypassed(std::string_view host) const {
  return listed(m_bypass_hosts, host);
}

bool AddressPolicy::is_allowed_host(std::string_view host) const {
  return m_allowed_hosts.empty() || listed(m_allowed_hosts, host);
}

ports::OutboundResult<Target> AddressPolicy::vet(std::string_view host,
                                                 std::string_view origin) const {
  Target target;
  if (!m_enabled) return target;
  const std::string name = normalize_host(host);
  const auto refused = [&](const std::string& why) {
    return ports::outbound_failure(OutboundErrorKind::refused_by_policy,
                                   std::string(origin) + " refused: " + why);
  };
  if (name.empty()) return refused("the URL has no host");
  if (!is_allowed_host(name)) return refused(name + " is not in ssrf_protection.allowed_hosts");
  const bool bypassed = is_bypassed(name);
  target.guarded = !bypassed;
  if (auto literal = IpAddress::parse(name)) {
    target.literal = true;
    if (!bypassed)
      if (auto range = restricted_range(*literal))
        return refused(name + " is in the restricted range " + *range);
    target.pinned.push_back(*literal);
    return target;
  }
  auto addresses = m_resolver(name);
  if (!addresses)
    return ports::outbound_failure(OutboundErrorKind::connect_failed,
                                   std::string(origin) + ": " + addresses.error());
  if (addresses->empty())
    return ports::outbound_failure(OutboundErrorKind::connect_failed,
                                   std::string(origin) + ": " + name + " has no address");
  if (!bypassed)
    for (const auto& a : *addresses)
      if (auto range = restricted_range(a))
        return refused(name + " resolves to " + a.to_string() + ", in the restricted range " +
                       *range);
  target.pinned = std::move(*addresses);
  return target;
}

}  // namespace idp::outbound

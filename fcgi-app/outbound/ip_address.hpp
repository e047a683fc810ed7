#pragma once
// IP addresses and the ranges an SSRF guard keeps outbound requests away from: loopback, private
// (RFC 1918, RFC 4193), link-local (RFC 3927 with the cloud metadata address 169.254.169.254,
// RFC 4291), unspecified, multicast, shared CGNAT space (RFC 6598) and reserved space. IPv6 forms
// that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4) are judged
// by the IPv4 address inside, since that is where the packets end up.
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace idp::outbound {

struct IpAddress {
  bool v6 = false;
  std::array<std::uint8_t, 16> bytes{};  // IPv4 uses the first 4

  // Dotted IPv4 or RFC 4291 IPv6 text (no brackets, no zone).
  static std::optional<IpAddress> parse(std::string_view text);
  static std::optional<IpAddress> from_sockaddr(const sockaddr* address);
  std::string to_string() const;
  bool operator==(const IpAddress&) const = default;
};

// The restricted range holding `address`, described for an error message (e.g. "loopback
// 127.0.0.0/8"), or nullopt when the address is publicly routable.
std::optional<std::string> restricted_range(const IpAddress& address);

}  // namespace idp::outbound

#include "outbound/ip_address.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

namespace idp::outbound {
namespace {

struct Range {
  std::array<std::uint8_t, 16> prefix;
  unsigned bits;
  std::string_view description;
};

// IANA IPv4 Special-Purpose Address Registry entries that are not globally reachable and that a
// server-side fetch must never reach.
constexpr Range k_v4_ranges[] = {
    {{0, 0, 0, 0}, 8, "unspecified 0.0.0.0/8"},  // 0.0.0.0 connects to the local host on Linux
    {{127, 0, 0, 0}, 8, "loopback 127.0.0.0/8"},
    {{10, 0, 0, 0}, 8, "private 10.0.0.0/8 (RFC 1918)"},
    {{172, 16, 0, 0}, 12, "private 172.16.0.0/12 (RFC 1918)"},
    {{192, 168, 0, 0}, 16, "private 192.168.0.0/16 (RFC 1918)"},
    {{169, 254, 0, 0}, 16, "link-local 169.254.0.0/16 (cloud metadata service)"},
    {{100, 64, 0, 0}, 10, "shared CGNAT 100.64.0.0/10 (RFC 6598)"},
    {{224, 0, 0, 0}, 4, "multicast 224.0.0.0/4"},
    {{240, 0, 0, 0}, 4, "reserved 240.0.0.0/4"},  // includes the broadcast address
};

constexpr Range k_v6_ranges[] = {
    {{}, 128, "unspecified ::/128"},
    {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128, "loopback ::1/128"},
    {{0xfc}, 7, "unique local fc00::/7 (RFC 4193)"},
    {{0xfe, 0x80}, 10, "link-local fe80::/10"},
    {{0xfe, 0xc0}, 10, "site-local fec0::/10"},
    {{0xff}, 8, "multicast ff00::/8"},
    {{0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}, 48, "local-use NAT64 64:ff9b:1::/48 (RFC 8215)"},
};

// IPv6 prefixes whose addresses carry an IPv4 address, and where it sits.
struct Embedding {
  std::array<std::uint8_t, 16> prefix;
  unsigned bits;
  std::size_t offset;  // first byte of the IPv4 address
  std::string_view form;
};

constexpr Embedding k_v4_embeddings[] = {
    {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96, 12, "IPv4-mapped"},
    {{}, 96, 12, "IPv4-compatible"},
    {{0x00, 0x64, 0xff, 0x9b}, 96, 12, "NAT64"},
    {{0x20, 0x02}, 16, 2, "6to4"},
};

bool in_prefix(const std::array<std::uint8_t, 16>& bytes,
               const std::array<std::uint8_t, 16>& prefix, unsigned bits) {
  for (unsigned i = 0; i < bits / 8; ++i)
    if (bytes[i] != prefix[i]) return false;
  if (const unsigned rest = bits % 8; rest != 0) {
    const auto mask = static_cast<std::uint8_t>(0xff << (8 - rest));
    if ((bytes[bits / 8] & mask) != (prefix[bits / 8] & mask)) return false;
  }
  return true;
}

std::optional<std::string> v4_range(const IpAddress& address) {
  for (const auto& r : k_v4_ranges)
    if (in_prefix(address.bytes, r.prefix, r.bits)) return std::string(r.description);
  return std::nullopt;
}

}  // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
  if (text.empty() || text.size() >= INET6_ADDRSTRLEN) return std::nullopt;
  const std::string s(text);
  IpAddress a;
  if (inet_pton(AF_INET, s.c_str(), a.bytes.data()) == 1) return a;
  a.v6 = true;
  if (inet_pton(AF_INET6, s.c_str(), a.bytes.data()) == 1) return a;
  return std::nullopt;
}

std::optional<IpAddress> IpAddress::from_sockaddr(const sockaddr* address) {
  if (address == nullptr) return std::nullopt;
  IpAddress a;
  if (address->sa_family == AF_INET) {
    sockaddr_in in{};
    std::memcpy(&in, address, sizeof in);
    std::memcpy(a.bytes.data(), &in.sin_addr, 4);
    return a;
  }
  if (address->sa_family == AF_INET6) {
    sockaddr_in6 in6{};
    std::memcpy(&in6, address, sizeof in6);
    a.v6 = true;
    std::memcpy(a.bytes.data(), &in6.sin6_addr, 16);
    return a;
  }
  return std::nullopt;
}

std::string IpAddress::to_string() const {
  char text[INET6_ADDRSTRLEN] = {};
  inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), text, sizeof text);
  return text;
}

std::optional<std::string> restricted_range(const IpAddress& address) {
  if (!address.v6) return v4_range(address);
  for (const auto& r : k_v6_ranges)
    if (in_prefix(address.bytes, r.prefix, r.bits)) return std::string(r.description);
  for (const auto& e : k_v4_embeddings) {
    if (!in_prefix(address.bytes, e.prefix, e.bits)) continue;
    IpAddress inner;
    std::memcpy(inner.bytes.data(), address.bytes.data() + e.offset, 4);
    if (auto range = v4_range(inner))
      return std::string(e.form) + " form of " + inner.to_string() + ", " + *range;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace idp::outbound

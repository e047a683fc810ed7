#pragma once
// Settings of the whole installation (GET/PUT /v1/management/system-configurations,
// swagger-system-level-ja.yaml).
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "base/expected.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

// Outbound HTTP to configured URLs (hooks, external authentication, eKYC) refuses private and
// metadata addresses unless a host is listed here.
struct SsrfProtection {
  bool enabled = false;
  std::vector<std::string> bypass_hosts;   // private-address check skipped (development)
  std::vector<std::string> allowed_hosts;  // when not empty, the only hosts allowed
  json::FrozenJson extra;
  bool operator==(const SsrfProtection&) const = default;
};

// Proxies whose X-Forwarded-For is believed.
struct TrustedProxies {
  bool enabled = false;
  std::vector<std::string> addresses;  // IP addresses or CIDR ranges
  json::FrozenJson extra;
  bool operator==(const TrustedProxies&) const = default;
};

struct SystemConfiguration {
  SsrfProtection ssrf_protection;
  TrustedProxies trusted_proxies;
  json::FrozenJson extra;
  bool operator==(const SystemConfiguration&) const = default;
};

// Error paths start with "system_configuration.".
Expected<SystemConfiguration> parse_system_configuration(const rapidjson::Value& value);
rapidjson::Value to_value(const SystemConfiguration& c, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const SystemConfiguration& c, bool include_secrets);

}  // namespace idp::domain

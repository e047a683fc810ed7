#include "domain/system_configuration.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {

Expected<SystemConfiguration> parse_system_configuration(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "system_configuration", errors);
  SystemConfiguration c;
  auto ssrf = r.object("ssrf_protection");
  c.ssrf_protection.enabled = ssrf.bool_or("enabled", false);
  c.ssrf_protection.bypass_hosts = ssrf.strings_or("bypass_hosts", {});
  c.ssrf_protection.allowed_hosts = ssrf.strings_or("allowed_hosts", {});
  c.ssrf_protection.extra = ssrf.rest();
  auto proxies = r.object("trusted_proxies");
  c.trusted_proxies.enabled = proxies.bool_or("enabled", false);
  c.trusted_proxies.addresses = proxies.strings_or("addresses", {});
  c.trusted_proxies.extra = proxies.rest();
  c.extra = r.rest();
  if (!errors.empty()) return fail(errors.summary());
  return c;
}

rapidjson::Value to_value(const SystemConfiguration& c, rapidjson::Document::AllocatorType& a,
                          bool /*include_secrets: none here*/) {
  JsonBuilder ssrf(a);
  ssrf.boolean("enabled", c.ssrf_protection.enabled)
      .strings("bypass_hosts", c.ssrf_protection.bypass_hosts)
      .strings("allowed_hosts", c.ssrf_protection.allowed_hosts)
      .extra(c.ssrf_protection.extra);
  JsonBuilder proxies(a);
  proxies.boolean("enabled", c.trusted_proxies.enabled)
      .strings("addresses", c.trusted_proxies.addresses)
      .extra(c.trusted_proxies.extra);
  JsonBuilder b(a);
  b.value("ssrf_protection", ssrf.build()).value("trusted_proxies", proxies.build()).extra(c.extra);
  return b.build();
}

std::string to_json(const SystemConfiguration& c, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(c, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain

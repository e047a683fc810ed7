#pragma once
// A tenant: one isolated authorization domain (FEATURES.md 1.10). Read from the `tenant` member of
// POST /v1/admin/initialization, onboarding and tenant-creation bodies (tenant.json,
// swagger-cp-tenant-ja.yaml), with every sub-configuration's defaults merged in.
#include <rapidjson/document.h>

#include <optional>
#include <string>

#include "base/expected.hpp"
#include "domain/identity_policy.hpp"
#include "domain/tenant_config.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

enum class TenantType { admin, organizer, public_ };
inline constexpr json::EnumTable<TenantType, 3> k_tenant_type_names{{
    {"ADMIN", TenantType::admin},
    {"ORGANIZER", TenantType::organizer},
    {"PUBLIC", TenantType::public_},
}};

struct Tenant {
  std::string id;  // UUID; the first path segment of every tenant URL
  std::string name;
  // Read from "tenant_type" (initialization template) or, when absent, "type" (management GET).
  TenantType tenant_type = TenantType::public_;
  std::string domain;
  std::optional<std::string> description;
  std::string authorization_provider = "idp-server";
  bool enabled = true;
  UiConfig ui_config;
  CorsConfig cors_config;
  SessionConfig session_config;
  SecurityEventLogConfig security_event_log_config;
  SecurityEventUserConfig security_event_user_config;
  IdentityPolicyConfig identity_policy_config;
  json::FrozenJson attributes;  // free-form object (timezone, fiscal_year_start_month …)
  json::FrozenJson extra;       // unknown members (database_type, features …)
  bool operator==(const Tenant&) const = default;
};

// Reads the members of `r` as a tenant; problems go to r.errors() with their paths.
Tenant read_tenant(json::FieldReader& r);
// `value` is the tenant object; error paths start with "tenant.".
Expected<Tenant> parse_tenant(const rapidjson::Value& value);

rapidjson::Value to_value(const Tenant& t, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const Tenant& t, bool include_secrets);

}  // namespace idp::domain

#pragma once
// Request bodies that carry several configuration objects at once:
// - POST /v1/admin/initialization (and onboarding): organization, tenant, authorization server,
//   first user and first client;
// - tenant creation: tenant and authorization server (the e2e examples' tenants/ files).
// Each part is read by its own reader; errors name the part ("authorization_server.extension.…").
#include <rapidjson/document.h>

#include <string>

#include "base/expected.hpp"
#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/organization.hpp"
#include "domain/tenant.hpp"
#include "domain/user.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

struct Initialization {
  Organization organization;
  Tenant tenant;
  AuthorizationServer authorization_server;
  User user;
  Client client;
  json::FrozenJson extra;
  bool operator==(const Initialization&) const = default;
};

Expected<Initialization> parse_initialization(const rapidjson::Value& value);
rapidjson::Value to_value(const Initialization& i, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const Initialization& i, bool include_secrets);

struct TenantRegistration {
  Tenant tenant;
  AuthorizationServer authorization_server;
  json::FrozenJson extra;
  bool operator==(const TenantRegistration&) const = default;
};

Expected<TenantRegistration> parse_tenant_registration(const rapidjson::Value& value);
rapidjson::Value to_value(const TenantRegistration& t, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const TenantRegistration& t, bool include_secrets);

}  // namespace idp::domain

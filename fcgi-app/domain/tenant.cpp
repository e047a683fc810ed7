#include "domain/tenant.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

constexpr std::string_view k_authorization_providers[] = {"idp-server"};  // tenant.json enum

}  // namespace

Tenant read_tenant(json::FieldReader& r) {
  const Tenant d;
  Tenant t;
  t.id = r.required_uuid("id");
  t.name = r.required_string("name");
  const char* type_member = r.has("tenant_type") || !r.has("type") ? "tenant_type" : "type";
  t.tenant_type = r.enum_or(type_member, k_tenant_type_names, d.tenant_type);
  t.domain = r.required_string("domain");
  t.description = r.optional_string("description");
  t.authorization_provider =
      r.optional_choice("authorization_provider", json::Choices{k_authorization_providers})
          .value_or(d.authorization_provider);
  t.enabled = r.bool_or("enabled", d.enabled);

  auto ui = r.object("ui_config");
  t.ui_config = read_ui_config(ui);
  auto cors = r.object("cors_config");
  t.cors_config = read_cors_config(cors);
  auto session = r.object("session_config");
  t.session_config = read_session_config(session);
  auto log = r.object("security_event_log_config");
  t.security_event_log_config = read_security_event_log_config(log);
  auto user = r.object("security_event_user_config");
  t.security_event_user_config = read_security_event_user_config(user);
  auto identity = r.object("identity_policy_config");
  t.identity_policy_config = read_identity_policy_config(identity);

  t.attributes = r.optional_object("attributes").value_or(json::FrozenJson());
  t.extra = r.rest();
  return t;
}

Expected<Tenant> parse_tenant(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "tenant", errors);
  Tenant t = read_tenant(r);
  if (!errors.empty()) return fail(errors.summary());
  return t;
}

rapidjson::Value to_value(const Tenant& t, rapidjson::Document::AllocatorType& a,
                          bool /*include_secrets: a tenant holds none*/) {
  JsonBuilder b(a);
  b.string("id", t.id)
      .string("name", t.name)
      .string("tenant_type", json::name_of(k_tenant_type_names, t.tenant_type))
      .string("domain", t.domain)
      .optional_string("description", t.description)
      .string("authorization_provider", t.authorization_provider)
      .boolean("enabled", t.enabled)
      .value("ui_config", to_value(t.ui_config, a))
      .value("cors_config", to_value(t.cors_config, a))
      .value("session_config", to_value(t.session_config, a))
      .value("security_event_log_config", to_value(t.security_event_log_config, a))
      .value("security_event_user_config", to_value(t.security_event_user_config, a))
      .value("identity_policy_config", to_value(t.identity_policy_config, a));
  if (!t.attributes.is_null()) b.raw("attributes", t.attributes);
  b.extra(t.extra);
  return b.build();
}

std::string to_json(const Tenant& t, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(t, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain

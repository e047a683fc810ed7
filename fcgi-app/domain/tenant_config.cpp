#include "domain/tenant_config.hpp"

#include <string_view>
#include <utility>

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

// Session lifetimes and similar counts of seconds: positive, and small enough that adding them to
// a Unix time cannot overflow.
constexpr json::IntRange k_positive_seconds{1, 2147483647};

template <class T>
using BoolMember = std::pair<std::string_view, bool T::*>;

constexpr BoolMember<SecurityEventLogConfig> k_log_flags[] = {
    {"debug_logging", &SecurityEventLogConfig::debug_logging},
    {"include_user_id", &SecurityEventLogConfig::include_user_id},
    {"include_user_name", &SecurityEventLogConfig::include_user_name},
    {"include_user_ex_sub", &SecurityEventLogConfig::include_user_ex_sub},
    {"include_client_id", &SecurityEventLogConfig::include_client_id},
    {"include_ip_address", &SecurityEventLogConfig::include_ip_address},
    {"include_user_agent", &SecurityEventLogConfig::include_user_agent},
    {"include_event_detail", &SecurityEventLogConfig::include_event_detail},
    {"include_user_detail", &SecurityEventLogConfig::include_user_detail},
    {"include_user_pii", &SecurityEventLogConfig::include_user_pii},
    {"include_trace_context", &SecurityEventLogConfig::include_trace_context},
    {"tracing_enabled", &SecurityEventLogConfig::tracing_enabled},
    {"persistence_enabled", &SecurityEventLogConfig::persistence_enabled},
    {"statistics_enabled", &SecurityEventLogConfig::statistics_enabled},
};

constexpr BoolMember<SecurityEventUserConfig> k_user_flags[] = {
    {"include_id", &SecurityEventUserConfig::include_id},
    {"include_name", &SecurityEventUserConfig::include_name},
    {"include_external_user_id", &SecurityEventUserConfig::include_external_user_id},
    {"include_email", &SecurityEventUserConfig::include_email},
    {"include_phone_number", &SecurityEventUserConfig::include_phone_number},
    {"include_given_name", &SecurityEventUserConfig::include_given_name},
    {"include_family_name", &SecurityEventUserConfig::include_family_name},
    {"include_preferred_username", &SecurityEventUserConfig::include_preferred_username},
    {"include_profile", &SecurityEventUserConfig::include_profile},
    {"include_picture", &SecurityEventUserConfig::include_picture},
    {"include_website", &SecurityEventUserConfig::include_website},
    {"include_gender", &SecurityEventUserConfig::include_gender},
    {"include_birthdate", &SecurityEventUserConfig::include_birthdate},
    {"include_zoneinfo", &SecurityEventUserConfig::include_zoneinfo},
    {"include_locale", &SecurityEventUserConfig::include_locale},
    {"include_address", &SecurityEventUserConfig::include_address},
    {"include_roles", &SecurityEventUserConfig::include_roles},
    {"include_permissions", &SecurityEventUserConfig::include_permissions},
    {"include_current_tenant", &SecurityEventUserConfig::include_current_tenant},
    {"include_assigned_tenants", &SecurityEventUserConfig::include_assigned_tenants},
    {"include_verified_claims", &SecurityEventUserConfig::include_verified_claims},
    {"include_status", &SecurityEventUserConfig::include_status},
    {"include_authentication_device_ids",
     &SecurityEventUserConfig::include_authentication_device_ids},
};

}  // namespace

UiConfig read_ui_config(json::FieldReader& r) {
  const UiConfig d;
  UiConfig c;
  c.base_url = r.optional_string("base_url");
  c.signin_page = r.string_or("signin_page", d.signin_page);
  c.signup_page = r.string_or("signup_page", d.signup_page);
  c.extra = r.rest();
  return c;
}

CorsConfig read_cors_config(json::FieldReader& r) {
  const CorsConfig d;
  CorsConfig c;
  c.allow_origins = r.strings_or("allow_origins", d.allow_origins);
  c.allow_headers = r.string_or("allow_headers", d.allow_headers);
  c.allow_methods = r.string_or("allow_methods", d.allow_methods);
  c.allow_credentials = r.bool_or("allow_credentials", d.allow_credentials);
  c.extra = r.rest();
  return c;
}

SessionConfig read_session_config(json::FieldReader& r) {
  const SessionConfig d;
  SessionConfig c;
  c.cookie_name = r.optional_string("cookie_name");
  c.cookie_domain = r.optional_string("cookie_domain");
  // The e2e examples write "lax"; browsers and idp-server's cookie writer accept any case.
  c.cookie_same_site = r.enum_or("cookie_same_site", k_same_site_names, d.cookie_same_site,
                                 json::Spelling::any_case);
  c.use_secure_cookie = r.bool_or("use_secure_cookie", d.use_secure_cookie);
  c.use_http_only_cookie = r.bool_or("use_http_only_cookie", d.use_http_only_cookie);
  c.cookie_path = r.string_or("cookie_path", d.cookie_path);
  c.timeout_seconds = r.int_or("timeout_seconds", d.timeout_seconds, k_positive_seconds);
  c.switch_policy = r.enum_or("switch_policy", k_session_switch_policy_names, d.switch_policy);
  c.extra = r.rest();
  return c;
}

SecurityEventLogConfig read_security_event_log_config(json::FieldReader& r) {
  const SecurityEventLogConfig d;
  SecurityEventLogConfig c;
  c.format = r.enum_or("format", k_security_event_log_format_names, d.format);
  c.stage = r.string_or("stage", d.stage);
  for (const auto& [name, member] : k_log_flags) c.*member = r.bool_or(name, d.*member);
  c.allowed_user_pii_keys = r.string_or("allowed_user_pii_keys", d.allowed_user_pii_keys);
  c.service_name = r.string_or("service_name", d.service_name);
  c.custom_tags = r.string_or("custom_tags", d.custom_tags);
  c.detail_scrub_keys = r.string_or("detail_scrub_keys", d.detail_scrub_keys);
  c.extra = r.rest();
  return c;
}

SecurityEventUserConfig read_security_event_user_config(json::FieldReader& r) {
  const SecurityEventUserConfig d;
  SecurityEventUserConfig c;
  for (const auto& [name, member] : k_user_flags) c.*member = r.bool_or(name, d.*member);
  c.extra = r.rest();
  return c;
}

rapidjson::Value to_value(const UiConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.optional_string("base_url", c.base_url)
      .string("signin_page", c.signin_page)
      .string("signup_page", c.signup_page)
      .extra(c.extra);
  return b.build();
}

rapidjson::Value to_value(const CorsConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.strings("allow_origins", c.allow_origins)
      .string("allow_headers", c.allow_headers)
      .string("allow_methods", c.allow_methods)
      .boolean("allow_credentials", c.allow_credentials)
      .extra(c.extra);
  return b.build();
}

rapidjson::Value to_value(const SessionConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.optional_string("cookie_name", c.cookie_name)
      .optional_string("cookie_domain", c.cookie_domain)
      .string("cookie_same_site", json::name_of(k_same_site_names, c.cookie_same_site))
      .boolean("use_secure_cookie", c.use_secure_cookie)
      .boolean("use_http_only_cookie", c.use_http_only_cookie)
      .string("cookie_path", c.cookie_path)
      .integer("timeout_seconds", c.timeout_seconds)
      .string("switch_policy", json::name_of(k_session_switch_policy_names, c.switch_policy))
      .extra(c.extra);
  return b.build();
}

rapidjson::Value to_value(const SecurityEventLogConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.string("format", json::name_of(k_security_event_log_format_names, c.format))
      .string("stage", c.stage);
  for (const auto& [name, member] : k_log_flags) b.boolean(name, c.*member);
  b.string("allowed_user_pii_keys", c.allowed_user_pii_keys)
      .string("service_name", c.service_name)
      .string("custom_tags", c.custom_tags)
      .string("detail_scrub_keys", c.detail_scrub_keys)
      .extra(c.extra);
  return b.build();
}

rapidjson::Value to_value(const SecurityEventUserConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  for (const auto& [name, member] : k_user_flags) b.boolean(name, c.*member);
  b.extra(c.extra);
  return b.build();
}

}  // namespace idp::domain

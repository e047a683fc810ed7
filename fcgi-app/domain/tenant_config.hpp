#pragma once
// The per-tenant configuration objects stored with a tenant (ui_config, cors_config,
// session_config, security_event_log_config, security_event_user_config), with idp-server's
// defaults (swagger-cp-tenant-ja.yaml, seed 004 "Type-Safe Configuration Classes").
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "json/field_reader.hpp"

namespace idp::domain {

struct UiConfig {
  std::optional<std::string> base_url;  // sign-in pages served from another origin
  std::string signin_page = "/auth-views/signin/index.html";
  std::string signup_page = "/auth-views/signup/index.html";
  json::FrozenJson extra;
  bool operator==(const UiConfig&) const = default;
};

struct CorsConfig {
  std::vector<std::string> allow_origins;
  std::string allow_headers = "Authorization, Content-Type, Accept, x-device-id";
  std::string allow_methods = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  bool allow_credentials = true;
  json::FrozenJson extra;
  bool operator==(const CorsConfig&) const = default;
};

enum class SameSite { none, lax, strict };
inline constexpr json::EnumTable<SameSite, 3> k_same_site_names{{
    {"None", SameSite::none},
    {"Lax", SameSite::lax},
    {"Strict", SameSite::strict},
}};

// What happens when another user signs in on a browser that has a session.
enum class SessionSwitchPolicy { strict, switch_allowed, multi_session };
inline constexpr json::EnumTable<SessionSwitchPolicy, 3> k_session_switch_policy_names{{
    {"STRICT", SessionSwitchPolicy::strict},
    {"SWITCH_ALLOWED", SessionSwitchPolicy::switch_allowed},
    {"MULTI_SESSION", SessionSwitchPolicy::multi_session},
}};

struct SessionConfig {
  // Unset: idp-server derives IDP_SERVER_SESSION_{tenant-id-prefix}.
  std::optional<std::string> cookie_name;
  std::optional<std::string> cookie_domain;
  SameSite cookie_same_site = SameSite::none;  // read case-insensitively ("lax" occurs)
  bool use_secure_cookie = true;
  bool use_http_only_cookie = true;
  std::string cookie_path = "/";
  std::int64_t timeout_seconds = 3600;
  SessionSwitchPolicy switch_policy = SessionSwitchPolicy::switch_allowed;
  json::FrozenJson extra;
  bool operator==(const SessionConfig&) const = default;
};

enum class SecurityEventLogFormat { structured_json, plain_text };
inline constexpr json::EnumTable<SecurityEventLogFormat, 2> k_security_event_log_format_names{{
    {"structured_json", SecurityEventLogFormat::structured_json},
    {"plain_text", SecurityEventLogFormat::plain_text},
}};

struct SecurityEventLogConfig {
  SecurityEventLogFormat format = SecurityEventLogFormat::structured_json;
  bool debug_logging = false;
  std::string stage = "processed";
  bool include_user_id = true;
  bool include_user_name = true;
  bool include_user_ex_sub = true;
  bool include_client_id = true;
  bool include_ip_address = true;
  bool include_user_agent = true;
  bool include_event_detail = false;
  bool include_user_detail = false;
  bool include_user_pii = false;
  std::string allowed_user_pii_keys;  // comma-separated
  bool include_trace_context = false;
  std::string service_name = "idp-server";
  std::string custom_tags;  // comma-separated
  bool tracing_enabled = false;
  bool persistence_enabled = false;
  bool statistics_enabled = false;
  std::string detail_scrub_keys =
      "authorization,cookie,password,secret,token,access_token,refresh_token,api_key,api_secret";
  json::FrozenJson extra;
  bool operator==(const SecurityEventLogConfig&) const = default;
};

// Which user attributes a security event carries.
struct SecurityEventUserConfig {
  bool include_id = true;
  bool include_name = true;
  bool include_external_user_id = true;
  bool include_email = false;
  bool include_phone_number = false;
  bool include_given_name = false;
  bool include_family_name = false;
  bool include_preferred_username = false;
  bool include_profile = false;
  bool include_picture = false;
  bool include_website = false;
  bool include_gender = false;
  bool include_birthdate = false;
  bool include_zoneinfo = false;
  bool include_locale = false;
  bool include_address = false;
  bool include_roles = false;
  bool include_permissions = false;
  bool include_current_tenant = false;
  bool include_assigned_tenants = false;
  bool include_verified_claims = false;
  bool include_status = true;
  bool include_authentication_device_ids = false;
  json::FrozenJson extra;
  bool operator==(const SecurityEventUserConfig&) const = default;
};

UiConfig read_ui_config(json::FieldReader& r);
CorsConfig read_cors_config(json::FieldReader& r);
SessionConfig read_session_config(json::FieldReader& r);
SecurityEventLogConfig read_security_event_log_config(json::FieldReader& r);
SecurityEventUserConfig read_security_event_user_config(json::FieldReader& r);

rapidjson::Value to_value(const UiConfig& c, rapidjson::Document::AllocatorType& a);
rapidjson::Value to_value(const CorsConfig& c, rapidjson::Document::AllocatorType& a);
rapidjson::Value to_value(const SessionConfig& c, rapidjson::Document::AllocatorType& a);
rapidjson::Value to_value(const SecurityEventLogConfig& c, rapidjson::Document::AllocatorType& a);
rapidjson::Value to_value(const SecurityEventUserConfig& c, rapidjson::Document::AllocatorType& a);

}  // namespace idp::domain

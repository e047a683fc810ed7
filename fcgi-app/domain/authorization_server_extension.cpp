#include "domain/authorization_server_extension.hpp"

#include <string_view>
#include <utility>

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

using Extension = AuthorizationServerExtension;

// Positive, and small enough that now + duration cannot overflow. A default_max_age of 0 asks
// for a fresh authentication every time (OIDC Core 3.1.2.1 max_age=0).
constexpr json::IntRange k_duration{1, 2147483647};
constexpr json::IntRange k_max_age{0, 2147483647};

struct Duration {
  std::string_view name;
  std::int64_t Extension::*member;
  json::IntRange range = k_duration;
};

constexpr Duration k_durations[] = {
    {"access_token_duration", &Extension::access_token_duration},
    {"refresh_token_duration", &Extension::refresh_token_duration},
    {"id_token_duration", &Extension::id_token_duration},
    {"authorization_code_valid_duration", &Extension::authorization_code_valid_duration},
    {"oauth_authorization_request_expires_in", &Extension::oauth_authorization_request_expires_in},
    {"pushed_authorization_request_expires_in",
     &Extension::pushed_authorization_request_expires_in},
    {"authorization_response_duration", &Extension::authorization_response_duration},
    {"default_max_age", &Extension::default_max_age, k_max_age},
    {"backchannel_authentication_request_expires_in",
     &Extension::backchannel_authentication_request_expires_in},
    {"backchannel_authentication_polling_interval",
     &Extension::backchannel_authentication_polling_interval},
};

constexpr std::pair<std::string_view, bool Extension::*> k_flags[] = {
    {"rotate_refresh_token", &Extension::rotate_refresh_token},
    {"id_token_strict_mode", &Extension::id_token_strict_mode},
    {"required_backchannel_auth_user_code", &Extension::required_backchannel_auth_user_code},
    {"require_pushed_authorization_requests", &Extension::require_pushed_authorization_requests},
    {"custom_claims_scope_mapping", &Extension::custom_claims_scope_mapping},
    {"access_token_user_custom_properties", &Extension::access_token_user_custom_properties},
    {"access_token_selective_user_custom_properties",
     &Extension::access_token_selective_user_custom_properties},
    {"access_token_selective_verified_claims", &Extension::access_token_selective_verified_claims},
    {"access_token_selective_standard_claims", &Extension::access_token_selective_standard_claims},
};

constexpr std::pair<std::string_view, std::vector<std::string> Extension::*> k_scope_lists[] = {
    {"fapi_baseline_scopes", &Extension::fapi_baseline_scopes},
    {"fapi_advance_scopes", &Extension::fapi_advance_scopes},
    {"fapi20_scopes", &Extension::fapi20_scopes},
    {"required_identity_verification_scopes", &Extension::required_identity_verification_scopes},
};

}  // namespace

AuthorizationServerExtension read_authorization_server_extension(json::FieldReader& r) {
  const Extension d;
  Extension e;
  e.access_token_type = r.enum_or("access_token_type", k_access_token_type_names,
                                  d.access_token_type, json::Spelling::any_case);
  e.token_signed_key_id = r.string_or("token_signed_key_id", d.token_signed_key_id);
  e.id_token_signed_key_id = r.string_or("id_token_signed_key_id", d.id_token_signed_key_id);
  for (const auto& [name, member, range] : k_durations)
    e.*member = r.int_or(name, d.*member, range);
  // idp-server matches the strategy ignoring case (RefreshTokenStrategy.of).
  e.refresh_token_strategy = r.enum_or("refresh_token_strategy", k_refresh_token_strategy_names,
                                       d.refresh_token_strategy, json::Spelling::any_case);
  for (const auto& [name, member] : k_flags) e.*member = r.bool_or(name, d.*member);
  e.backchannel_auth_user_code_type =
      r.string_or("backchannel_auth_user_code_type", d.backchannel_auth_user_code_type);
  e.default_ciba_authentication_interaction_type =
      r.enum_or("default_ciba_authentication_interaction_type", k_ciba_interaction_type_names,
                d.default_ciba_authentication_interaction_type);
  for (const auto& [name, member] : k_scope_lists) e.*member = r.strings_or(name, d.*member);
  e.extra = r.rest();
  return e;
}

rapidjson::Value to_value(const AuthorizationServerExtension& e,
                          rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.string("access_token_type", json::name_of(k_access_token_type_names, e.access_token_type))
      .string("token_signed_key_id", e.token_signed_key_id)
      .string("id_token_signed_key_id", e.id_token_signed_key_id);
  for (const auto& duration : k_durations) b.integer(duration.name, e.*duration.member);
  b.string("refresh_token_strategy",
           json::name_of(k_refresh_token_strategy_names, e.refresh_token_strategy));
  for (const auto& [name, member] : k_flags) b.boolean(name, e.*member);
  b.string("backchannel_auth_user_code_type", e.backchannel_auth_user_code_type)
      .string("default_ciba_authentication_interaction_type",
              json::name_of(k_ciba_interaction_type_names,
                            e.default_ciba_authentication_interaction_type));
  for (const auto& [name, member] : k_scope_lists) b.strings(name, e.*member);
  b.extra(e.extra);
  return b.build();
}

}  // namespace idp::domain

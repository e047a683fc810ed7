#pragma once
// The `extension` object of an authorization server: idp-server's own settings (token lifetimes,
// FAPI scopes, CIBA timings, access-token claim selection), with its defaults (seed 004 "Extension
// 設定" and "デフォルト値一覧", authorization-server.json,
// AuthorizationServerExtensionConfiguration).
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <vector>

#include "json/field_reader.hpp"

namespace idp::domain {

enum class AccessTokenType { opaque, jwt };
// idp-server examples and authorization-server.json write "JWT", the OpenAPI and seed 004 write
// "jwt": both are read (any case); "JWT" is written.
inline constexpr json::EnumTable<AccessTokenType, 2> k_access_token_type_names{{
    {"opaque", AccessTokenType::opaque},
    {"JWT", AccessTokenType::jwt},
}};

// FIXED: a refreshed token keeps the first expiry; EXTENDS: each refresh extends it.
enum class RefreshTokenStrategy { fixed, extends };
inline constexpr json::EnumTable<RefreshTokenStrategy, 2> k_refresh_token_strategy_names{{
    {"FIXED", RefreshTokenStrategy::fixed},
    {"EXTENDS", RefreshTokenStrategy::extends},
}};

// How a CIBA request reaches the user's authentication device.
enum class CibaInteractionType { device_notification, device_notification_no_action };
inline constexpr json::EnumTable<CibaInteractionType, 2> k_ciba_interaction_type_names{{
    {"authentication-device-notification", CibaInteractionType::device_notification},
    {"authentication-device-notification-no-action",
     CibaInteractionType::device_notification_no_action},
}};

struct AuthorizationServerExtension {
  AccessTokenType access_token_type = AccessTokenType::opaque;
  std::string token_signed_key_id;     // "" = the first signing key of the JWKS
  std::string id_token_signed_key_id;  // ""  = the first signing key of the JWKS
  // Lifetimes, in seconds.
  std::int64_t access_token_duration = 1800;
  std::int64_t refresh_token_duration = 3600;
  std::int64_t id_token_duration = 3600;
  std::int64_t authorization_code_valid_duration = 600;
  std::int64_t oauth_authorization_request_expires_in = 1800;
  std::int64_t pushed_authorization_request_expires_in = 90;
  std::int64_t authorization_response_duration = 60;
  std::int64_t default_max_age = 86400;
  RefreshTokenStrategy refresh_token_strategy = RefreshTokenStrategy::fixed;
  bool rotate_refresh_token = true;
  // OIDC Core 5.4: with strict mode, profile/email scopes put their claims in UserInfo only; the
  // ID token gets the claims requested with the claims parameter (seed 004).
  bool id_token_strict_mode = false;
  // CIBA.
  std::int64_t backchannel_authentication_request_expires_in = 300;
  std::int64_t backchannel_authentication_polling_interval = 5;
  bool required_backchannel_auth_user_code = false;
  std::string backchannel_auth_user_code_type = "password";
  CibaInteractionType default_ciba_authentication_interaction_type =
      CibaInteractionType::device_notification;
  // Scopes that switch on a profile's checks.
  std::vector<std::string> fapi_baseline_scopes;
  std::vector<std::string> fapi_advance_scopes;
  std::vector<std::string> fapi20_scopes;
  std::vector<std::string> required_identity_verification_scopes;
  // authorization-server.json has it here; the OpenAPI and the examples at the top level.
  bool require_pushed_authorization_requests = false;
  // Claims in tokens.
  bool custom_claims_scope_mapping = false;
  bool access_token_user_custom_properties = false;  // older name, still in the examples
  bool access_token_selective_user_custom_properties = false;
  bool access_token_selective_verified_claims = false;
  bool access_token_selective_standard_claims = false;
  json::FrozenJson extra;
  bool operator==(const AuthorizationServerExtension&) const = default;
};

AuthorizationServerExtension read_authorization_server_extension(json::FieldReader& r);
rapidjson::Value to_value(const AuthorizationServerExtension& e,
                          rapidjson::Document::AllocatorType& a);

}  // namespace idp::domain

#pragma once
// A tenant's identity_policy_config: which attribute identifies a user, the password policy, and
// the authentication-device rule (swagger-cp-tenant-ja.yaml IdentityPolicyConfiguration, seed 004
// "Identity Policy Configuration", FEATURES.md "Identity / password policy").
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>

#include "json/field_reader.hpp"

namespace idp::domain {

enum class IdentityUniqueKeyType {
  username,
  username_or_external_user_id,
  email,
  email_or_external_user_id,
  phone,
  phone_or_external_user_id,
  external_user_id,
};
inline constexpr json::EnumTable<IdentityUniqueKeyType, 7> k_identity_unique_key_type_names{{
    {"USERNAME", IdentityUniqueKeyType::username},
    {"USERNAME_OR_EXTERNAL_USER_ID", IdentityUniqueKeyType::username_or_external_user_id},
    {"EMAIL", IdentityUniqueKeyType::email},
    {"EMAIL_OR_EXTERNAL_USER_ID", IdentityUniqueKeyType::email_or_external_user_id},
    {"PHONE", IdentityUniqueKeyType::phone},
    {"PHONE_OR_EXTERNAL_USER_ID", IdentityUniqueKeyType::phone_or_external_user_id},
    {"EXTERNAL_USER_ID", IdentityUniqueKeyType::external_user_id},
}};

struct PasswordPolicy {
  std::int64_t min_length = 8;
  std::int64_t max_length = 72;  // bcrypt reads 72 bytes
  bool require_uppercase = false;
  bool require_lowercase = false;
  bool require_number = false;
  bool require_special_char = false;
  std::optional<std::string> custom_regex;
  std::optional<std::string> custom_regex_error_message;
  std::int64_t max_history = 0;  // reserved by idp-server (Issue #741)
  // Failed password attempts before the account locks, and for how long (FEATURES.md).
  std::int64_t max_attempts = 5;
  std::int64_t lockout_duration_seconds = 900;
  json::FrozenJson extra;
  bool operator==(const PasswordPolicy&) const = default;
};

// How the authentication-device endpoints authenticate the device.
enum class DeviceAuthenticationType { none, access_token, device_secret_jwt, private_key_jwt };
inline constexpr json::EnumTable<DeviceAuthenticationType, 4> k_device_authentication_type_names{{
    {"none", DeviceAuthenticationType::none},
    {"access_token", DeviceAuthenticationType::access_token},
    {"device_secret_jwt", DeviceAuthenticationType::device_secret_jwt},
    {"private_key_jwt", DeviceAuthenticationType::private_key_jwt},
}};

enum class DeviceSecretAlgorithm { hs256, hs384, hs512 };
inline constexpr json::EnumTable<DeviceSecretAlgorithm, 3> k_device_secret_algorithm_names{{
    {"HS256", DeviceSecretAlgorithm::hs256},
    {"HS384", DeviceSecretAlgorithm::hs384},
    {"HS512", DeviceSecretAlgorithm::hs512},
}};

struct AuthenticationDeviceRule {
  std::int64_t max_devices = 5;
  bool required_identity_verification = false;
  DeviceAuthenticationType authentication_type = DeviceAuthenticationType::none;
  bool issue_device_secret = false;
  DeviceSecretAlgorithm device_secret_algorithm = DeviceSecretAlgorithm::hs256;
  std::optional<std::int64_t> device_secret_expires_in_seconds;  // unset: no expiry
  json::FrozenJson extra;
  bool operator==(const AuthenticationDeviceRule&) const = default;
};

struct IdentityPolicyConfig {
  IdentityUniqueKeyType identity_unique_key_type = IdentityUniqueKeyType::email_or_external_user_id;
  PasswordPolicy password_policy;
  AuthenticationDeviceRule authentication_device_rule;
  json::FrozenJson extra;  // user_attribute_load_rule and other members, kept as they are
  bool operator==(const IdentityPolicyConfig&) const = default;
};

IdentityPolicyConfig read_identity_policy_config(json::FieldReader& r);
rapidjson::Value to_value(const IdentityPolicyConfig& c, rapidjson::Document::AllocatorType& a);

}  // namespace idp::domain

#pragma once
// A user of a tenant: the OIDC standard claims (OIDC Core 5.1) and idp-server's account data
// (user.json, admin-user.json, swagger-cp-user-ja.yaml, FEATURES.md 1.9).
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

// OIDC Core 5.1.1.
struct Address {
  std::optional<std::string> formatted;
  std::optional<std::string> street_address;
  std::optional<std::string> locality;
  std::optional<std::string> region;
  std::optional<std::string> postal_code;
  std::optional<std::string> country;
  json::FrozenJson extra;
  bool operator==(const Address&) const = default;
};

enum class NotificationChannel { fcm, apns };
inline constexpr json::EnumTable<NotificationChannel, 2> k_notification_channel_names{{
    {"fcm", NotificationChannel::fcm},
    {"apns", NotificationChannel::apns},
}};

// A device that receives CIBA and MFA notifications.
struct AuthenticationDevice {
  std::string id;  // UUID, required
  std::optional<std::string> platform;
  std::optional<std::string> os;
  std::optional<std::string> model;
  std::optional<NotificationChannel> notification_channel;
  std::optional<std::string> notification_token;
  std::optional<std::int64_t> priority;  // >= 1
  json::FrozenJson extra;
  bool operator==(const AuthenticationDevice&) const = default;
};

struct RoleAssignment {
  std::optional<std::string> role_id;  // UUID
  std::optional<std::string> role_name;
  json::FrozenJson extra;
  bool operator==(const RoleAssignment&) const = default;
};

enum class UserStatus {
  unregistered,
  initialized,
  federated,
  registered,
  identity_verified,
  identity_verification_required,
  locked,
  disabled,
  suspended,
  deactivated,
  deleted_pending,
  deleted,
};
inline constexpr json::EnumTable<UserStatus, 12> k_user_status_names{{
    {"UNREGISTERED", UserStatus::unregistered},
    {"INITIALIZED", UserStatus::initialized},
    {"FEDERATED", UserStatus::federated},
    {"REGISTERED", UserStatus::registered},
    {"IDENTITY_VERIFIED", UserStatus::identity_verified},
    {"IDENTITY_VERIFICATION_REQUIRED", UserStatus::identity_verification_required},
    {"LOCKED", UserStatus::locked},
    {"DISABLED", UserStatus::disabled},
    {"SUSPENDED", UserStatus::suspended},
    {"DEACTIVATED", UserStatus::deactivated},
    {"DELETED_PENDING", UserStatus::deleted_pending},
    {"DELETED", UserStatus::deleted},
}};

struct User {
  std::optional<std::string> sub;  // UUID; the server assigns one when absent
  std::string provider_id = "idp-server";
  std::optional<std::string> external_user_id;
  std::optional<std::string> username;
  std::optional<std::string> name;
  std::optional<std::string> given_name;
  std::optional<std::string> family_name;
  std::optional<std::string> middle_name;
  std::optional<std::string> nickname;
  std::optional<std::string> preferred_username;
  std::optional<std::string> profile;
  std::optional<std::string> picture;
  std::optional<std::string> website;
  std::optional<std::string> email;
  bool email_verified = false;
  std::optional<std::string> gender;
  std::optional<std::string> birthdate;
  std::optional<std::string> zoneinfo;
  std::optional<std::string> locale;
  std::optional<std::string> phone_number;
  bool phone_number_verified = false;
  std::optional<Address> address;
  std::optional<UserStatus> status;

  // Input only: hashed by the caller, never written back.
  std::optional<std::string> raw_password;
  // Written only with include_secrets.
  std::optional<std::string> hashed_password;

  std::optional<json::FrozenJson> custom_properties;  // object
  std::optional<json::FrozenJson> verified_claims;    // object {verification, claims}
  std::vector<AuthenticationDevice> authentication_devices;

  std::optional<std::string> role;  // user.json (initialization): one role name
  std::vector<RoleAssignment> roles;
  std::vector<std::string> permissions;
  std::vector<std::string> assigned_tenants;  // UUIDs
  std::optional<std::string> current_tenant;
  std::vector<std::string> assigned_organizations;  // UUIDs
  std::optional<std::string> current_organization;

  json::FrozenJson extra;
  bool operator==(const User&) const = default;
};

User read_user(json::FieldReader& r);
// Error paths start with "user.".
Expected<User> parse_user(const rapidjson::Value& value);

// Never writes raw_password; writes hashed_password only with include_secrets.
rapidjson::Value to_value(const User& u, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const User& u, bool include_secrets);

}  // namespace idp::domain

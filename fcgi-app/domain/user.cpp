#include "domain/user.hpp"

#include <string_view>

#include "base/strings.hpp"
#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

struct StringMember {
  std::string_view name;
  std::optional<std::string> User::*member;
};

constexpr StringMember k_claims[] = {
    {"external_user_id", &User::external_user_id},
    {"username", &User::username},
    {"name", &User::name},
    {"given_name", &User::given_name},
    {"family_name", &User::family_name},
    {"middle_name", &User::middle_name},
    {"nickname", &User::nickname},
    {"preferred_username", &User::preferred_username},
    {"profile", &User::profile},
    {"picture", &User::picture},
    {"website", &User::website},
    {"email", &User::email},
    {"gender", &User::gender},
    {"birthdate", &User::birthdate},
    {"zoneinfo", &User::zoneinfo},
    {"locale", &User::locale},
    {"phone_number", &User::phone_number},
};

struct AddressMember {
  std::string_view name;
  std::optional<std::string> Address::*member;
};

constexpr AddressMember k_address[] = {
    {"formatted", &Address::formatted},     {"street_address", &Address::street_address},
    {"locality", &Address::locality},       {"region", &Address::region},
    {"postal_code", &Address::postal_code}, {"country", &Address::country},
};

bool is_uuid_text(std::string_view s) {
  return is_uuid(s);
}
const json::Choices k_uuid{{}, json::Spelling::exact, &is_uuid_text, "a UUID"};

Address read_address(json::FieldReader& r) {
  Address address;
  for (const auto& [name, member] : k_address) address.*member = r.optional_string(name);
  address.extra = r.rest();
  return address;
}

AuthenticationDevice read_device(json::FieldReader& r) {
  AuthenticationDevice device;
  device.id = r.required_uuid("id");
  device.platform = r.optional_string("platform");
  device.os = r.optional_string("os");
  device.model = r.optional_string("model");
  device.notification_channel =
      r.optional_enum("notification_channel", k_notification_channel_names);
  device.notification_token = r.optional_string("notification_token");
  device.priority = r.optional_int("priority", {1, 2147483647});
  device.extra = r.rest();
  return device;
}

RoleAssignment read_role(json::FieldReader& r) {
  RoleAssignment role;
  role.role_id = r.optional_uuid("role_id");
  role.role_name = r.optional_string("role_name");
  role.extra = r.rest();
  return role;
}

rapidjson::Value to_value(const Address& address, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  for (const auto& [name, member] : k_address) b.optional_string(name, address.*member);
  b.extra(address.extra);
  return b.build();
}

rapidjson::Value to_value(const AuthenticationDevice& d, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.string("id", d.id)
      .optional_string("platform", d.platform)
      .optional_string("os", d.os)
      .optional_string("model", d.model);
  if (d.notification_channel)
    b.string("notification_channel",
             json::name_of(k_notification_channel_names, *d.notification_channel));
  b.optional_string("notification_token", d.notification_token)
      .optional_integer("priority", d.priority)
      .extra(d.extra);
  return b.build();
}

rapidjson::Value to_value(const RoleAssignment& role, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.optional_string("role_id", role.role_id)
      .optional_string("role_name", role.role_name)
      .extra(role.extra);
  return b.build();
}

template <class T>
rapidjson::Value list_value(const std::vector<T>& items, rapidjson::Document::AllocatorType& a) {
  rapidjson::Value list(rapidjson::kArrayType);
  for (const auto& item : items) list.PushBack(to_value(item, a), a);
  return list;
}

}  // namespace

User read_user(json::FieldReader& r) {
  const User d;
  User u;
  u.sub = r.optional_uuid("sub");
  u.provider_id = r.string_or("provider_id", d.provider_id);
  for (const auto& [name, member] : k_claims) u.*member = r.optional_string(name);
  u.email_verified = r.bool_or("email_verified", d.email_verified);
  u.phone_number_verified = r.bool_or("phone_number_verified", d.phone_number_verified);
  if (r.has("address")) {
    auto address = r.object("address");
    u.address = read_address(address);
  }
  u.status = r.optional_enum("status", k_user_status_names);
  u.raw_password = r.optional_string("raw_password");
  u.hashed_password = r.optional_string("hashed_password");
  u.custom_properties = r.optional_object("custom_properties");
  u.verified_claims = r.optional_object("verified_claims");
  r.for_each_object("authentication_devices", [&](json::FieldReader& item, std::size_t) {
    u.authentication_devices.push_back(read_device(item));
  });
  u.role = r.optional_string("role");
  r.for_each_object(
      "roles", [&](json::FieldReader& item, std::size_t) { u.roles.push_back(read_role(item)); });
  u.permissions = r.strings_or("permissions", {});
  u.assigned_tenants = r.strings_or("assigned_tenants", {}, &k_uuid);
  u.current_tenant = r.optional_uuid("current_tenant");
  u.assigned_organizations = r.strings_or("assigned_organizations", {}, &k_uuid);
  u.current_organization = r.optional_uuid("current_organization");
  u.extra = r.rest();
  return u;
}

Expected<User> parse_user(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "user", errors);
  User u = read_user(r);
  if (!errors.empty()) return fail(errors.summary());
  return u;
}

rapidjson::Value to_value(const User& u, rapidjson::Document::AllocatorType& a,
                          bool include_secrets) {
  JsonBuilder b(a);
  b.optional_string("sub", u.sub).string("provider_id", u.provider_id);
  for (const auto& [name, member] : k_claims) b.optional_string(name, u.*member);
  b.boolean("email_verified", u.email_verified)
      .boolean("phone_number_verified", u.phone_number_verified);
  if (u.address) b.value("address", to_value(*u.address, a));
  if (u.status) b.string("status", json::name_of(k_user_status_names, *u.status));
  if (include_secrets) b.optional_string("hashed_password", u.hashed_password);
  b.optional_raw("custom_properties", u.custom_properties)
      .optional_raw("verified_claims", u.verified_claims);
  if (!u.authentication_devices.empty())
    b.value("authentication_devices", list_value(u.authentication_devices, a));
  b.optional_string("role", u.role);
  if (!u.roles.empty()) b.value("roles", list_value(u.roles, a));
  b.nonempty_strings("permissions", u.permissions)
      .nonempty_strings("assigned_tenants", u.assigned_tenants)
      .optional_string("current_tenant", u.current_tenant)
      .nonempty_strings("assigned_organizations", u.assigned_organizations)
      .optional_string("current_organization", u.current_organization)
      .extra(u.extra);
  return b.build();
}

std::string to_json(const User& u, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(u, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain

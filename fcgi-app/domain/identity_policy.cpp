#include "domain/identity_policy.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

constexpr json::IntRange k_password_length{1, 72};  // swagger-cp-tenant-ja.yaml
constexpr json::IntRange k_count{0, 2147483647};
constexpr json::IntRange k_seconds{0, 2147483647};

PasswordPolicy read_password_policy(json::FieldReader& r) {
  const PasswordPolicy d;
  PasswordPolicy p;
  p.min_length = r.int_or("min_length", d.min_length, k_password_length);
  p.max_length = r.int_or("max_length", d.max_length, k_password_length);
  if (p.min_length > p.max_length)
    r.problem("min_length", "must not exceed max_length (" + std::to_string(p.max_length) + ")");
  p.require_uppercase = r.bool_or("require_uppercase", d.require_uppercase);
  p.require_lowercase = r.bool_or("require_lowercase", d.require_lowercase);
  p.require_number = r.bool_or("require_number", d.require_number);
  p.require_special_char = r.bool_or("require_special_char", d.require_special_char);
  p.custom_regex = r.optional_string("custom_regex");
  p.custom_regex_error_message = r.optional_string("custom_regex_error_message");
  p.max_history = r.int_or("max_history", d.max_history, k_count);
  p.max_attempts = r.int_or("max_attempts", d.max_attempts, {1, 2147483647});
  p.lockout_duration_seconds =
      r.int_or("lockout_duration_seconds", d.lockout_duration_seconds, k_seconds);
  p.extra = r.rest();
  return p;
}

AuthenticationDeviceRule read_device_rule(json::FieldReader& r) {
  const AuthenticationDeviceRule d;
  AuthenticationDeviceRule rule;
  rule.max_devices = r.int_or("max_devices", d.max_devices, {1, 2147483647});
  rule.required_identity_verification =
      r.bool_or("required_identity_verification", d.required_identity_verification);
  rule.authentication_type =
      r.enum_or("authentication_type", k_device_authentication_type_names, d.authentication_type);
  rule.issue_device_secret = r.bool_or("issue_device_secret", d.issue_device_secret);
  rule.device_secret_algorithm = r.enum_or(
      "device_secret_algorithm", k_device_secret_algorithm_names, d.device_secret_algorithm);
  rule.device_secret_expires_in_seconds =
      r.optional_int("device_secret_expires_in_seconds", k_seconds);
  rule.extra = r.rest();
  return rule;
}

rapidjson::Value to_value(const PasswordPolicy& p, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.integer("min_length", p.min_length)
      .integer("max_length", p.max_length)
      .boolean("require_uppercase", p.require_uppercase)
      .boolean("require_lowercase", p.require_lowercase)
      .boolean("require_number", p.require_number)
      .boolean("require_special_char", p.require_special_char)
      .optional_string("custom_regex", p.custom_regex)
      .optional_string("custom_regex_error_message", p.custom_regex_error_message)
      .integer("max_history", p.max_history)
      .integer("max_attempts", p.max_attempts)
      .integer("lockout_duration_seconds", p.lockout_duration_seconds)
      .extra(p.extra);
  return b.build();
}

rapidjson::Value to_value(const AuthenticationDeviceRule& r,
                          rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.integer("max_devices", r.max_devices)
      .boolean("required_identity_verification", r.required_identity_verification)
      .string("authentication_type",
              json::name_of(k_device_authentication_type_names, r.authentication_type))
      .boolean("issue_device_secret", r.issue_device_secret)
      .string("device_secret_algorithm",
              json::name_of(k_device_secret_algorithm_names, r.device_secret_algorithm))
      .optional_integer("device_secret_expires_in_seconds", r.device_secret_expires_in_seconds)
      .extra(r.extra);
  return b.build();
}

}  // namespace

IdentityPolicyConfig read_identity_policy_config(json::FieldReader& r) {
  const IdentityPolicyConfig d;
  IdentityPolicyConfig c;
  // idp-server upper-cases the value before looking it up (TenantIdentityPolicy.fromMap).
  c.identity_unique_key_type =
      r.enum_or("identity_unique_key_type", k_identity_unique_key_type_names,
                d.identity_unique_key_type, json::Spelling::any_case);
  auto password = r.object("password_policy");
  c.password_policy = read_password_policy(password);
  auto device = r.object("authentication_device_rule");
  c.authentication_device_rule = read_device_rule(device);
  c.extra = r.rest();
  return c;
}

rapidjson::Value to_value(const IdentityPolicyConfig& c, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.string("identity_unique_key_type",
           json::name_of(k_identity_unique_key_type_names, c.identity_unique_key_type))
      .value("password_policy", to_value(c.password_policy, a))
      .value("authentication_device_rule", to_value(c.authentication_device_rule, a))
      .extra(c.extra);
  return b.build();
}

}  // namespace idp::domain

#include "domain/client.hpp"

#include <limits>
#include <string_view>

#include "domain/json_builder.hpp"
#include "domain/vocabulary.hpp"

namespace idp::domain {
namespace {

namespace vocab = vocabulary;

struct StringMember {
  std::string_view name;
  std::optional<std::string> Client::*member;
};

struct AlgorithmMember {
  std::string_view name;
  std::optional<std::string> Client::*member;
  const json::Choices& (*choices)();
};

struct StringListMember {
  std::string_view name;
  std::vector<std::string> Client::*member;
  const json::Choices& (*choices)() = nullptr;
};

struct FlagMember {
  std::string_view name;
  bool Client::*member;
};

// Human-readable members that may carry language tags ("client_name#ja-Jpan-JP").
constexpr std::string_view k_localizable[] = {"client_name", "client_uri", "logo_uri", "policy_uri",
                                              "tos_uri"};

constexpr StringMember k_strings[] = {
    {"client_name", &Client::client_name},
    {"client_uri", &Client::client_uri},
    {"logo_uri", &Client::logo_uri},
    {"policy_uri", &Client::policy_uri},
    {"tos_uri", &Client::tos_uri},
    {"jwks_uri", &Client::jwks_uri},
    {"sector_identifier_uri", &Client::sector_identifier_uri},
    {"software_id", &Client::software_id},
    {"software_version", &Client::software_version},
    {"initiate_login_uri", &Client::initiate_login_uri},
    {"backchannel_client_notification_endpoint", &Client::backchannel_client_notification_endpoint},
    {"tls_client_auth_subject_dn", &Client::tls_client_auth_subject_dn},
    {"tls_client_auth_san_dns", &Client::tls_client_auth_san_dns},
    {"tls_client_auth_san_uri", &Client::tls_client_auth_san_uri},
    {"tls_client_auth_san_ip", &Client::tls_client_auth_san_ip},
    {"tls_client_auth_san_email", &Client::tls_client_auth_san_email},
    {"backchannel_logout_uri", &Client::backchannel_logout_uri},
    {"frontchannel_logout_uri", &Client::frontchannel_logout_uri},
};

constexpr AlgorithmMember k_algorithms[] = {
    {"token_endpoint_auth_signing_alg", &Client::token_endpoint_auth_signing_alg,
     &vocab::jws_algorithms},
    {"id_token_signed_response_alg", &Client::id_token_signed_response_alg, &vocab::jws_algorithms},
    {"id_token_encrypted_response_alg", &Client::id_token_encrypted_response_alg,
     &vocab::jwe_key_algorithms},
    {"id_token_encrypted_response_enc", &Client::id_token_encrypted_response_enc,
     &vocab::jwe_content_algorithms},
    {"userinfo_signed_response_alg", &Client::userinfo_signed_response_alg, &vocab::jws_algorithms},
    {"userinfo_encrypted_response_alg", &Client::userinfo_encrypted_response_alg,
     &vocab::jwe_key_algorithms},
    {"userinfo_encrypted_response_enc", &Client::userinfo_encrypted_response_enc,
     &vocab::jwe_content_algorithms},
    {"request_object_signing_alg", &Client::request_object_signing_alg, &vocab::jws_algorithms},
    {"request_object_encryption_alg", &Client::request_object_encryption_alg,
     &vocab::jwe_key_algorithms},
    {"request_object_encryption_enc", &Client::request_object_encryption_enc,
     &vocab::jwe_content_algorithms},
    {"authorization_signed_response_alg", &Client::authorization_signed_response_alg,
     &vocab::jws_algorithms},
    {"authorization_encrypted_response_alg", &Client::authorization_encrypted_response_alg,
     &vocab::jwe_key_algorithms},
    {"authorization_encrypted_response_enc", &Client::authorization_encrypted_response_enc,
     &vocab::jwe_content_algorithms},
    {"backchannel_authentication_request_signing_alg",
     &Client::backchannel_authentication_request_signing_alg, &vocab::jws_algorithms},
};

constexpr StringListMember k_lists[] = {
    {"redirect_uris", &Client::redirect_uris},
    {"post_logout_redirect_uris", &Client::post_logout_redirect_uris},
    {"response_types", &Client::response_types, &vocab::response_types},
    {"grant_types", &Client::grant_types, &vocab::grant_types},
    {"contacts", &Client::contacts},
    {"default_acr_values", &Client::default_acr_values},
    {"request_uris", &Client::request_uris},
    {"authorization_details_types", &Client::authorization_details_types},
};

constexpr FlagMember k_flags[] = {
    {"require_auth_time", &Client::require_auth_time},
    {"require_pkce", &Client::require_pkce},
    {"backchannel_user_code_parameter", &Client::backchannel_user_code_parameter},
    {"tls_client_certificate_bound_access_tokens",
     &Client::tls_client_certificate_bound_access_tokens},
    {"backchannel_logout_session_required", &Client::backchannel_logout_session_required},
    {"frontchannel_logout_session_required", &Client::frontchannel_logout_session_required},
    {"enabled", &Client::enabled},
};

constexpr json::IntRange k_non_negative{0, std::numeric_limits<std::int64_t>::max()};

bool is_localized_member(std::string_view name) {
  auto hash = name.find('#');
  if (hash == std::string_view::npos || hash + 1 == name.size()) return false;
  for (auto base : k_localizable)
    if (name.substr(0, hash) == base) return true;
  return false;
}

}  // namespace

Client read_client(json::FieldReader& r) {
  const Client d;
  Client c;
  c.client_id = r.required_string("client_id");
  c.client_id_alias = r.optional_string("client_id_alias");
  c.client_secret = r.optional_string("client_secret");
  c.client_id_issued_at = r.optional_int("client_id_issued_at", k_non_negative);
  c.client_secret_expires_at = r.optional_int("client_secret_expires_at", k_non_negative);

  for (const auto& list : k_lists) {
    const json::Choices* choices = list.choices ? &list.choices() : nullptr;
    c.*list.member = r.strings_or(list.name, d.*list.member, choices);
  }
  c.scope = r.optional_string("scope");
  if (c.scope) c.scopes = vocab::split_scope(*c.scope);
  c.application_type = r.enum_or("application_type", k_application_type_names, d.application_type);

  for (const auto& [name, member] : k_strings) c.*member = r.optional_string(name);
  for (auto name : r.member_names()) {
    if (!is_localized_member(name)) continue;
    if (auto value = r.optional_string(name)) c.localized.emplace_back(std::string(name), *value);
  }

  c.token_endpoint_auth_method = r.enum_or("token_endpoint_auth_method", k_client_auth_method_names,
                                           d.token_endpoint_auth_method);
  c.jwks = r.optional_string("jwks");
  if (c.jwks && c.jwks->empty()) c.jwks.reset();
  if (c.jwks) {
    if (auto problem = vocab::jwk_set_problem(*c.jwks)) r.problem("jwks", *problem);
  }
  c.subject_type = r.optional_enum("subject_type", k_subject_type_names);
  for (const auto& [name, member, choices] : k_algorithms)
    c.*member = r.optional_choice(name, choices());

  c.default_max_age = r.optional_int("default_max_age", k_non_negative);
  c.backchannel_token_delivery_mode = r.enum_or(
      "backchannel_token_delivery_mode", k_delivery_mode_names, d.backchannel_token_delivery_mode);
  for (const auto& [name, member] : k_flags) c.*member = r.bool_or(name, d.*member);

  auto extension = r.object("extension");
  c.extension = read_client_extension(extension);
  c.extra = r.rest();
  return c;
}

Expected<Client> parse_client(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "client", errors);
  Client c = read_client(r);
  if (!errors.empty()) return fail(errors.summary());
  return c;
}

rapidjson::Value to_value(const Client& c, rapidjson::Document::AllocatorType& a,
                          bool include_secrets) {
  JsonBuilder b(a);
  b.string("client_id", c.client_id).optional_string("client_id_alias", c.client_id_alias);
  if (include_secrets) b.optional_string("client_secret", c.client_secret);
  b.optional_integer("client_id_issued_at", c.client_id_issued_at)
      .optional_integer("client_secret_expires_at", c.client_secret_expires_at);
  for (const auto& list : k_lists) b.strings(list.name, c.*list.member);
  b.optional_string("scope", c.scope)
      .string("application_type", json::name_of(k_application_type_names, c.application_type));
  for (const auto& [name, member] : k_strings) b.optional_string(name, c.*member);
  for (const auto& [name, value] : c.localized) b.string(name, value);
  b.string("token_endpoint_auth_method",
           json::name_of(k_client_auth_method_names, c.token_endpoint_auth_method))
      .optional_string("jwks", c.jwks);
  if (c.subject_type)
    b.string("subject_type", json::name_of(k_subject_type_names, *c.subject_type));
  for (const auto& algorithm : k_algorithms) b.optional_string(algorithm.name, c.*algorithm.member);
  b.optional_integer("default_max_age", c.default_max_age)
      .string("backchannel_token_delivery_mode",
              json::name_of(k_delivery_mode_names, c.backchannel_token_delivery_mode));
  for (const auto& [name, member] : k_flags) b.boolean(name, c.*member);
  b.value("extension", to_value(c.extension, a)).extra(c.extra);
  return b.build();
}

std::string to_json(const Client& c, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(c, doc.GetAllocator(), include_secrets));
}

}  // namespace idp::domain

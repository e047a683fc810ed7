#include "domain/authorization_server.hpp"

#include <string_view>

#include "domain/json_builder.hpp"
#include "domain/vocabulary.hpp"

namespace idp::domain {
namespace {

using Server = AuthorizationServer;
namespace vocab = vocabulary;

struct StringMember {
  std::string_view name;
  std::optional<std::string> Server::*member;
};

struct StringListMember {
  std::string_view name;
  std::vector<std::string> Server::*member;
  const json::Choices& (*choices)() = nullptr;  // nullptr: free text (scopes, claims, locales)
  bool required = false;
};

struct FlagMember {
  std::string_view name;
  bool Server::*member;
};

constexpr StringMember k_endpoints[] = {
    {"userinfo_endpoint", &Server::userinfo_endpoint},
    {"registration_endpoint", &Server::registration_endpoint},
    {"end_session_endpoint", &Server::end_session_endpoint},
    {"revocation_endpoint", &Server::revocation_endpoint},
    {"introspection_endpoint", &Server::introspection_endpoint},
    {"token_revocation_endpoint", &Server::token_revocation_endpoint},
    {"token_introspection_endpoint", &Server::token_introspection_endpoint},
    {"pushed_authorization_request_endpoint", &Server::pushed_authorization_request_endpoint},
    {"backchannel_authentication_endpoint", &Server::backchannel_authentication_endpoint},
    {"service_documentation", &Server::service_documentation},
    {"op_policy_uri", &Server::op_policy_uri},
    {"op_tos_uri", &Server::op_tos_uri},
};

constexpr StringListMember k_lists[] = {
    {"scopes_supported", &Server::scopes_supported, nullptr, true},
    {"response_types_supported", &Server::response_types_supported, &vocab::response_types, true},
    {"response_modes_supported", &Server::response_modes_supported, &vocab::response_modes},
    {"grant_types_supported", &Server::grant_types_supported, &vocab::grant_types},
    {"acr_values_supported", &Server::acr_values_supported},
    {"subject_types_supported", &Server::subject_types_supported, &vocab::subject_types, true},
    {"id_token_signing_alg_values_supported", &Server::id_token_signing_alg_values_supported,
     &vocab::jws_algorithms},
    {"id_token_encryption_alg_values_supported", &Server::id_token_encryption_alg_values_supported,
     &vocab::jwe_key_algorithms},
    {"id_token_encryption_enc_values_supported", &Server::id_token_encryption_enc_values_supported,
     &vocab::jwe_content_algorithms},
    {"userinfo_signing_alg_values_supported", &Server::userinfo_signing_alg_values_supported,
     &vocab::jws_algorithms},
    {"userinfo_encryption_alg_values_supported", &Server::userinfo_encryption_alg_values_supported,
     &vocab::jwe_key_algorithms},
    {"userinfo_encryption_enc_values_supported", &Server::userinfo_encryption_enc_values_supported,
     &vocab::jwe_content_algorithms},
    {"request_object_signing_alg_values_supported",
     &Server::request_object_signing_alg_values_supported, &vocab::jws_algorithms},
    {"request_object_encryption_alg_values_supported",
     &Server::request_object_encryption_alg_values_supported, &vocab::jwe_key_algorithms},
    {"request_object_encryption_enc_values_supported",
     &Server::request_object_encryption_enc_values_supported, &vocab::jwe_content_algorithms},
    {"authorization_signing_alg_values_supported",
     &Server::authorization_signing_alg_values_supported, &vocab::jws_algorithms},
    {"authorization_encryption_alg_values_supported",
     &Server::authorization_encryption_alg_values_supported, &vocab::jwe_key_algorithms},
    {"authorization_encryption_enc_values_supported",
     &Server::authorization_encryption_enc_values_supported, &vocab::jwe_content_algorithms},
    {"token_endpoint_auth_methods_supported", &Server::token_endpoint_auth_methods_supported,
     &vocab::client_auth_methods},
    {"token_endpoint_auth_signing_alg_values_supported",
     &Server::token_endpoint_auth_signing_alg_values_supported, &vocab::jws_algorithms},
    {"revocation_endpoint_auth_methods_supported",
     &Server::revocation_endpoint_auth_methods_supported, &vocab::client_auth_methods},
    {"revocation_endpoint_auth_signing_alg_values_supported",
     &Server::revocation_endpoint_auth_signing_alg_values_supported, &vocab::jws_algorithms},
    {"introspection_endpoint_auth_methods_supported",
     &Server::introspection_endpoint_auth_methods_supported, &vocab::client_auth_methods},
    {"introspection_endpoint_auth_signing_alg_values_supported",
     &Server::introspection_endpoint_auth_signing_alg_values_supported, &vocab::jws_algorithms},
    {"display_values_supported", &Server::display_values_supported, &vocab::display_values},
    {"claim_types_supported", &Server::claim_types_supported, &vocab::claim_types},
    {"claims_supported", &Server::claims_supported},
    {"claims_locales_supported", &Server::claims_locales_supported},
    {"ui_locales_supported", &Server::ui_locales_supported},
    {"code_challenge_methods_supported", &Server::code_challenge_methods_supported,
     &vocab::code_challenge_methods},
    {"dpop_signing_alg_values_supported", &Server::dpop_signing_alg_values_supported,
     &vocab::jws_algorithms},
    {"backchannel_token_delivery_modes_supported",
     &Server::backchannel_token_delivery_modes_supported, &vocab::delivery_modes},
    {"backchannel_authentication_request_signing_alg_values_supported",
     &Server::backchannel_authentication_request_signing_alg_values_supported,
     &vocab::jws_algorithms},
    {"authorization_details_types_supported", &Server::authorization_details_types_supported},
    {"trust_frameworks_supported", &Server::trust_frameworks_supported},
    {"evidence_supported", &Server::evidence_supported},
    {"id_documents_supported", &Server::id_documents_supported},
    {"id_documents_verification_methods_supported",
     &Server::id_documents_verification_methods_supported},
    {"documents_supported", &Server::documents_supported},
    {"documents_methods_supported", &Server::documents_methods_supported},
    {"documents_check_methods_supported", &Server::documents_check_methods_supported},
    {"electronic_records_supported", &Server::electronic_records_supported},
    {"claims_in_verified_claims_supported", &Server::claims_in_verified_claims_supported},
};

constexpr FlagMember k_flags[] = {
    {"claims_parameter_supported", &Server::claims_parameter_supported},
    {"request_parameter_supported", &Server::request_parameter_supported},
    {"request_uri_parameter_supported", &Server::request_uri_parameter_supported},
    {"require_request_uri_registration", &Server::require_request_uri_registration},
    {"require_signed_request_object", &Server::require_signed_request_object},
    {"require_pushed_authorization_requests", &Server::require_pushed_authorization_requests},
    {"authorization_response_iss_parameter_supported",
     &Server::authorization_response_iss_parameter_supported},
    {"tls_client_certificate_bound_access_tokens",
     &Server::tls_client_certificate_bound_access_tokens},
    {"backchannel_user_code_parameter_supported",
     &Server::backchannel_user_code_parameter_supported},
    {"verified_claims_supported", &Server::verified_claims_supported},
    {"enabled", &Server::enabled},
};

}  // namespace

AuthorizationServer read_authorization_server(json::FieldReader& r) {
  const Server d;
  Server s;
  s.issuer = r.required_string("issuer");
  s.authorization_endpoint = r.required_string("authorization_endpoint");
  s.token_endpoint = r.required_string("token_endpoint");
  s.jwks_uri = r.required_string("jwks_uri");
  for (const auto& [name, member] : k_endpoints) s.*member = r.optional_string(name);

  s.jwks = r.optional_string("jwks");
  if (s.jwks && s.jwks->empty()) s.jwks.reset();  // idp-server's "no keys yet"
  if (s.jwks) {
    if (auto problem = vocab::jwk_set_problem(*s.jwks)) r.problem("jwks", *problem);
  }

  for (const auto& list : k_lists) {
    if (list.required && !r.has(list.name)) r.problem(list.name, "missing required member");
    const json::Choices* choices = list.choices ? &list.choices() : nullptr;
    s.*list.member = r.strings_or(list.name, d.*list.member, choices);
  }
  for (const auto& [name, member] : k_flags) s.*member = r.bool_or(name, d.*member);

  s.mtls_endpoint_aliases = r.string_map("mtls_endpoint_aliases");
  s.credential_issuer_metadata = r.optional_object("credential_issuer_metadata");
  s.vp_formats_supported = r.optional_object("vp_formats_supported");

  auto extension = r.object("extension");
  s.extension = read_authorization_server_extension(extension);
  s.extra = r.rest();
  return s;
}

Expected<AuthorizationServer> parse_authorization_server(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "authorization_server", errors);
  Server s = read_authorization_server(r);
  if (!errors.empty()) return fail(errors.summary());
  return s;
}

rapidjson::Value to_value(const AuthorizationServer& s, rapidjson::Document::AllocatorType& a,
                          bool include_secrets) {
  JsonBuilder b(a);
  b.string("issuer", s.issuer)
      .string("authorization_endpoint", s.authorization_endpoint)
      .string("token_endpoint", s.token_endpoint)
      .string("jwks_uri", s.jwks_uri);
  for (const auto& [name, member] : k_endpoints) b.optional_string(name, s.*member);
  if (include_secrets) b.optional_string("jwks", s.jwks);
  for (const auto& list : k_lists) b.strings(list.name, s.*list.member);
  for (const auto& [name, member] : k_flags) b.boolean(name, s.*member);
  if (!s.mtls_endpoint_aliases.empty())
    b.string_map("mtls_endpoint_aliases", s.mtls_endpoint_aliases);
  b.optional_raw("credential_issuer_metadata", s.credential_issuer_metadata)
      .optional_raw("vp_formats_supported", s.vp_formats_supported)
      .value("extension", to_value(s.extension, a))
      .extra(s.extra);
  return b.build();
}

std::string to_json(const AuthorizationServer& s, bool include_secrets) {
  rapidjson::Document doc;
  return write_value(to_value(s, doc.GetAllocator(), include_secrets));
}

const std::optional<std::string>& introspection_endpoint(const AuthorizationServer& s) {
  return s.introspection_endpoint ? s.introspection_endpoint : s.token_introspection_endpoint;
}

const std::optional<std::string>& revocation_endpoint(const AuthorizationServer& s) {
  return s.revocation_endpoint ? s.revocation_endpoint : s.token_revocation_endpoint;
}

bool requires_pushed_authorization_requests(const AuthorizationServer& s) {
  return s.require_pushed_authorization_requests ||
         s.extension.require_pushed_authorization_requests;
}

}  // namespace idp::domain

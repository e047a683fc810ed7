#pragma once
// A tenant's authorization server: the OpenID Provider metadata it publishes (OIDC Discovery 1.0
// 3, RFC 8414, RFC 9126, RFC 8705, CIBA, JARM, RAR, DPoP, OIDC4IDA), its signing keys, and
// idp-server's `extension` settings (authorization-server.json, swagger-cp-tenant-ja.yaml
// OpenIDConfiguration, seed 004).
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/expected.hpp"
#include "domain/authorization_server_extension.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

struct AuthorizationServer {
  // Required by authorization-server.json.
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string jwks_uri;
  std::optional<std::string> userinfo_endpoint;
  std::optional<std::string> registration_endpoint;
  std::optional<std::string> end_session_endpoint;
  std::optional<std::string> revocation_endpoint;     // RFC 7009 / RFC 8414
  std::optional<std::string> introspection_endpoint;  // RFC 7662 / RFC 8414
  // The names older idp-server configurations use for the two endpoints above.
  std::optional<std::string> token_revocation_endpoint;
  std::optional<std::string> token_introspection_endpoint;
  std::optional<std::string> pushed_authorization_request_endpoint;  // RFC 9126
  std::optional<std::string> backchannel_authentication_endpoint;    // CIBA
  std::optional<std::string> service_documentation;
  std::optional<std::string> op_policy_uri;
  std::optional<std::string> op_tos_uri;
  // The tenant's JWK Set, private keys included, as a JSON string (how idp-server stores it).
  // Checked to be a JSON object with a "keys" array; the keys are read by jose/.
  std::optional<std::string> jwks;

  std::vector<std::string> scopes_supported;          // required
  std::vector<std::string> response_types_supported;  // required
  std::vector<std::string> response_modes_supported = {"query", "fragment"};
  std::vector<std::string> grant_types_supported = {"authorization_code", "implicit"};
  std::vector<std::string> acr_values_supported;
  std::vector<std::string> subject_types_supported;  // required
  std::vector<std::string> id_token_signing_alg_values_supported = {"RS256"};
  std::vector<std::string> id_token_encryption_alg_values_supported;
  std::vector<std::string> id_token_encryption_enc_values_supported;
  std::vector<std::string> userinfo_signing_alg_values_supported;
  std::vector<std::string> userinfo_encryption_alg_values_supported;
  std::vector<std::string> userinfo_encryption_enc_values_supported;
  std::vector<std::string> request_object_signing_alg_values_supported;
  std::vector<std::string> request_object_encryption_alg_values_supported;
  std::vector<std::string> request_object_encryption_enc_values_supported;
  std::vector<std::string> authorization_signing_alg_values_supported;  // JARM
  std::vector<std::string> authorization_encryption_alg_values_supported;
  std::vector<std::string> authorization_encryption_enc_values_supported;
  std::vector<std::string> token_endpoint_auth_methods_supported = {"client_secret_basic"};
  std::vector<std::string> token_endpoint_auth_signing_alg_values_supported;
  std::vector<std::string> revocation_endpoint_auth_methods_supported;
  std::vector<std::string> revocation_endpoint_auth_signing_alg_values_supported;
  std::vector<std::string> introspection_endpoint_auth_methods_supported;
  std::vector<std::string> introspection_endpoint_auth_signing_alg_values_supported;
  std::vector<std::string> display_values_supported;
  std::vector<std::string> claim_types_supported;
  std::vector<std::string> claims_supported = {"sub",
                                               "iss",
                                               "auth_time",
                                               "acr",
                                               "name",
                                               "given_name",
                                               "family_name",
                                               "nickname",
                                               "profile",
                                               "picture",
                                               "website",
                                               "email",
                                               "email_verified",
                                               "locale",
                                               "zoneinfo",
                                               "birthdate",
                                               "gender",
                                               "preferred_username",
                                               "middle_name",
                                               "updated_at",
                                               "address",
                                               "phone_number",
                                               "phone_number_verified"};
  std::vector<std::string> claims_locales_supported;
  std::vector<std::string> ui_locales_supported;
  std::vector<std::string> code_challenge_methods_supported;
  std::vector<std::string> dpop_signing_alg_values_supported;
  std::vector<std::string> backchannel_token_delivery_modes_supported;
  std::vector<std::string> backchannel_authentication_request_signing_alg_values_supported;
  std::vector<std::string> authorization_details_types_supported;
  // OpenID Connect for Identity Assurance.
  std::vector<std::string> trust_frameworks_supported;
  std::vector<std::string> evidence_supported;
  std::vector<std::string> id_documents_supported;
  std::vector<std::string> id_documents_verification_methods_supported;
  std::vector<std::string> documents_supported;
  std::vector<std::string> documents_methods_supported;
  std::vector<std::string> documents_check_methods_supported;
  std::vector<std::string> electronic_records_supported;
  std::vector<std::string> claims_in_verified_claims_supported;

  // authorization-server.json gives false for request_parameter_supported and
  // request_uri_parameter_supported; idp-server's AuthorizationServerConfiguration (what its
  // discovery serves) has true, and it supports both: true. It also has true for
  // require_request_uri_registration, which the schema and OIDC Discovery give as false and which
  // none of the example clients could satisfy (no request_uris): false.
  bool claims_parameter_supported = true;
  bool request_parameter_supported = true;
  bool request_uri_parameter_supported = true;
  bool require_request_uri_registration = false;
  bool require_signed_request_object = false;                   // RFC 9101 10.5
  bool require_pushed_authorization_requests = false;           // RFC 9126 5
  bool authorization_response_iss_parameter_supported = false;  // RFC 9207
  bool tls_client_certificate_bound_access_tokens = false;      // RFC 8705
  bool backchannel_user_code_parameter_supported = false;       // CIBA
  bool verified_claims_supported = false;                       // OIDC4IDA
  bool enabled = true;

  std::vector<std::pair<std::string, std::string>> mtls_endpoint_aliases;  // RFC 8705 5
  std::optional<json::FrozenJson> credential_issuer_metadata;  // OpenID4VCI, kept as it is
  std::optional<json::FrozenJson> vp_formats_supported;        // OpenID4VP, kept as it is

  AuthorizationServerExtension extension;
  json::FrozenJson extra;
  bool operator==(const AuthorizationServer&) const = default;
};

AuthorizationServer read_authorization_server(json::FieldReader& r);
// Error paths start with "authorization_server.".
Expected<AuthorizationServer> parse_authorization_server(const rapidjson::Value& value);

// `jwks` (the private keys) is written only with include_secrets.
rapidjson::Value to_value(const AuthorizationServer& s, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const AuthorizationServer& s, bool include_secrets);

// The RFC 8414 endpoints, from their standard member or else the older idp-server name.
const std::optional<std::string>& introspection_endpoint(const AuthorizationServer& s);
const std::optional<std::string>& revocation_endpoint(const AuthorizationServer& s);
// PAR is required when either place says so (top level or extension).
bool requires_pushed_authorization_requests(const AuthorizationServer& s);

}  // namespace idp::domain

#include "domain/discovery_document.hpp"

#include "domain/json_builder.hpp"

namespace idp::domain {
namespace {

// An optional URL member; idp-server configurations write "" for "none" (service_documentation).
void url(JsonBuilder& b, std::string_view name, const std::optional<std::string>& value) {
  if (value && !value->empty()) b.string(name, *value);
}

}  // namespace

rapidjson::Value discovery_value(const AuthorizationServer& s,
                                 rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  // OIDC Discovery 1.0 section 3. Members OIDC calls REQUIRED are always written.
  b.string("issuer", s.issuer)
      .string("authorization_endpoint", s.authorization_endpoint)
      .nonempty_string("token_endpoint", s.token_endpoint);
  url(b, "userinfo_endpoint", s.userinfo_endpoint);
  b.string("jwks_uri", s.jwks_uri);
  url(b, "registration_endpoint", s.registration_endpoint);
  // RP-Initiated Logout 1.0 §2.1; served at {issuer}/v1/logout unless configured elsewhere.
  url(b, "end_session_endpoint", s.end_session_endpoint.value_or(s.issuer + "/v1/logout"));
  b.nonempty_strings("scopes_supported", s.scopes_supported)
      .strings("response_types_supported", s.response_types_supported)
      .nonempty_strings("response_modes_supported", s.response_modes_supported)
      .nonempty_strings("grant_types_supported", s.grant_types_supported)
      .nonempty_strings("acr_values_supported", s.acr_values_supported)
      .strings("subject_types_supported", s.subject_types_supported)
      .strings("id_token_signing_alg_values_supported", s.id_token_signing_alg_values_supported)
      .nonempty_strings("id_token_encryption_alg_values_supported",
                        s.id_token_encryption_alg_values_supported)
      .nonempty_strings("id_token_encryption_enc_values_supported",
                        s.id_token_encryption_enc_values_supported)
      .nonempty_strings("userinfo_signing_alg_values_supported",
                        s.userinfo_signing_alg_values_supported)
      .nonempty_strings("userinfo_encryption_alg_values_supported",
                        s.userinfo_encryption_alg_values_supported)
      .nonempty_strings("userinfo_encryption_enc_values_supported",
                        s.userinfo_encryption_enc_values_supported)
      .nonempty_strings("request_object_signing_alg_values_supported",
                        s.request_object_signing_alg_values_supported)
      .nonempty_strings("request_object_encryption_alg_values_supported",
                        s.request_object_encryption_alg_values_supported)
      .nonempty_strings("request_object_encryption_enc_values_supported",
                        s.request_object_encryption_enc_values_supported)
      .nonempty_strings("token_endpoint_auth_methods_supported",
                        s.token_endpoint_auth_methods_supported)
      .nonempty_strings("token_endpoint_auth_signing_alg_values_supported",
                        s.token_endpoint_auth_signing_alg_values_supported)
      .nonempty_strings("display_values_supported", s.display_values_supported)
      .nonempty_strings("claim_types_supported", s.claim_types_supported)
      .nonempty_strings("claims_supported", s.claims_supported);
  url(b, "service_documentation", s.service_documentation);
  b.nonempty_strings("claims_locales_supported", s.claims_locales_supported)
      .nonempty_strings("ui_locales_supported", s.ui_locales_supported)
      .boolean("claims_parameter_supported", s.claims_parameter_supported)
      .boolean("request_parameter_supported", s.request_parameter_supported)
      .boolean("request_uri_parameter_supported", s.request_uri_parameter_supported)
      .boolean("require_request_uri_registration", s.require_request_uri_registration);
  url(b, "op_policy_uri", s.op_policy_uri);
  url(b, "op_tos_uri", s.op_tos_uri);

  // RFC 8414: revocation (RFC 7009), introspection (RFC 7662), PKCE.
  url(b, "revocation_endpoint", revocation_endpoint(s));
  b.nonempty_strings("revocation_endpoint_auth_methods_supported",
                     s.revocation_endpoint_auth_methods_supported)
      .nonempty_strings("revocation_endpoint_auth_signing_alg_values_supported",
                        s.revocation_endpoint_auth_signing_alg_values_supported);
  url(b, "introspection_endpoint", introspection_endpoint(s));
  b.nonempty_strings("introspection_endpoint_auth_methods_supported",
                     s.introspection_endpoint_auth_methods_supported)
      .nonempty_strings("introspection_endpoint_auth_signing_alg_values_supported",
                        s.introspection_endpoint_auth_signing_alg_values_supported)
      .nonempty_strings("code_challenge_methods_supported", s.code_challenge_methods_supported);

  // RFC 9126 PAR, RFC 9101 JAR, RFC 9207, JARM, RFC 9449 DPoP.
  url(b, "pushed_authorization_request_endpoint", s.pushed_authorization_request_endpoint);
  b.boolean("require_pushed_authorization_requests", requires_pushed_authorization_requests(s))
      .boolean("require_signed_request_object", s.require_signed_request_object)
      .boolean("authorization_response_iss_parameter_supported",
               s.authorization_response_iss_parameter_supported)
      .nonempty_strings("authorization_signing_alg_values_supported",
                        s.authorization_signing_alg_values_supported)
      .nonempty_strings("authorization_encryption_alg_values_supported",
                        s.authorization_encryption_alg_values_supported)
      .nonempty_strings("authorization_encryption_enc_values_supported",
                        s.authorization_encryption_enc_values_supported)
      .nonempty_strings("dpop_signing_alg_values_supported", s.dpop_signing_alg_values_supported);

  // RFC 8705 mTLS.
  b.boolean("tls_client_certificate_bound_access_tokens",
            s.tls_client_certificate_bound_access_tokens);
  if (!s.mtls_endpoint_aliases.empty())
    b.string_map("mtls_endpoint_aliases", s.mtls_endpoint_aliases);

  // RFC 9396 RAR.
  b.nonempty_strings("authorization_details_types_supported",
                     s.authorization_details_types_supported);

  // CIBA Core 1.0 section 4.
  if (s.backchannel_authentication_endpoint && !s.backchannel_authentication_endpoint->empty()) {
    b.nonempty_strings("backchannel_token_delivery_modes_supported",
                       s.backchannel_token_delivery_modes_supported)
        .string("backchannel_authentication_endpoint", *s.backchannel_authentication_endpoint)
        .nonempty_strings("backchannel_authentication_request_signing_alg_values_supported",
                          s.backchannel_authentication_request_signing_alg_values_supported)
        .boolean("backchannel_user_code_parameter_supported",
                 s.backchannel_user_code_parameter_supported);
  }

  // OpenID Connect for Identity Assurance 1.0 section 7.
  b.boolean("verified_claims_supported", s.verified_claims_supported);
  if (s.verified_claims_supported) {
    b.nonempty_strings("trust_frameworks_supported", s.trust_frameworks_supported)
        .nonempty_strings("evidence_supported", s.evidence_supported)
        .nonempty_strings("documents_supported", s.documents_supported)
        .nonempty_strings("documents_methods_supported", s.documents_methods_supported)
        .nonempty_strings("documents_check_methods_supported", s.documents_check_methods_supported)
        .nonempty_strings("electronic_records_supported", s.electronic_records_supported)
        .nonempty_strings("id_documents_supported", s.id_documents_supported)
        .nonempty_strings("id_documents_verification_methods_supported",
                          s.id_documents_verification_methods_supported)
        .nonempty_strings("claims_in_verified_claims_supported",
                          s.claims_in_verified_claims_supported);
  }

  // OpenID4VP (SIOPv2) verifier metadata.
  b.optional_raw("vp_formats_supported", s.vp_formats_supported);
  return b.build();
}

std::string discovery_document(const AuthorizationServer& server) {
  rapidjson::Document doc;
  return write_value(discovery_value(server, doc.GetAllocator()));
}

}  // namespace idp::domain

#include "domain/authorization_server.hpp"

#include <boost/test/unit_test.hpp>

#include "domain/discovery_document.hpp"
#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

namespace {

// The members authorization-server.json requires, nothing else.
std::string minimal_with(std::string_view members = {}) {
  std::string text = R"({
    "issuer": "https://idp.example.com/952f6906-3e95-4ed3-86b2-981f90f785f9",
    "authorization_endpoint": "https://idp.example.com/t/v1/authorizations",
    "token_endpoint": "https://idp.example.com/t/v1/tokens",
    "jwks_uri": "https://idp.example.com/t/v1/jwks",
    "scopes_supported": ["openid"],
    "response_types_supported": ["code"],
    "response_modes_supported": ["query"],
    "subject_types_supported": ["public"])";
  if (!members.empty()) {
    text += ",";
    text += members;
  }
  return text + "}";
}

Expected<AuthorizationServer> server_from(std::string_view text) {
  return parse_authorization_server(test::parse_or_throw(text));
}

std::string error_of(std::string_view text) {
  auto s = server_from(text);
  return s ? std::string("(parsed)") : s.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_authorization_server)

BOOST_AUTO_TEST_CASE(extension_defaults_follow_seed_004) {
  auto s = server_from(minimal_with());
  BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
  const auto& e = s->extension;
  BOOST_TEST((e.access_token_type == AccessTokenType::opaque));
  BOOST_TEST(e.access_token_duration == 1800);
  BOOST_TEST(e.id_token_duration == 3600);
  BOOST_TEST(e.refresh_token_duration == 3600);
  BOOST_TEST(e.rotate_refresh_token);
  BOOST_TEST((e.refresh_token_strategy == RefreshTokenStrategy::fixed));
  BOOST_TEST(e.authorization_code_valid_duration == 600);
  BOOST_TEST(e.oauth_authorization_request_expires_in == 1800);
  BOOST_TEST(e.authorization_response_duration == 60);
  BOOST_TEST(e.default_max_age == 86400);
  BOOST_TEST(!e.custom_claims_scope_mapping);
  BOOST_TEST(!e.id_token_strict_mode);
  BOOST_TEST(e.fapi_baseline_scopes.empty());
  BOOST_TEST(e.fapi_advance_scopes.empty());
  // authorization-server.json / AuthorizationServerExtensionConfiguration.
  BOOST_TEST(e.backchannel_authentication_request_expires_in == 300);
  BOOST_TEST(e.backchannel_authentication_polling_interval == 5);
  BOOST_TEST(!e.required_backchannel_auth_user_code);
  BOOST_TEST(e.backchannel_auth_user_code_type == "password");
  BOOST_TEST(
      (e.default_ciba_authentication_interaction_type == CibaInteractionType::device_notification));
  BOOST_TEST(e.pushed_authorization_request_expires_in == 90);
  BOOST_TEST(e.token_signed_key_id.empty());
  BOOST_TEST(!e.access_token_selective_standard_claims);
}

BOOST_AUTO_TEST_CASE(metadata_defaults) {
  auto s = server_from(minimal_with());
  BOOST_REQUIRE(s.ok());
  // Seed 004 "オプショナルフィールド" and authorization-server.json defaults.
  BOOST_TEST(s->grant_types_supported ==
             (std::vector<std::string>{"authorization_code", "implicit"}));
  BOOST_TEST(s->token_endpoint_auth_methods_supported ==
             std::vector<std::string>{"client_secret_basic"});
  BOOST_TEST(s->id_token_signing_alg_values_supported == std::vector<std::string>{"RS256"});
  BOOST_TEST(s->acr_values_supported.empty());
  BOOST_TEST(s->claims_supported.size() == 23u);
  BOOST_TEST(s->claims_parameter_supported);
  BOOST_TEST(s->request_parameter_supported);
  BOOST_TEST(s->request_uri_parameter_supported);
  BOOST_TEST(!s->require_request_uri_registration);
  BOOST_TEST(!s->tls_client_certificate_bound_access_tokens);
  BOOST_TEST(!requires_pushed_authorization_requests(*s));
  BOOST_TEST(s->enabled);
  auto no_modes = server_from(R"({"issuer": "https://i", "authorization_endpoint": "https://a",
      "token_endpoint": "https://t", "jwks_uri": "https://j", "scopes_supported": [],
      "response_types_supported": ["code"], "subject_types_supported": ["public"]})");
  BOOST_REQUIRE_MESSAGE(no_modes.ok(), test::why(no_modes));
  BOOST_TEST(no_modes->response_modes_supported == (std::vector<std::string>{"query", "fragment"}));
}

BOOST_AUTO_TEST_CASE(access_token_type_is_read_in_any_case) {
  for (auto spelling : {"JWT", "jwt", "Jwt"}) {
    auto s = server_from(
        minimal_with(R"("extension": {"access_token_type": ")" + std::string(spelling) + "\"}"));
    BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
    BOOST_TEST((s->extension.access_token_type == AccessTokenType::jwt));
    auto written = test::parse_or_throw(to_json(*s, false));
    BOOST_TEST(written["extension"]["access_token_type"].GetString() == std::string("JWT"));
  }
  auto opaque = server_from(minimal_with(R"("extension": {"access_token_type": "OPAQUE"})"));
  BOOST_REQUIRE(opaque.ok());
  BOOST_TEST((opaque->extension.access_token_type == AccessTokenType::opaque));
  BOOST_TEST(
      error_of(minimal_with(R"("extension": {"access_token_type": "reference"})")) ==
      R"(authorization_server.extension.access_token_type: unknown value "reference" (expected one of opaque, JWT))");
  auto extends = server_from(minimal_with(R"("extension": {"refresh_token_strategy": "extends"})"));
  BOOST_REQUIRE(extends.ok());
  BOOST_TEST((extends->extension.refresh_token_strategy == RefreshTokenStrategy::extends));
}

BOOST_AUTO_TEST_CASE(refusals_name_the_field) {
  BOOST_TEST(error_of(minimal_with(R"("extension": {"access_token_duration": "1800"})")) ==
             "authorization_server.extension.access_token_duration: expected an integer");
  BOOST_TEST(error_of(minimal_with(R"("extension": {"access_token_duration": 0})")) ==
             "authorization_server.extension.access_token_duration: out of range (expected an "
             "integer between 1 and 2147483647)");
  BOOST_TEST(error_of(minimal_with(R"("extension": {"fapi_advance_scopes": "write"})")) ==
             "authorization_server.extension.fapi_advance_scopes: expected an array of strings");
  BOOST_TEST(
      error_of(minimal_with(R"("grant_types_supported": ["authorization_code", "device_code"])")) ==
      R"(authorization_server.grant_types_supported[1]: unknown value "device_code" (expected one of authorization_code, implicit, password, client_credentials, refresh_token, urn:openid:params:grant-type:ciba, urn:ietf:params:oauth:grant-type:jwt-bearer))");
  BOOST_TEST(
      error_of(minimal_with(R"("id_token_signing_alg_values_supported": ["RS256", "rs256"])"))
          .starts_with(
              R"(authorization_server.id_token_signing_alg_values_supported[1]: unknown value "rs256" (expected one of none, HS256)"));
  BOOST_TEST(error_of(minimal_with(R"("tls_client_certificate_bound_access_tokens": "true")")) ==
             "authorization_server.tls_client_certificate_bound_access_tokens: expected a boolean");
  BOOST_TEST(error_of(minimal_with(R"("mtls_endpoint_aliases": {"token_endpoint": 1})")) ==
             "authorization_server.mtls_endpoint_aliases.token_endpoint: expected a string");
  BOOST_TEST(error_of(R"({"authorization_endpoint": "https://a", "token_endpoint": "https://t",
      "jwks_uri": "https://j", "scopes_supported": ["openid"], "response_types_supported": ["code"],
      "subject_types_supported": ["public"]})") ==
             "authorization_server.issuer: missing required member");
}

BOOST_AUTO_TEST_CASE(response_types_are_sets_of_known_values) {
  auto with_response_types = [](std::string_view list) {
    std::string text = minimal_with();
    std::string_view original = R"("response_types_supported": ["code"])";
    text.replace(text.find(original), original.size(), list);
    return text;
  };
  auto s = server_from(with_response_types(
      R"("response_types_supported": ["code", "id_token token", "code id_token token", "none", "vp_token id_token"])"));
  BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
  for (std::string bad : {"code code", "token none", "", "code  token", "code_token"}) {
    std::string list = R"("response_types_supported": [")";
    list += bad;
    list += "\"]";
    auto error = error_of(with_response_types(list));
    BOOST_TEST(error.starts_with("authorization_server.response_types_supported[0]: invalid value"),
               bad << " -> " << error);
  }
}

BOOST_AUTO_TEST_CASE(jwks_is_kept_as_a_string_and_must_be_a_key_set) {
  auto s = server_from(
      minimal_with(R"("jwks": "{\"keys\": [{\"kty\": \"EC\", \"d\": \"private-d-value\"}]}")"));
  BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
  BOOST_TEST(s->jwks.value() == R"({"keys": [{"kty": "EC", "d": "private-d-value"}]})");
  // The private keys leave only with include_secrets.
  BOOST_TEST(to_json(*s, false).find("\"jwks\":") == std::string::npos);
  BOOST_TEST(to_json(*s, false).find("private-d-value") == std::string::npos);
  BOOST_TEST(to_json(*s, true).find("\"jwks\":") != std::string::npos);

  BOOST_TEST(
      error_of(minimal_with(R"("jwks": "{\"kid\": 1}")")) ==
      R"(authorization_server.jwks: not a JWK Set: expected a JSON object with a "keys" array)");
  BOOST_TEST(error_of(minimal_with(R"("jwks": "{keys")"))
                 .starts_with("authorization_server.jwks: not a JWK Set: invalid JSON"));
  BOOST_TEST(error_of(minimal_with(R"("jwks": {"keys": []})")) ==
             "authorization_server.jwks: expected a string");
}

BOOST_AUTO_TEST_CASE(par_is_required_from_either_place) {
  auto top = server_from(minimal_with(R"("require_pushed_authorization_requests": true)"));
  auto extension =
      server_from(minimal_with(R"("extension": {"require_pushed_authorization_requests": true})"));
  BOOST_REQUIRE(top.ok());
  BOOST_REQUIRE(extension.ok());
  BOOST_TEST(requires_pushed_authorization_requests(*top));
  BOOST_TEST(requires_pushed_authorization_requests(*extension));
}

BOOST_AUTO_TEST_CASE(discovery_document_publishes_metadata_only) {
  auto files = test::example_files("authorization-server");
  for (const auto& file : files) {
    BOOST_TEST_CONTEXT(file.string()) {
      auto s = parse_authorization_server(test::parse_or_throw(test::read_file(file)));
      BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
      BOOST_REQUIRE(s->jwks.has_value());
      std::string text = discovery_document(*s);
      BOOST_TEST(text.find("\"jwks\":") == std::string::npos);  // jwks_uri only
      BOOST_TEST(text.find("\"keys\"") == std::string::npos);
      BOOST_TEST(text.find("\"d\"") == std::string::npos);
      BOOST_TEST(text.find("extension") == std::string::npos);
      BOOST_TEST(text.find("credential_issuer_metadata") == std::string::npos);
      BOOST_TEST(text.find("token_signed_key_id") == std::string::npos);

      auto doc = test::parse_or_throw(text);
      BOOST_TEST(doc["issuer"].GetString() == s->issuer);
      BOOST_TEST(doc["jwks_uri"].GetString() == s->jwks_uri);
      BOOST_TEST(!doc.HasMember("jwks"));
      BOOST_TEST(!doc.HasMember("extension"));
      for (auto required : {"authorization_endpoint", "response_types_supported",
                            "subject_types_supported", "id_token_signing_alg_values_supported"})
        BOOST_TEST(doc.HasMember(required), required);
      BOOST_TEST(!doc.HasMember("token_introspection_endpoint"));
      BOOST_TEST(!doc.HasMember("token_revocation_endpoint"));
      BOOST_TEST(doc.HasMember("introspection_endpoint"));
      BOOST_TEST(doc.HasMember("revocation_endpoint"));
    }
  }
}

BOOST_AUTO_TEST_CASE(discovery_uses_rfc8414_names_for_older_configurations) {
  auto s = server_from(minimal_with(
      R"("token_introspection_endpoint": "https://idp.example.com/t/v1/tokens/introspection",
         "token_revocation_endpoint": "https://idp.example.com/t/v1/tokens/revocation",
         "backchannel_authentication_endpoint": "https://idp.example.com/t/v1/backchannel/authentications",
         "backchannel_token_delivery_modes_supported": ["poll"],
         "extension": {"require_pushed_authorization_requests": true},
         "verified_claims_supported": true, "trust_frameworks_supported": ["eidas"],
         "mtls_endpoint_aliases": {"token_endpoint": "https://mtls.example.com/t/v1/tokens"})"));
  BOOST_REQUIRE_MESSAGE(s.ok(), test::why(s));
  auto doc = test::parse_or_throw(discovery_document(*s));
  BOOST_TEST(doc["introspection_endpoint"].GetString() ==
             std::string("https://idp.example.com/t/v1/tokens/introspection"));
  BOOST_TEST(doc["revocation_endpoint"].GetString() ==
             std::string("https://idp.example.com/t/v1/tokens/revocation"));
  BOOST_TEST(doc["require_pushed_authorization_requests"].GetBool());
  BOOST_TEST(doc["backchannel_token_delivery_modes_supported"][0].GetString() ==
             std::string("poll"));
  BOOST_TEST(doc["trust_frameworks_supported"][0].GetString() == std::string("eidas"));
  BOOST_TEST(doc["mtls_endpoint_aliases"]["token_endpoint"].GetString() ==
             std::string("https://mtls.example.com/t/v1/tokens"));
  BOOST_TEST(doc["claims_parameter_supported"].GetBool());
  BOOST_TEST(doc["grant_types_supported"].Size() == 2u);  // the OIDC default, written out

  // Without CIBA or IDA the discovery document carries none of their members.
  auto plain = server_from(minimal_with());
  BOOST_REQUIRE(plain.ok());
  auto plain_doc = test::parse_or_throw(discovery_document(*plain));
  BOOST_TEST(!plain_doc.HasMember("backchannel_user_code_parameter_supported"));
  BOOST_TEST(!plain_doc.HasMember("trust_frameworks_supported"));
  BOOST_TEST(!plain_doc["verified_claims_supported"].GetBool());
  BOOST_TEST(!plain_doc.HasMember("introspection_endpoint"));
}

BOOST_AUTO_TEST_CASE(keeps_members_it_does_not_know) {
  // Several examples put token_signed_key_id and access_token_duration at the top level, where
  // idp-server ignores them: they are kept, not used.
  auto s =
      server_from(minimal_with(R"("access_token_duration": 3600, "token_signed_key_id": "k")"));
  BOOST_REQUIRE(s.ok());
  BOOST_TEST(s->extension.access_token_duration == 1800);
  auto written = test::parse_or_throw(to_json(*s, false));
  BOOST_TEST(written["access_token_duration"].GetInt() == 3600);
  BOOST_TEST(written["token_signed_key_id"].GetString() == std::string("k"));
}

BOOST_AUTO_TEST_SUITE_END()

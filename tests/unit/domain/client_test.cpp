#include "domain/client.hpp"

#include <boost/test/unit_test.hpp>

#include "domain/authorization_server.hpp"
#include "domain/token_policy.hpp"
#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

namespace {

std::string minimal_with(std::string_view members = {}) {
  std::string text = R"({"client_id": "17deb0de-a05f-46c3-b99b-e4e2e5f614ca")";
  if (!members.empty()) {
    text += ",";
    text += members;
  }
  return text + "}";
}

Expected<Client> client_from(std::string_view text) {
  return parse_client(test::parse_or_throw(text));
}

std::string error_of(std::string_view text) {
  auto c = client_from(text);
  return c ? std::string("(parsed)") : c.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_client)

BOOST_AUTO_TEST_CASE(defaults_follow_rfc7591_and_client_json) {
  auto c = client_from(minimal_with());
  BOOST_REQUIRE_MESSAGE(c.ok(), test::why(c));
  BOOST_TEST((c->token_endpoint_auth_method == ClientAuthMethod::client_secret_basic));
  BOOST_TEST(c->response_types == std::vector<std::string>{"code"});
  BOOST_TEST(c->grant_types == std::vector<std::string>{"authorization_code"});
  BOOST_TEST((c->application_type == ApplicationType::web));
  BOOST_TEST((c->backchannel_token_delivery_mode == BackchannelTokenDeliveryMode::poll));
  BOOST_TEST(!c->require_pkce);
  BOOST_TEST(!c->require_auth_time);
  BOOST_TEST(!c->tls_client_certificate_bound_access_tokens);
  BOOST_TEST(c->enabled);
  BOOST_TEST(!c->extension.supported_jar);
  BOOST_TEST(!c->extension.access_token_duration.has_value());
  BOOST_TEST(c->redirect_uris.empty());
  BOOST_TEST(c->scopes.empty());
}

BOOST_AUTO_TEST_CASE(refusals_name_the_field) {
  BOOST_TEST(error_of("{}") == "client.client_id: missing required member");
  BOOST_TEST(
      error_of(minimal_with(R"("token_endpoint_auth_method": "client_secret")")) ==
      R"(client.token_endpoint_auth_method: unknown value "client_secret" (expected one of client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, tls_client_auth, self_signed_tls_client_auth, none))");
  BOOST_TEST(
      error_of(minimal_with(R"("backchannel_token_delivery_mode": "pull")")) ==
      R"(client.backchannel_token_delivery_mode: unknown value "pull" (expected one of poll, ping, push))");
  BOOST_TEST(error_of(minimal_with(R"("application_type": "spa")")) ==
             R"(client.application_type: unknown value "spa" (expected one of web, native))");
  BOOST_TEST(error_of(minimal_with(R"("redirect_uris": "https://a/cb")")) ==
             "client.redirect_uris: expected an array of strings");
  BOOST_TEST(error_of(minimal_with(R"("extension": {"access_token_duration": 0})")) ==
             "client.extension.access_token_duration: out of range (expected an integer between 1 "
             "and 2147483647)");
  BOOST_TEST(
      error_of(minimal_with(
          R"("extension": {"available_federations": [{"id": "x", "type": "ldap"}]})")) ==
      R"(client.extension.available_federations[0].type: unknown value "ldap" (expected one of oauth2, saml2, oidc, device))");
  BOOST_TEST(error_of(minimal_with(R"("extension": {"available_federations": [{"id": "x"}]})")) ==
             "client.extension.available_federations[0].type: missing required member");
  BOOST_TEST(
      error_of(minimal_with(R"("id_token_encrypted_response_enc": "A128CBC")"))
          .starts_with(
              R"(client.id_token_encrypted_response_enc: unknown value "A128CBC" (expected one of A128CBC-HS256)"));
  BOOST_TEST(error_of(minimal_with(R"("jwks": "{}")")) ==
             R"(client.jwks: not a JWK Set: expected a JSON object with a "keys" array)");
  BOOST_TEST(error_of(minimal_with(R"("client_name#ja-Jpan-JP": 1)")) ==
             "client.client_name#ja-Jpan-JP: expected a string");
}

BOOST_AUTO_TEST_CASE(empty_algorithm_strings_read_as_unset) {
  // idp-server writes "" for an unset algorithm when it lists a client.
  auto c = client_from(minimal_with(
      R"("backchannel_authentication_request_signing_alg": "", "id_token_signed_response_alg": null)"));
  BOOST_REQUIRE_MESSAGE(c.ok(), test::why(c));
  BOOST_TEST(!c->backchannel_authentication_request_signing_alg.has_value());
  BOOST_TEST(!c->id_token_signed_response_alg.has_value());
}

BOOST_AUTO_TEST_CASE(keeps_language_tagged_names) {
  auto c = client_from(minimal_with(
      R"("client_name": "Admin Client", "client_name#ja-Jpan-JP": "Adminクライアント", "logo_uri#en": "https://a/logo.png")"));
  BOOST_REQUIRE_MESSAGE(c.ok(), test::why(c));
  BOOST_TEST(c->client_name.value() == "Admin Client");
  BOOST_REQUIRE(c->localized.size() == 2u);
  BOOST_TEST(c->localized[0].first == "client_name#ja-Jpan-JP");
  BOOST_TEST(c->localized[0].second == "Adminクライアント");
  BOOST_TEST(c->extra.is_null());  // nothing left unknown
  auto written = test::parse_or_throw(to_json(*c, false));
  BOOST_TEST(written["client_name#ja-Jpan-JP"].GetString() == std::string("Adminクライアント"));
}

BOOST_AUTO_TEST_CASE(client_secret_is_written_only_with_secrets) {
  auto c = client_from(minimal_with(R"("client_secret": "s3cr3t", "scope": "openid  profile")"));
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->scopes == (std::vector<std::string>{"openid", "profile"}));
  BOOST_TEST(to_json(*c, false).find("s3cr3t") == std::string::npos);
  BOOST_TEST(to_json(*c, true).find("\"client_secret\":\"s3cr3t\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(example_clients_are_read_as_typed_values) {
  auto doc = test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/fapi2-tenant/clients/tlsClientAuth.json"));
  auto c = parse_client(doc);
  BOOST_REQUIRE_MESSAGE(c.ok(), test::why(c));
  BOOST_TEST((c->token_endpoint_auth_method == ClientAuthMethod::tls_client_auth));
  BOOST_TEST(c->tls_client_auth_subject_dn.value() ==
             "C=JP,O=FAPI 2.0 Certification,CN=fapi2-tls-client");
  BOOST_TEST(c->tls_client_certificate_bound_access_tokens);

  auto federation = parse_client(test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/test-tenant/clients/federationClient.json")));
  BOOST_REQUIRE_MESSAGE(federation.ok(), test::why(federation));
  BOOST_REQUIRE(federation->extension.available_federations.size() == 1u);
  const auto& f = federation->extension.available_federations[0];
  BOOST_TEST((f.type == FederationType::oidc));
  BOOST_TEST(f.auto_selected);
  BOOST_TEST(f.jwks_cache_ttl_seconds == 3600);
}

BOOST_AUTO_TEST_CASE(client_extension_overrides_the_server_token_settings) {
  auto server = parse_authorization_server(test::parse_or_throw(R"({
      "issuer": "https://i", "authorization_endpoint": "https://a", "token_endpoint": "https://t",
      "jwks_uri": "https://j", "scopes_supported": ["openid"], "response_types_supported": ["code"],
      "subject_types_supported": ["public"],
      "extension": {"access_token_duration": 600, "refresh_token_duration": 7200}})"));
  BOOST_REQUIRE(server.ok());
  auto plain = client_from(minimal_with());
  auto custom = client_from(minimal_with(
      R"("extension": {"access_token_duration": 120, "access_token_type": "jwt", "rotate_refresh_token": false, "default_ciba_authentication_interaction_type": "authentication-device-notification-no-action"})"));
  BOOST_REQUIRE(plain.ok());
  BOOST_REQUIRE_MESSAGE(custom.ok(), test::why(custom));

  auto base = token_policy(*server, *plain);
  BOOST_TEST(base.access_token_duration == 600);
  BOOST_TEST(base.refresh_token_duration == 7200);
  BOOST_TEST(base.id_token_duration == 3600);
  BOOST_TEST((base.access_token_type == AccessTokenType::opaque));
  BOOST_TEST(base.rotate_refresh_token);

  auto overridden = token_policy(*server, *custom);
  BOOST_TEST(overridden.access_token_duration == 120);
  BOOST_TEST(overridden.refresh_token_duration == 7200);
  BOOST_TEST((overridden.access_token_type == AccessTokenType::jwt));
  BOOST_TEST(!overridden.rotate_refresh_token);
  BOOST_TEST((overridden.default_ciba_authentication_interaction_type ==
              CibaInteractionType::device_notification_no_action));
}

BOOST_AUTO_TEST_SUITE_END()

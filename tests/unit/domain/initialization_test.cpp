#include "domain/initialization.hpp"

#include <boost/test/unit_test.hpp>

#include "domain/discovery_document.hpp"
#include "domain/system_configuration.hpp"
#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

BOOST_AUTO_TEST_SUITE(domain_initialization)

BOOST_AUTO_TEST_CASE(parses_the_test_tenant_initialization) {
  auto text = test::read_data("idp-server-config/examples/e2e/test-tenant/initial.json");
  auto init = parse_initialization(test::parse_or_throw(text));
  BOOST_REQUIRE_MESSAGE(init.ok(), test::why(init));
  BOOST_TEST(init->organization.id == "9eb8eb8c-2615-4604-809f-5cae1c00a462");
  BOOST_TEST(init->tenant.id == "67e7eae6-62b0-4500-9eff-87459f63fc66");
  BOOST_TEST(init->tenant.attributes.value()["timezone"].GetString() == std::string("Asia/Tokyo"));
  BOOST_TEST(init->authorization_server.extension.backchannel_authentication_request_expires_in ==
             60);
  BOOST_TEST(init->user.sub.value() == "3ec055a8-8000-44a2-8677-e70ebff414e2");
  BOOST_TEST((init->client.token_endpoint_auth_method == ClientAuthMethod::client_secret_post));
  BOOST_TEST(init->client.localized.size() == 1u);
}

BOOST_AUTO_TEST_CASE(parses_the_admin_template_once_filled_in) {
  auto text = test::admin_initialization_template();
  BOOST_REQUIRE(text.find("${") == std::string::npos);
  auto input = test::parse_or_throw(text);
  auto init = parse_initialization(input);
  BOOST_REQUIRE_MESSAGE(init.ok(), test::why(init));
  BOOST_TEST((init->tenant.tenant_type == TenantType::admin));
  BOOST_TEST((init->tenant.session_config.cookie_same_site == SameSite::lax));
  BOOST_TEST(init->tenant.cors_config.allow_origins.size() == 2u);
  BOOST_TEST(init->authorization_server.jwks.value() == std::string(test::k_test_jwks));
  BOOST_TEST(init->authorization_server.extension.token_signed_key_id == "admin-key");
  BOOST_TEST(init->user.raw_password.value() == "correct horse battery staple");
  BOOST_TEST(init->client.redirect_uris ==
             std::vector<std::string>{"https://admin.example.com/callback"});

  // The template writes "" for service_documentation: no such URL is published.
  BOOST_TEST(init->authorization_server.service_documentation.value() == "");
  auto discovery = test::parse_or_throw(discovery_document(init->authorization_server));
  BOOST_TEST(!discovery.HasMember("service_documentation"));
  BOOST_TEST(
      discovery["introspection_endpoint"].GetString() ==
      std::string(
          "https://idp.example.com/0c9a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b/v1/tokens/introspection"));

  auto output = test::parse_or_throw(to_json(*init, true));
  std::vector<std::string> problems;
  test::check_kept(input, output, "", {"raw_password"}, problems);
  BOOST_TEST(problems.empty(), test::join_problems(problems));
  auto again = parse_initialization(output);
  BOOST_REQUIRE_MESSAGE(again.ok(), test::why(again));
  auto expected = *init;
  expected.user.raw_password.reset();
  BOOST_TEST((*again == expected));
}

BOOST_AUTO_TEST_CASE(errors_name_the_part) {
  auto doc = test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/test-tenant/initial.json"));
  auto& allocator = doc.GetAllocator();
  doc["authorization_server"]["extension"]["access_token_duration"].SetString("3600", allocator);
  doc["tenant"]["session_config"].AddMember("cookie_same_site", "sometimes", allocator);
  auto init = parse_initialization(doc);
  BOOST_REQUIRE(!init.ok());
  BOOST_TEST(
      init.error() ==
      R"(tenant.session_config.cookie_same_site: unknown value "sometimes" (expected one of None, Lax, Strict); )"
      "authorization_server.extension.access_token_duration: expected an integer");
}

BOOST_AUTO_TEST_CASE(every_part_is_required) {
  auto init = parse_initialization(test::parse_or_throw(R"({"organization": {
      "id": "9eb8eb8c-2615-4604-809f-5cae1c00a462", "name": "o"}, "user": [], "client": null})"));
  BOOST_REQUIRE(!init.ok());
  BOOST_TEST(init.error() ==
             "tenant: missing required member; authorization_server: missing required member; "
             "user: expected an object; client: missing required member");
  auto not_an_object = parse_initialization(test::parse_or_throw("[1]"));
  BOOST_REQUIRE(!not_an_object.ok());
  BOOST_TEST(not_an_object.error() == "expected an object");
}

BOOST_AUTO_TEST_CASE(tenant_registration_needs_tenant_and_server) {
  auto t = parse_tenant_registration(test::parse_or_throw(R"({"tenant": {}})"));
  BOOST_REQUIRE(!t.ok());
  BOOST_TEST(t.error().starts_with("tenant.id: missing required member"));
  BOOST_TEST(t.error().ends_with("authorization_server: missing required member"));
}

BOOST_AUTO_TEST_CASE(system_configuration) {
  auto c = parse_system_configuration(test::parse_or_throw(R"({
      "ssrf_protection": {"enabled": true, "bypass_hosts": [], "allowed_hosts": ["api.example.com"]},
      "trusted_proxies": {"enabled": true, "addresses": ["10.0.0.0/8"]}})"));
  BOOST_REQUIRE_MESSAGE(c.ok(), test::why(c));
  BOOST_TEST(c->ssrf_protection.enabled);
  BOOST_TEST(c->ssrf_protection.allowed_hosts == std::vector<std::string>{"api.example.com"});
  BOOST_TEST(c->trusted_proxies.addresses == std::vector<std::string>{"10.0.0.0/8"});
  auto again = parse_system_configuration(test::parse_or_throw(to_json(*c, false)));
  BOOST_REQUIRE(again.ok());
  BOOST_TEST((*again == *c));
  auto defaults = parse_system_configuration(test::parse_or_throw("{}"));
  BOOST_REQUIRE(defaults.ok());
  BOOST_TEST(!defaults->ssrf_protection.enabled);
  BOOST_TEST(!defaults->trusted_proxies.enabled);
  auto bad = parse_system_configuration(
      test::parse_or_throw(R"({"trusted_proxies": {"addresses": "10.0.0.0/8"}})"));
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error() ==
             "system_configuration.trusted_proxies.addresses: expected an array of strings");
}

BOOST_AUTO_TEST_SUITE_END()

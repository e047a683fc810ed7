#include "domain/tenant.hpp"

#include <boost/test/unit_test.hpp>

#include "domain/organization.hpp"
#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

namespace {

constexpr std::string_view k_minimal = R"({
  "id": "952f6906-3e95-4ed3-86b2-981f90f785f9",
  "name": "example",
  "domain": "https://idp.example.com"
})";

Expected<Tenant> tenant_from(std::string_view text) {
  return parse_tenant(test::parse_or_throw(text));
}

// The minimal tenant with `member` (a JSON member, e.g. "\"x\": 1") added.
std::string minimal_with(std::string_view member) {
  std::string text(k_minimal);
  std::string addition = ",";
  addition += member;
  text.insert(text.rfind('}'), addition);
  return text;
}

std::string error_of(std::string_view text) {
  auto t = tenant_from(text);
  return t ? std::string("(parsed)") : t.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_tenant)

BOOST_AUTO_TEST_CASE(defaults_follow_idp_server) {
  auto t = tenant_from(k_minimal);
  BOOST_REQUIRE_MESSAGE(t.ok(), test::why(t));
  BOOST_TEST((t->tenant_type == TenantType::public_));
  BOOST_TEST(t->authorization_provider == "idp-server");
  BOOST_TEST(t->enabled);
  BOOST_TEST(t->attributes.is_null());

  // swagger-cp-tenant-ja.yaml SessionConfiguration, seed 004 "Session Configuration".
  const auto& s = t->session_config;
  BOOST_TEST(!s.cookie_name.has_value());
  BOOST_TEST(!s.cookie_domain.has_value());
  BOOST_TEST((s.cookie_same_site == SameSite::none));
  BOOST_TEST(s.use_secure_cookie);
  BOOST_TEST(s.use_http_only_cookie);
  BOOST_TEST(s.cookie_path == "/");
  BOOST_TEST(s.timeout_seconds == 3600);
  BOOST_TEST((s.switch_policy == SessionSwitchPolicy::switch_allowed));

  // CorsConfiguration / UIConfiguration.
  BOOST_TEST(t->cors_config.allow_origins.empty());
  BOOST_TEST(t->cors_config.allow_headers == "Authorization, Content-Type, Accept, x-device-id");
  BOOST_TEST(t->cors_config.allow_methods == "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  BOOST_TEST(t->cors_config.allow_credentials);
  BOOST_TEST(t->ui_config.signin_page == "/auth-views/signin/index.html");
  BOOST_TEST(t->ui_config.signup_page == "/auth-views/signup/index.html");
  BOOST_TEST(!t->ui_config.base_url.has_value());

  // IdentityPolicyConfiguration (Issue #729 default), PasswordPolicyConfig, FEATURES.md lockout.
  const auto& identity = t->identity_policy_config;
  BOOST_TEST(
      (identity.identity_unique_key_type == IdentityUniqueKeyType::email_or_external_user_id));
  BOOST_TEST(identity.password_policy.min_length == 8);
  BOOST_TEST(identity.password_policy.max_length == 72);
  BOOST_TEST(!identity.password_policy.require_uppercase);
  BOOST_TEST(!identity.password_policy.require_special_char);
  BOOST_TEST(identity.password_policy.max_history == 0);
  BOOST_TEST(identity.password_policy.max_attempts == 5);
  BOOST_TEST(identity.password_policy.lockout_duration_seconds == 900);
  BOOST_TEST(identity.authentication_device_rule.max_devices == 5);
  BOOST_TEST(!identity.authentication_device_rule.required_identity_verification);
  BOOST_TEST(
      (identity.authentication_device_rule.authentication_type == DeviceAuthenticationType::none));
  BOOST_TEST((identity.authentication_device_rule.device_secret_algorithm ==
              DeviceSecretAlgorithm::hs256));
  BOOST_TEST(!identity.authentication_device_rule.device_secret_expires_in_seconds.has_value());

  // SecurityEventLogConfiguration / SecurityEventUserAttributeConfiguration.
  const auto& log = t->security_event_log_config;
  BOOST_TEST((log.format == SecurityEventLogFormat::structured_json));
  BOOST_TEST(log.stage == "processed");
  BOOST_TEST(log.include_user_id);
  BOOST_TEST(!log.include_user_pii);
  BOOST_TEST(!log.persistence_enabled);
  BOOST_TEST(log.service_name == "idp-server");
  BOOST_TEST(log.detail_scrub_keys ==
             "authorization,cookie,password,secret,token,access_token,refresh_token,api_key,"
             "api_secret");
  const auto& user = t->security_event_user_config;
  BOOST_TEST(user.include_id);
  BOOST_TEST(user.include_name);
  BOOST_TEST(user.include_external_user_id);
  BOOST_TEST(!user.include_email);
  BOOST_TEST(user.include_status);
  BOOST_TEST(!user.include_authentication_device_ids);
}

BOOST_AUTO_TEST_CASE(defaults_are_written_so_a_reader_needs_no_table_of_its_own) {
  auto t = tenant_from(k_minimal);
  BOOST_REQUIRE(t.ok());
  auto written = test::parse_or_throw(to_json(*t, false));
  BOOST_TEST(written["tenant_type"].GetString() == std::string("PUBLIC"));
  BOOST_TEST(written["session_config"]["cookie_same_site"].GetString() == std::string("None"));
  BOOST_TEST(written["session_config"]["timeout_seconds"].GetInt() == 3600);
  BOOST_TEST(!written["session_config"].HasMember("cookie_name"));
  BOOST_TEST(
      written["identity_policy_config"]["password_policy"]["lockout_duration_seconds"].GetInt() ==
      900);
  BOOST_TEST(!written.HasMember("attributes"));
}

BOOST_AUTO_TEST_CASE(refuses_a_wrong_type_naming_the_field) {
  BOOST_TEST(error_of(minimal_with(R"("session_config": {"timeout_seconds": "3600"})")) ==
             "tenant.session_config.timeout_seconds: expected an integer");
  BOOST_TEST(error_of(minimal_with(R"("session_config": {"timeout_seconds": 1.5})")) ==
             "tenant.session_config.timeout_seconds: expected an integer");
  BOOST_TEST(error_of(minimal_with(R"("cors_config": {"allow_origins": ["https://a", 7]})")) ==
             "tenant.cors_config.allow_origins[1]: expected a string");
  BOOST_TEST(error_of(minimal_with(R"("session_config": [])")) ==
             "tenant.session_config: expected an object");
  BOOST_TEST(error_of(minimal_with(R"("enabled": "yes")")) == "tenant.enabled: expected a boolean");
  BOOST_TEST(error_of(minimal_with(R"("attributes": "x")")) ==
             "tenant.attributes: expected an object");
  BOOST_TEST(error_of("[]") == "tenant: expected an object");
}

BOOST_AUTO_TEST_CASE(refuses_an_unknown_enum_value_listing_the_accepted_ones) {
  BOOST_TEST(
      error_of(minimal_with(R"("tenant_type": "FOO")")) ==
      R"(tenant.tenant_type: unknown value "FOO" (expected one of ADMIN, ORGANIZER, PUBLIC))");
  BOOST_TEST(
      error_of(minimal_with(R"("session_config": {"cookie_same_site": "Lenient"})")) ==
      R"(tenant.session_config.cookie_same_site: unknown value "Lenient" (expected one of None, Lax, Strict))");
  BOOST_TEST(
      error_of(minimal_with(R"("identity_policy_config": {"identity_unique_key_type": "MAIL"})"))
          .starts_with(
              R"(tenant.identity_policy_config.identity_unique_key_type: unknown value "MAIL" (expected one of )"));
  BOOST_TEST(
      error_of(minimal_with(
          R"("identity_policy_config": {"authentication_device_rule": {"device_secret_algorithm": "RS256"}})")) ==
      R"(tenant.identity_policy_config.authentication_device_rule.device_secret_algorithm: unknown value "RS256" (expected one of HS256, HS384, HS512))");
  BOOST_TEST(
      error_of(minimal_with(R"("authorization_provider": "keycloak")")) ==
      R"(tenant.authorization_provider: unknown value "keycloak" (expected one of idp-server))");
  // Tenant types are upper case in idp-server (Java enum names).
  BOOST_TEST(error_of(minimal_with(R"("tenant_type": "admin")")).find("unknown value") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_a_missing_or_malformed_id) {
  BOOST_TEST(error_of(R"({"name": "x", "domain": "https://a"})") ==
             "tenant.id: missing required member");
  BOOST_TEST(error_of(R"({"id": null, "name": "x", "domain": "https://a"})") ==
             "tenant.id: missing required member");
  // Seed 004's examples use ids such as "web-app-tenant"; idp-server's tenant.json wants a UUID.
  BOOST_TEST(error_of(R"({"id": "web-app-tenant", "name": "x", "domain": "https://a"})") ==
             R"(tenant.id: invalid value "web-app-tenant" (expected a UUID))");
  BOOST_TEST(error_of(R"({"id": 42, "name": "x", "domain": "https://a"})") ==
             "tenant.id: expected a string");
}

BOOST_AUTO_TEST_CASE(reports_every_problem_of_a_document) {
  auto error = error_of(R"({"id": "x", "session_config": {"use_secure_cookie": 1}})");
  BOOST_TEST(error.find(R"(tenant.id: invalid value "x" (expected a UUID))") != std::string::npos);
  BOOST_TEST(error.find("tenant.name: missing required member") != std::string::npos);
  BOOST_TEST(error.find("tenant.domain: missing required member") != std::string::npos);
  BOOST_TEST(error.find("tenant.session_config.use_secure_cookie: expected a boolean") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_out_of_range_integers) {
  BOOST_TEST(error_of(minimal_with(
                 R"("identity_policy_config": {"password_policy": {"min_length": 0}})")) ==
             "tenant.identity_policy_config.password_policy.min_length: out of range (expected an "
             "integer between 1 and 72)");
  BOOST_TEST(
      error_of(minimal_with(
          R"("identity_policy_config": {"password_policy": {"min_length": 20, "max_length": 12}})")) ==
      "tenant.identity_policy_config.password_policy.min_length: must not exceed max_length (12)");
  BOOST_TEST(
      error_of(minimal_with(R"("session_config": {"timeout_seconds": 18446744073709551615})"))
          .find("tenant.session_config.timeout_seconds: out of range") == 0u);
}

BOOST_AUTO_TEST_CASE(reads_idp_server_spellings) {
  // initial.json of tenant-1 writes "lax"; idp-server upper-cases identity_unique_key_type.
  auto t = tenant_from(minimal_with(
      R"("session_config": {"cookie_same_site": "lax"}, "identity_policy_config": {"identity_unique_key_type": "phone"})"));
  BOOST_REQUIRE_MESSAGE(t.ok(), test::why(t));
  BOOST_TEST((t->session_config.cookie_same_site == SameSite::lax));
  BOOST_TEST((t->identity_policy_config.identity_unique_key_type == IdentityUniqueKeyType::phone));
  auto written = test::parse_or_throw(to_json(*t, false));
  BOOST_TEST(written["session_config"]["cookie_same_site"].GetString() == std::string("Lax"));

  // A management GET writes the type as "type".
  auto admin = tenant_from(minimal_with(R"("type": "ADMIN")"));
  BOOST_REQUIRE(admin.ok());
  BOOST_TEST((admin->tenant_type == TenantType::admin));
  // null reads as absent.
  auto nulls = tenant_from(minimal_with(R"("session_config": {"cookie_name": null})"));
  BOOST_REQUIRE(nulls.ok());
  BOOST_TEST(!nulls->session_config.cookie_name.has_value());
}

BOOST_AUTO_TEST_CASE(keeps_unknown_members_and_free_form_attributes) {
  auto t = tenant_from(minimal_with(
      R"("database_type": "postgresql", "attributes": {"timezone": "Asia/Tokyo", "fiscal_year_start_month": 4}, "security_event_log_config": {"include_ip": true}, "identity_policy_config": {"user_attribute_load_rule": {"a": [1]}})"));
  BOOST_REQUIRE_MESSAGE(t.ok(), test::why(t));
  BOOST_TEST(t->attributes.value()["fiscal_year_start_month"].GetInt() == 4);
  auto written = test::parse_or_throw(to_json(*t, false));
  BOOST_TEST(written["database_type"].GetString() == std::string("postgresql"));
  BOOST_TEST(written["security_event_log_config"]["include_ip"].GetBool());
  BOOST_TEST(written["identity_policy_config"]["user_attribute_load_rule"]["a"][0].GetInt() == 1);
  auto again = parse_tenant(written);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST((*again == *t));
}

BOOST_AUTO_TEST_CASE(organizations_need_a_uuid_and_a_name) {
  auto ok = parse_organization(test::parse_or_throw(
      R"({"id": "72cf4a12-8da3-40fb-8ae4-a77e3cda95e2", "name": "org", "description": "d"})"));
  BOOST_REQUIRE_MESSAGE(ok.ok(), test::why(ok));
  BOOST_TEST(ok->description.value() == "d");
  auto bad = parse_organization(test::parse_or_throw(R"({"id": "org-1", "name": 3})"));
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(
      bad.error() ==
      R"(organization.id: invalid value "org-1" (expected a UUID); organization.name: expected a string)");
}

BOOST_AUTO_TEST_SUITE_END()

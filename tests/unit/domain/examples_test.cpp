// Every idp-server example configuration parses, and writing it back keeps every member.
#include <boost/test/unit_test.hpp>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/initialization.hpp"
#include "domain/user.hpp"
#include "domain_test_support.hpp"

using namespace idp;
using namespace idp::domain;

namespace {

// Parses `text` with `parse`, writes the result (secrets included), and checks that the output
// keeps every input member and parses back to the same object.
template <class Parse>
void check_round_trip(const std::filesystem::path& file, Parse parse,
                      const std::vector<std::string>& dropped = {}) {
  BOOST_TEST_CONTEXT(file.string()) {
    auto input = test::parse_or_throw(test::read_file(file));
    auto parsed = parse(input);
    BOOST_REQUIRE_MESSAGE(parsed.ok(), test::why(parsed));

    std::string written = to_json(*parsed, /*include_secrets=*/true);
    auto output = test::parse_or_throw(written);
    std::vector<std::string> problems;
    test::check_kept(input, output, "", dropped, problems);
    BOOST_TEST(problems.empty(), test::join_problems(problems));

    auto again = parse(output);
    BOOST_REQUIRE_MESSAGE(again.ok(), test::why(again));
    BOOST_TEST(to_json(*again, true) == written);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_examples)

BOOST_AUTO_TEST_CASE(every_tenant_registration_example_round_trips) {
  auto files = test::example_files("tenants");
  BOOST_TEST(files.size() == 5u);
  // One example keeps its tenant and server at the top of its folder.
  files.push_back(test::e2e_examples() / "tenant-1e68932e-ed4a-43e7-b412-460665e42df3/tenant.json");
  for (const auto& file : files) check_round_trip(file, parse_tenant_registration);
}

BOOST_AUTO_TEST_CASE(every_authorization_server_example_round_trips) {
  auto files = test::example_files("authorization-server");
  BOOST_TEST(files.size() == 5u);
  for (const auto& file : files) check_round_trip(file, parse_authorization_server);
}

BOOST_AUTO_TEST_CASE(every_client_example_round_trips) {
  auto files = test::example_files("clients");
  BOOST_TEST(files.size() == 41u);
  for (const auto& file : files) check_round_trip(file, parse_client);
}

BOOST_AUTO_TEST_CASE(every_user_example_round_trips_without_its_raw_password) {
  auto files = test::example_files("user");
  BOOST_TEST(files.size() == 3u);
  for (const auto& file : files) check_round_trip(file, parse_user, {"raw_password"});
}

BOOST_AUTO_TEST_CASE(every_initialization_example_round_trips) {
  auto files = test::initialization_files();
  BOOST_TEST(files.size() == 3u);
  for (const auto& file : files) check_round_trip(file, parse_initialization, {"raw_password"});
}

BOOST_AUTO_TEST_CASE(examples_are_read_as_typed_values) {
  auto doc = test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/fapi2-tenant/tenants/fapi2-tenant.json"));
  auto registration = parse_tenant_registration(doc);
  BOOST_REQUIRE_MESSAGE(registration.ok(), test::why(registration));
  const auto& server = registration->authorization_server;
  BOOST_TEST((server.extension.access_token_type == AccessTokenType::jwt));
  BOOST_TEST(server.extension.authorization_code_valid_duration == 10);
  BOOST_TEST(server.extension.fapi20_scopes == std::vector<std::string>{"fapi-2.0"});
  BOOST_TEST(server.extension.rotate_refresh_token == false);
  BOOST_TEST(server.extension.refresh_token_duration == 3600);  // default
  BOOST_TEST(server.require_pushed_authorization_requests);
  BOOST_TEST(server.mtls_endpoint_aliases.size() == 6u);
  BOOST_TEST(server.mtls_endpoint_aliases[1].first == "token_endpoint");
  BOOST_TEST(server.jwks.has_value());
  BOOST_TEST(registration->tenant.identity_policy_config.identity_unique_key_type ==
             IdentityUniqueKeyType::email);
  BOOST_TEST(registration->tenant.identity_policy_config.authentication_device_rule.max_devices ==
             100);
  // An unknown member of the tenant is kept, not interpreted.
  BOOST_TEST(registration->tenant.extra.value().HasMember("database_type"));
}

BOOST_AUTO_TEST_SUITE_END()

#include "domain/authentication_policy.hpp"

#include <boost/test/unit_test.hpp>

#include "domain_test_support.hpp"

using namespace idp;

namespace {

domain::AuthenticationPolicy example(const std::string& name) {
  auto doc = test::parse_or_throw(
      test::read_data("idp-server-config/examples/e2e/test-tenant/authentication-policy/" + name));
  auto policy = domain::parse_authentication_policy(doc);
  BOOST_REQUIRE_MESSAGE(policy.ok(), test::why(policy));
  return *policy;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(authentication_policy)

BOOST_AUTO_TEST_CASE(every_example_policy_parses_and_keeps_its_members) {
  for (const auto& file : test::example_files("authentication-policy")) {
    BOOST_TEST_CONTEXT(file.string()) {
      auto doc = test::parse_or_throw(test::read_file(file));
      auto policy = domain::parse_authentication_policy(doc);
      BOOST_REQUIRE_MESSAGE(policy.ok(), test::why(policy));
      auto written = test::parse_or_throw(domain::to_json(*policy));
      std::vector<std::string> problems;
      test::check_kept(doc, written, "", {}, problems);
      BOOST_TEST(problems.empty(), test::join_problems(problems));
    }
  }
}

BOOST_AUTO_TEST_CASE(the_oauth_example_maps_methods_to_its_acr_values) {
  auto policy = example("oauth.json");
  BOOST_TEST(policy.flow == "oauth");
  const auto* rule = domain::select_rule(policy, {"openid", "profile"}, "any-client", {});
  BOOST_REQUIRE(rule != nullptr);
  BOOST_TEST(domain::acr_for(*rule, {"password"}) == "urn:mace:incommon:iap:bronze");
  BOOST_TEST(domain::acr_for(*rule, {"sms"}) == "urn:mace:incommon:iap:silver");
  // The strongest reached wins (document order: gold, silver, bronze).
  BOOST_TEST(domain::acr_for(*rule, {"password", "fido2"}) == "urn:mace:incommon:iap:gold");
  BOOST_TEST(domain::acr_for(*rule, {"initial-registration"}).empty());
  // Its rule needs the openid scope.
  BOOST_TEST(domain::select_rule(policy, {"read"}, "any-client", {}) == nullptr);
}

BOOST_AUTO_TEST_CASE(rules_are_chosen_by_priority_then_conditions) {
  auto doc = test::parse_or_throw(R"({"id":"11111111-2222-4333-8444-555555555555","flow":"oauth",
    "policies":[
      {"priority":1,"conditions":{},"acr_mapping_rules":{"low":["password"]}},
      {"priority":10,"conditions":{"client_ids":["vip"]},"acr_mapping_rules":{"vip":["password"]}},
      {"priority":5,"conditions":{"acr_values":["high"]},"acr_mapping_rules":{"high":["password"]}}
    ]})");
  auto policy = domain::parse_authentication_policy(doc);
  BOOST_REQUIRE(policy.ok());
  auto acr = [&](const std::string& client, std::vector<std::string> acr_values) {
    const auto* rule = domain::select_rule(*policy, {"openid"}, client, acr_values);
    return rule ? domain::acr_for(*rule, {"password"}) : "(none)";
  };
  BOOST_TEST(acr("vip", {}) == "vip");
  BOOST_TEST(acr("other", {"high"}) == "high");
  BOOST_TEST(acr("other", {}) == "low");
  policy->enabled = false;
  BOOST_TEST(acr("vip", {}) == "(none)");
}

BOOST_AUTO_TEST_CASE(a_policy_without_id_or_flow_is_refused_with_the_path) {
  auto no_flow = domain::parse_authentication_policy(
      test::parse_or_throw(R"({"id":"11111111-2222-4333-8444-555555555555"})"));
  BOOST_TEST(!no_flow.ok());
  BOOST_TEST(test::why(no_flow).find("authentication_policy.flow") != std::string::npos);
  auto bad_id =
      domain::parse_authentication_policy(test::parse_or_throw(R"({"id":"x","flow":"oauth"})"));
  BOOST_TEST(test::why(bad_id).find("authentication_policy.id") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

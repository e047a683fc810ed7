// client_credentials tokens are written with group commit (the tokens of requests that arrive
// together share one transaction): under concurrent requests every answered token is distinct
// and active at introspection, and the answer came only after its commit.
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <set>
#include <thread>
#include <vector>

#include "e2e_tenant.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

BOOST_AUTO_TEST_SUITE(token_ledger)

BOOST_AUTO_TEST_CASE(tokens_issued_concurrently_are_all_committed_and_distinct) {
  import_e2e_test_tenant();
  const std::string client = "b8c5c40d-2c6f-442b-8d3f-f4ed090b88e4";  // clientSecretBasic.json
  const std::string secret = e2e::client_secret("clientSecretBasic.json");
  constexpr int k_threads = 16;
  constexpr int k_each = 8;
  std::vector<std::string> tokens(k_threads * k_each);
  std::atomic<int> failures{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < k_threads; ++t) {
    pool.emplace_back([&, t] {
      for (int i = 0; i < k_each; ++i) {
        auto r = e2e::post_form(e2e::url("/v1/tokens"),
                                "grant_type=client_credentials&scope=management", client, secret);
        auto doc = idp::json::parse_object(r.body);
        if (r.status != 200 || !doc || !doc->HasMember("access_token")) {
          ++failures;
          continue;
        }
        tokens[t * k_each + i] = (*doc)["access_token"].GetString();
      }
    });
  }
  for (auto& t : pool) t.join();
  BOOST_REQUIRE_EQUAL(failures.load(), 0);
  BOOST_TEST(std::set<std::string>(tokens.begin(), tokens.end()).size() == tokens.size());
  int inactive = 0;
  for (const auto& token : tokens) {
    auto r = e2e::post_form(e2e::url("/v1/tokens/introspection"), "token=" + token, client, secret);
    auto doc = idp::json::parse_object(r.body);
    if (r.status != 200 || !doc || !(*doc)["active"].GetBool()) ++inactive;
  }
  BOOST_TEST(inactive == 0);
}

BOOST_AUTO_TEST_SUITE_END()

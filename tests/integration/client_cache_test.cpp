// Workers keep parsed clients in memory: a client replaced or deleted through the management API
// must be seen by every worker thread at once (the change notifies its tenant), so an old secret
// stops authenticating and a deleted client stops existing.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <thread>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

// The client authenticates when the token endpoint gets as far as the (made-up) code.
std::string authenticate(const std::string& tenant, const std::string& client,
                         const std::string& secret) {
  HttpRequest r;
  r.method = "POST";
  r.url = stack().base_url + "/" + tenant + "/v1/tokens";
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=authorization_code&code=x&client_id=" + client + "&client_secret=" + secret;
  auto answer = json_of(send(r));
  return answer.HasMember("error") ? answer["error"].GetString() : "";
}

// Every one of many requests (spread over all worker threads) answers `expected`; the change
// travels by PostgreSQL notification, so a moment is allowed for it.
bool everywhere(const std::string& tenant, const std::string& client, const std::string& secret,
                const std::string& expected) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    bool all = true;
    for (int i = 0; i < 16 && all; ++i) all = authenticate(tenant, client, secret) == expected;
    if (all) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(client_cache)

BOOST_AUTO_TEST_CASE(a_replaced_or_deleted_client_is_seen_by_every_worker_at_once) {
  auto org = onboard();
  const std::string tenant = uuid();
  BOOST_REQUIRE_EQUAL(org.api.call("POST", "/tenants", public_tenant_body(tenant)).status, 201);
  const std::string client = uuid();
  const std::string path = "/tenants/" + tenant + "/clients/" + client;
  BOOST_REQUIRE_EQUAL(
      org.api.call("POST", "/tenants/" + tenant + "/clients", client_body(client)).status, 201);
  const std::string old_secret = "login-pw-webapp-secret-32chars!";
  // Every thread looks the client up (and keeps it).
  BOOST_TEST(everywhere(tenant, client, old_secret, "invalid_grant"));

  auto replaced = json_of(org.api.call("GET", path));
  const std::string new_secret = "a-new-secret-of-at-least-32-characters";
  replaced.AddMember("client_secret", rapidjson::Value(new_secret.c_str(), replaced.GetAllocator()),
                     replaced.GetAllocator());
  auto put = org.api.call("PUT", path, idp::json::write(replaced));
  BOOST_REQUIRE_MESSAGE(put.status == 200, put.body);
  BOOST_TEST(everywhere(tenant, client, old_secret, "invalid_client"),
             "the old secret still authenticates somewhere");
  BOOST_TEST(everywhere(tenant, client, new_secret, "invalid_grant"));

  BOOST_REQUIRE_EQUAL(org.api.call("DELETE", path).status, 204);
  BOOST_TEST(everywhere(tenant, client, new_secret, "invalid_client"),
             "the deleted client still authenticates somewhere");
}

BOOST_AUTO_TEST_SUITE_END()

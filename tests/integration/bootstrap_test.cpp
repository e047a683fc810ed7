// The admin tenant bootstrap (POST /v1/admin/initialization) and what it serves afterwards.
#include <boost/test/unit_test.hpp>
#include <set>

#include "http_client.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

HttpRequest initialization(const std::string& body) {
  auto settings = idp::json::parse_object(read_file(stack().settings()));
  HttpRequest r;
  r.method = "POST";
  r.url = stack().base_url + "/v1/admin/initialization";
  r.headers = {"Content-Type: application/json"};
  r.body = body;
  r.basic_user = (*settings)["api_key"].GetString();
  r.basic_password = (*settings)["api_secret"].GetString();
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bootstrap)

BOOST_AUTO_TEST_CASE(admin_discovery_names_the_issuer_under_the_base_url) {
  const auto& admin = admin_tenant();
  auto r = get(stack().base_url + "/" + admin.tenant_id + "/.well-known/openid-configuration");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.header("content-type").find("application/json") == 0u);
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST((*doc)["issuer"].GetString() == stack().base_url + "/" + admin.tenant_id);
  BOOST_TEST((*doc)["jwks_uri"].GetString() ==
             stack().base_url + "/" + admin.tenant_id + "/v1/jwks");
  BOOST_TEST(!doc->HasMember("jwks"));
  BOOST_TEST(!doc->HasMember("extension"));
}

BOOST_AUTO_TEST_CASE(admin_jwks_has_generated_es256_and_rs256_keys_without_private_members) {
  const auto& admin = admin_tenant();
  auto r = get(stack().base_url + "/" + admin.tenant_id + "/v1/jwks");
  BOOST_TEST(r.status == 200);
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_REQUIRE((*doc)["keys"].IsArray());
  std::set<std::string> algs;
  for (const auto& key : (*doc)["keys"].GetArray()) {
    for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k", "oth"})
      BOOST_TEST(!key.HasMember(member), "public JWKS carries private member " << member);
    BOOST_TEST(key.HasMember("kid"));
    if (key.HasMember("alg")) algs.insert(key["alg"].GetString());
  }
  BOOST_TEST(algs.count("ES256") == 1u);
  BOOST_TEST(algs.count("RS256") == 1u);
}

BOOST_AUTO_TEST_CASE(a_second_initialization_is_refused) {
  admin_tenant();
  // Any well-formed body: the system is initialized already, so nothing may be created.
  auto r = send(initialization(
      R"({"organization":{"id":"2f1a9a55-7d3e-4d1b-9a51-4a3b7c1d2e10","name":"x"},)"
      R"("tenant":{"id":"2f1a9a55-7d3e-4d1b-9a51-4a3b7c1d2e11","name":"x","tenant_type":"ADMIN"},)"
      R"("authorization_server":{"issuer":"https://x/2f1a9a55-7d3e-4d1b-9a51-4a3b7c1d2e11"},)"
      R"("user":{"sub":"2f1a9a55-7d3e-4d1b-9a51-4a3b7c1d2e12","email":"x@example.test","raw_password":"Passw0rd!x"},)"
      R"("client":{"client_id":"c1","client_secret":"s"}})"));
  BOOST_TEST(r.status == 409);
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->HasMember("error"));
  auto discovery = get(stack().base_url +
                       "/2f1a9a55-7d3e-4d1b-9a51-4a3b7c1d2e11/.well-known/openid-configuration");
  BOOST_TEST(discovery.status == 404);
}

BOOST_AUTO_TEST_CASE(initialization_requires_the_api_credentials) {
  HttpRequest wrong = initialization("{}");
  wrong.basic_password = "not-the-secret";
  auto r = send(wrong);
  BOOST_TEST(r.status == 401);
  BOOST_TEST(r.header("www-authenticate").find("Basic") == 0u);
  HttpRequest none = initialization("{}");
  none.basic_user.clear();
  BOOST_TEST(send(none).status == 401);
}

BOOST_AUTO_TEST_CASE(answers_carry_the_interaction_id_and_security_headers) {
  const auto& admin = admin_tenant();
  const std::string id = "c0ffee00-1234-4abc-8def-0123456789ab";
  auto r = get(stack().base_url + "/" + admin.tenant_id + "/.well-known/openid-configuration",
               {"x-fapi-interaction-id: " + id});
  BOOST_TEST(r.header("x-fapi-interaction-id") == id);
  BOOST_TEST(r.header("x-content-type-options") == "nosniff");
  auto fresh = get(stack().base_url + "/health");
  BOOST_TEST(fresh.header("x-fapi-interaction-id").size() == 36u);
}

BOOST_AUTO_TEST_CASE(cors_preflight_follows_the_tenant_cors_config) {
  const auto& admin = admin_tenant();
  HttpRequest r;
  r.method = "OPTIONS";
  r.url = stack().base_url + "/" + admin.tenant_id + "/v1/jwks";
  r.headers = {"Origin: " + admin.allowed_origin, "Access-Control-Request-Method: GET"};
  auto allowed = send(r);
  BOOST_TEST(allowed.status == 204);
  BOOST_TEST(allowed.header("access-control-allow-origin") == admin.allowed_origin);
  r.headers = {"Origin: https://evil.example.test", "Access-Control-Request-Method: GET"};
  auto refused = send(r);
  BOOST_TEST(refused.header("access-control-allow-origin").empty());
}

BOOST_AUTO_TEST_SUITE_END()

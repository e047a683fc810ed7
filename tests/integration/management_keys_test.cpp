// Signing keys through the management API: a tenant created without keys gets an ES256 and an
// RS256 key; the key set is edited with the published (public) keys, which stand for the stored
// private ones: a new key added beside them, an old one left out to retire it.
#include <boost/test/unit_test.hpp>
#include <regex>

#include "base/base64.hpp"
#include "e2e_tenant.hpp"
#include "jose/jwk.hpp"
#include "jose/jwks.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

std::string tenant_without_keys(const std::string& tenant) {
  auto doc = idp::json::parse_object(public_tenant_body(tenant));
  auto& server = (*doc)["authorization_server"];
  server.RemoveMember("jwks");
  server["grant_types_supported"].PushBack("client_credentials", doc->GetAllocator());
  server.RemoveMember("token_signed_key_id");
  server.RemoveMember("id_token_signed_key_id");
  server["extension"].RemoveMember("token_signed_key_id");
  server["extension"].RemoveMember("id_token_signed_key_id");
  return idp::json::write(*doc);
}

std::vector<std::string> published_kids(const std::string& tenant) {
  auto jwks = json_of(get(stack().base_url + "/" + tenant + "/v1/jwks"));
  std::vector<std::string> kids;
  for (const auto& k : jwks["keys"].GetArray()) kids.emplace_back(k["kid"].GetString());
  return kids;
}

// The kid in the header of an access token of a client_credentials client made for the test.
std::string access_token_kid(const std::string& tenant) {
  const std::string client = uuid();
  const std::string body = R"({"client_id":")" + client +
                           R"(","client_secret":"keys-test-secret-0123456789abcdef",)"
                           R"("redirect_uris":["https://rp.example.test/cb"],)"
                           R"("grant_types":["client_credentials"],"response_types":["code"],)"
                           R"("token_endpoint_auth_method":"client_secret_post","scope":"openid"})";
  auto made = admin_api().call("POST", "/tenants/" + tenant + "/clients", body);
  if (made.status != 201) return "client: " + made.body;
  auto answer = e2e::post_form(stack().base_url + "/" + tenant + "/v1/tokens",
                               "grant_type=client_credentials&client_id=" + client +
                                   "&client_secret=keys-test-secret-0123456789abcdef");
  if (answer.status != 200) return "token: " + answer.body;
  const std::string token = json_of(answer)["access_token"].GetString();
  auto header = idp::json::parse_object(
      idp::base64::decode_url(token.substr(0, token.find('.'))).value_or(""));
  return header ? (*header)["kid"].GetString() : "unreadable header";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(management_keys)

BOOST_AUTO_TEST_CASE(a_tenant_created_without_keys_gets_signing_keys) {
  const std::string tenant = uuid();
  auto created = admin_api().call("POST", "/tenants", tenant_without_keys(tenant));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  auto kids = published_kids(tenant);
  BOOST_TEST(kids.size() == 2u);
  auto server = json_of(admin_api().call("GET", "/tenants/" + tenant + "/authorization-server"));
  const std::string token_kid = server["extension"]["token_signed_key_id"].GetString();
  const std::string id_token_kid = server["extension"]["id_token_signed_key_id"].GetString();
  BOOST_TEST((std::find(kids.begin(), kids.end(), token_kid) != kids.end()));
  BOOST_TEST((std::find(kids.begin(), kids.end(), id_token_kid) != kids.end()));
  BOOST_TEST(access_token_kid(tenant) == token_kid);
  BOOST_TEST(admin_api().call("DELETE", "/tenants/" + tenant).status == 204);
}

BOOST_AUTO_TEST_CASE(keys_are_rotated_with_the_public_key_set) {
  const std::string tenant = uuid();
  BOOST_REQUIRE_EQUAL(admin_api().call("POST", "/tenants", tenant_without_keys(tenant)).status,
                      201);
  const std::string path = "/tenants/" + tenant + "/authorization-server";
  auto server = json_of(admin_api().call("GET", path));
  auto& a = server.GetAllocator();
  BOOST_TEST(!server.HasMember("jwks"));  // reads never show keys; the tenant publishes them
  const std::string published = get(stack().base_url + "/" + tenant + "/v1/jwks").body;

  // Add: the published keys and a new private one.
  auto fresh = idp::jose::generate_jwk("ES256", "rotated-es256");
  BOOST_REQUIRE(fresh);
  auto keys = idp::json::parse_object(published);
  (*keys)["keys"].PushBack(
      rapidjson::Value(*idp::json::parse(fresh->to_json(true)), keys->GetAllocator()),
      keys->GetAllocator());
  server.AddMember("jwks", rapidjson::Value(idp::json::write(*keys).c_str(), a), a);
  const std::string old_kid = server["extension"]["token_signed_key_id"].GetString();
  server["extension"]["token_signed_key_id"].SetString("rotated-es256", a);
  auto added = admin_api().call("PUT", path, idp::json::write(server));
  BOOST_REQUIRE_MESSAGE(added.status == 200, added.body);
  BOOST_TEST(published_kids(tenant).size() == 3u);

  // The new key signs; the published keys kept their private parts (the ID token key is one).
  BOOST_TEST(access_token_kid(tenant) == "rotated-es256");
  auto stored = json_of(admin_api().call("GET", path));

  // Retire: the old access-token key left out.
  auto remaining = idp::json::parse_object(get(stack().base_url + "/" + tenant + "/v1/jwks").body);
  auto& list = (*remaining)["keys"];
  for (auto it = list.Begin(); it != list.End(); ++it)
    if (old_kid == (*it)["kid"].GetString()) {
      list.Erase(it);
      break;
    }
  stored.AddMember("jwks",
                   rapidjson::Value(idp::json::write(*remaining).c_str(), stored.GetAllocator()),
                   stored.GetAllocator());
  auto retired = admin_api().call("PUT", path, idp::json::write(stored));
  BOOST_REQUIRE_MESSAGE(retired.status == 200, retired.body);
  auto kids = published_kids(tenant);
  BOOST_TEST(kids.size() == 2u);
  BOOST_TEST((std::find(kids.begin(), kids.end(), old_kid) == kids.end()));
  // The kept key still has its private part: it signs once named for access tokens.
  auto again = json_of(admin_api().call("GET", path));
  const std::string kept = again["extension"]["id_token_signed_key_id"].GetString();
  again["extension"]["token_signed_key_id"].SetString(kept.c_str(), again.GetAllocator());
  BOOST_REQUIRE_EQUAL(admin_api().call("PUT", path, idp::json::write(again)).status, 200);
  BOOST_TEST(access_token_kid(tenant) == kept);
  BOOST_TEST(admin_api().call("DELETE", "/tenants/" + tenant).status == 204);
}

BOOST_AUTO_TEST_SUITE_END()

// The token endpoint (client_credentials), client authentication, introspection and revocation,
// against idp-server's e2e test tenant and its clients.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>

#include "crypto/random.hpp"
#include "e2e_tenant.hpp"
#include "http_client.hpp"
#include "jose/jwk.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;
namespace fs = std::filesystem;

namespace {

using e2e::body_of;
using e2e::k_issuer;
using e2e::k_tenant;
using e2e::post_form;

// Client ids of test-tenant/clients/clientSecretBasic.json, clientSecretPost.json and
// clientSecretJwt.json.
struct TestClient {
  std::string id;
};
const TestClient k_basic{"b8c5c40d-2c6f-442b-8d3f-f4ed090b88e4"};
const TestClient k_post{"17deb0de-a05f-46c3-b99b-e4e2e5f614ca"};
const TestClient k_jwt{"12600391-b7ba-4193-b224-5b395a59cd28"};

std::string url(const std::string& tenant, const std::string& path) {
  return stack().base_url + "/" + tenant + path;
}

void expect_error(const HttpResponse& r, long status, const std::string& error) {
  BOOST_TEST_CONTEXT(r.body) {
    BOOST_TEST(r.status == status);
    auto doc = body_of(r);
    BOOST_TEST(std::string(doc["error"].GetString()) == error);
    BOOST_TEST(r.header("cache-control") == "no-store");
  }
}

const std::string k_client_credentials = "grant_type=client_credentials&scope=management";

std::string jti() {
  return idp::crypto::system_random().uuid_v4();
}

std::string assertion(const idp::jose::Jwk& key, idp::crypto::SignatureAlg alg,
                      const std::string& client_id, const std::string& audience,
                      const std::string& id) {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  std::string claims = "{\"iss\":\"" + client_id + "\",\"sub\":\"" + client_id + "\",\"aud\":\"" +
                       audience + "\",\"jti\":\"" + id + "\",\"exp\":" + std::to_string(now + 60) +
                       ",\"iat\":" + std::to_string(now) + "}";
  auto jws = idp::jose::sign_compact(claims, key, alg, {.typ = "JWT"});
  BOOST_REQUIRE(jws.ok());
  return *jws;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(token_endpoint)

BOOST_AUTO_TEST_CASE(client_credentials_with_client_secret_basic_issues_a_verifiable_jwt) {
  import_e2e_test_tenant();
  auto r = post_form(url(k_tenant, "/v1/tokens"), k_client_credentials, k_basic.id,
                     e2e::client_secret("clientSecretBasic.json"));
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  BOOST_TEST(r.header("cache-control") == "no-store");
  auto doc = body_of(r);
  BOOST_TEST(std::string(doc["token_type"].GetString()) == "Bearer");
  BOOST_TEST(std::string(doc["scope"].GetString()) == "management");
  BOOST_TEST(doc["expires_in"].GetInt64() > 0);
  BOOST_TEST(!doc.HasMember("refresh_token"));  // RFC 6749 §4.4.3

  // The tenant's access_token_type is JWT: an RFC 9068 token signed with a key of its JWKS.
  auto jwks = idp::jose::Jwks::parse(get(url(k_tenant, "/v1/jwks")).body);
  BOOST_REQUIRE(jwks.ok());
  auto jws =
      idp::jose::verify_compact(doc["access_token"].GetString(), *jwks, {.expected_typ = "at+jwt"});
  BOOST_REQUIRE_MESSAGE(jws.ok(), (jws.ok() ? std::string() : jws.error()));
  auto claims = idp::json::parse_object(jws->payload);
  BOOST_TEST(std::string((*claims)["iss"].GetString()) == k_issuer);
  BOOST_TEST(std::string((*claims)["client_id"].GetString()) == k_basic.id);
}

BOOST_AUTO_TEST_CASE(client_secret_post_issues_tokens) {
  import_e2e_test_tenant();
  std::string secret = e2e::client_secret("clientSecretPost.json");
  auto ok =
      post_form(url(k_tenant, "/v1/tokens"),
                k_client_credentials + "&client_id=" + k_post.id + "&client_secret=" + secret);
  BOOST_TEST(ok.status == 200, ok.body);
}

BOOST_AUTO_TEST_CASE(client_secret_jwt_assertion_authenticates_the_client) {
  import_e2e_test_tenant();
  idp::jose::Jwk key(idp::crypto::SymmetricKey{e2e::client_secret("clientSecretJwt.json")});
  std::string a = assertion(key, idp::crypto::SignatureAlg::hs256, k_jwt.id, k_issuer, jti());
  auto r = post_form(
      url(k_tenant, "/v1/tokens"),
      k_client_credentials +
          "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
          "&client_assertion=" +
          a);
  BOOST_TEST(r.status == 200, r.body);
}

BOOST_AUTO_TEST_CASE(private_key_jwt_is_verified_with_the_client_jwks) {
  // A tenant of its own, with a client whose registered JWKS holds our public key.
  const std::string tenant = "11111111-2222-4333-8444-555555555520";
  auto key = idp::jose::generate_jwk("ES256", "client-key-1");
  BOOST_REQUIRE(key.ok());
  fs::path dir = fs::path(stack().var) / "import-cases" / "private-key-jwt";
  fs::remove_all(dir);
  fs::create_directories(dir / "tenants");
  fs::create_directories(dir / "clients");
  std::string t =
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/tenants/tenant-a.json"));
  std::ofstream(dir / "tenants" / "t.json")
      << std::regex_replace(t, std::regex("779ff73a-7c8a-4966-9813-92f94f2fd2e8"), tenant);
  std::string jwks = "{\"keys\":[" + key->to_json(false) + "]}";
  std::string quoted;
  for (char c : jwks) quoted += (c == '"') ? std::string("\\\"") : std::string(1, c);
  std::ofstream(dir / "clients" / "c.json")
      << R"({"client_id":"pkjwt-client","token_endpoint_auth_method":"private_key_jwt",)"
      << R"("grant_types":["client_credentials"],"scope":"openid management","jwks":")" << quoted
      << R"("})";
  std::string out;
  BOOST_REQUIRE_MESSAGE(
      run(stack().bin + " import " + dir.string() + " --settings " + stack().settings(), out) == 0,
      out);

  auto discovery =
      idp::json::parse_object(get(url(tenant, "/.well-known/openid-configuration")).body);
  std::string issuer = (*discovery)["issuer"].GetString();
  std::string type =
      "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer";
  auto good = post_form(
      url(tenant, "/v1/tokens"),
      "grant_type=client_credentials" + type + "&client_assertion=" +
          assertion(*key, idp::crypto::SignatureAlg::es256, "pkjwt-client", issuer, jti()));
  BOOST_TEST(good.status == 200, good.body);

  auto other = idp::jose::generate_jwk("ES256", "client-key-1");  // same kid, different key
  expect_error(post_form(url(tenant, "/v1/tokens"),
                         "grant_type=client_credentials" + type + "&client_assertion=" +
                             assertion(*other, idp::crypto::SignatureAlg::es256, "pkjwt-client",
                                       issuer, jti())),
               401, "invalid_client");
}

BOOST_AUTO_TEST_CASE(password_grant_issues_tokens_for_the_user_where_allowed) {
  import_e2e_test_tenant();
  const std::string endpoint = url(k_tenant, "/v1/tokens");
  const std::string secret = e2e::client_secret("clientSecretBasic.json");
  auto ok =
      post_form(endpoint,
                "grant_type=password&username=ito.ichiro%40gmail.com&password=successUserCode001"
                "&scope=openid%20email",
                k_basic.id, secret);
  BOOST_REQUIRE_MESSAGE(ok.status == 200, ok.body);
  auto doc = body_of(ok);
  BOOST_TEST(doc.HasMember("id_token"));
  BOOST_TEST(doc.HasMember("refresh_token"));
  auto info = get(url(k_tenant, "/v1/userinfo"),
                  {"Authorization: Bearer " + std::string(doc["access_token"].GetString())});
  BOOST_TEST(info.body.find("ito.ichiro@gmail.com") != std::string::npos, info.body);
}

BOOST_AUTO_TEST_CASE(introspection_and_revocation_follow_rfc_7662_and_7009) {
  import_e2e_test_tenant();
  const std::string secret = e2e::client_secret("clientSecretBasic.json");
  auto issued =
      body_of(post_form(url(k_tenant, "/v1/tokens"), k_client_credentials, k_basic.id, secret));
  std::string token = issued["access_token"].GetString();
  const std::string introspect = url(k_tenant, "/v1/tokens/introspection");

  auto active = body_of(post_form(introspect, "token=" + token, k_basic.id, secret));
  BOOST_TEST(active["active"].GetBool());
  BOOST_TEST(std::string(active["client_id"].GetString()) == k_basic.id);
  BOOST_TEST(std::string(active["scope"].GetString()) == "management");

  BOOST_TEST(!body_of(post_form(introspect, "token=unknown-token", k_basic.id, secret))["active"]
                  .GetBool());

  // Its own client may revoke it.
  const std::string revoke = url(k_tenant, "/v1/tokens/revocation");
  auto revoked = post_form(revoke, "token=" + token, k_basic.id, secret);
  BOOST_TEST(revoked.status == 200);
  BOOST_TEST(
      !body_of(post_form(introspect, "token=" + token, k_basic.id, secret))["active"].GetBool());
  BOOST_TEST(post_form(revoke, "token=never-issued", k_basic.id, secret).status ==
             200);  // RFC 7009 §2.2
}

BOOST_AUTO_TEST_CASE(a_token_is_inactive_at_another_tenant) {
  import_e2e_test_tenant();
  const std::string secret = e2e::client_secret("clientSecretBasic.json");
  auto issued =
      body_of(post_form(url(k_tenant, "/v1/tokens"), k_client_credentials, k_basic.id, secret));
  std::string token = issued["access_token"].GetString();
  // The private_key_jwt tenant has no client_secret_basic client: use the admin tenant instead.
  const auto& admin = admin_tenant();
  auto r = post_form(
      url(admin.tenant_id, "/v1/tokens/introspection"),
      "token=" + token + "&client_id=" + admin.client_id + "&client_secret=" + admin.client_secret);
  BOOST_TEST(r.status == 200, r.body);
  BOOST_TEST(!body_of(r)["active"].GetBool());
}

BOOST_AUTO_TEST_SUITE_END()

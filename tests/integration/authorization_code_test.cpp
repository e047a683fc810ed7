// The authorization code flow through the JSON interactions: authorization request → sign-in
// page redirect → password-authentication → authorize → token (PKCE) → ID token → UserInfo.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "http_client.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const std::string k_tenant = "67e7eae6-62b0-4500-9eff-87459f63fc66";
const std::string k_client = "17deb0de-a05f-46c3-b99b-e4e2e5f614ca";  // clientSecretPost.json
const std::string k_redirect = "https://client.example.org/callback";
const std::string k_user = "ito.ichiro@gmail.com";  // initial.json
const std::string k_password = "successUserCode001";
// RFC 7636 Appendix B.
const std::string k_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const std::string k_challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

std::string client_secret() {
  auto doc = idp::json::parse_object(read_file(
      data_path("idp-server-config/examples/e2e/test-tenant/clients/clientSecretPost.json")));
  return (*doc)["client_secret"].GetString();
}

std::string api(const std::string& path) {
  return stack().base_url + "/" + k_tenant + path;
}

std::string query_value(const std::string& uri, const std::string& name) {
  std::smatch m;
  if (std::regex_search(uri, m, std::regex("[?&#]" + name + "=([^&]*)"))) return m[1];
  return {};
}

// A browser: keeps the AUTH_SESSION cookie.
struct Browser {
  std::string cookie;

  HttpResponse authorize_request(const std::string& query) {
    auto r = get(api("/v1/authorizations?" + query));
    std::string set_cookie = r.header("set-cookie");
    if (auto eq = set_cookie.find('='); eq != std::string::npos)
      cookie = set_cookie.substr(0, set_cookie.find(';'));
    return r;
  }
  HttpResponse interaction(const std::string& id, const std::string& name,
                           const std::string& body) {
    HttpRequest r;
    r.method = "POST";
    r.url = api("/v1/authorizations/" + id + "/" + name);
    r.headers = {"Content-Type: application/json"};
    if (!cookie.empty()) r.headers.push_back("Cookie: " + cookie);
    r.body = body;
    return send(r);
  }
};

HttpResponse token(const std::string& body) {
  HttpRequest r;
  r.method = "POST";
  r.url = api("/v1/tokens");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = body + "&client_id=" + k_client + "&client_secret=" + client_secret();
  return send(r);
}

std::string standard_query(const std::string& extra = "") {
  return "response_type=code&client_id=" + k_client + "&redirect_uri=" + k_redirect +
         "&scope=openid%20profile%20email&state=st-1&nonce=n-1&code_challenge=" + k_challenge +
         "&code_challenge_method=S256" + extra;
}

// Runs the flow up to the authorization response; returns the redirect_uri the UI is sent to.
std::string sign_in_and_authorize(Browser& browser, const std::string& query) {
  auto start = browser.authorize_request(query);
  BOOST_REQUIRE_MESSAGE(start.status == 302, start.body);
  std::string id = query_value(start.header("location"), "id");
  BOOST_REQUIRE(!id.empty());
  auto login =
      browser.interaction(id, "password-authentication",
                          R"({"username":")" + k_user + R"(","password":")" + k_password + "\"}");
  BOOST_REQUIRE_MESSAGE(login.status == 200, login.body);
  auto authorized = browser.interaction(id, "authorize", "{}");
  BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
  auto doc = idp::json::parse_object(authorized.body);
  BOOST_REQUIRE(doc.ok());
  return (*doc)["redirect_uri"].GetString();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(authorization_code_flow)

BOOST_AUTO_TEST_CASE(the_authorization_request_redirects_to_the_tenant_sign_in_page) {
  import_e2e_test_tenant();
  Browser browser;
  auto r = browser.authorize_request(standard_query());
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  std::string location = r.header("location");
  BOOST_TEST(location.rfind("https://auth.local.test/signin/?", 0) == 0u, location);
  BOOST_TEST(query_value(location, "tenant_id") == k_tenant);
  BOOST_TEST(query_value(location, "id").size() == 36u);
  BOOST_TEST(browser.cookie.rfind("AUTH_SESSION=", 0) == 0u);
  BOOST_TEST(r.header("set-cookie").find("HttpOnly") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_sign_in_page_is_told_the_requested_ui_locales) {
  import_e2e_test_tenant();
  Browser browser;
  auto r = browser.authorize_request(standard_query() + "&ui_locales=ja-JP%20en");
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  BOOST_TEST(r.header("location").find("&ui_locales=ja-JP+en") != std::string::npos,
             r.header("location"));
  auto plain = Browser().authorize_request(standard_query());
  BOOST_TEST(plain.header("location").find("ui_locales") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(code_with_pkce_gives_tokens_an_id_token_and_userinfo) {
  import_e2e_test_tenant();
  Browser browser;
  std::string redirect = sign_in_and_authorize(browser, standard_query());
  BOOST_TEST(redirect.rfind(k_redirect + "?", 0) == 0u, redirect);
  BOOST_TEST(query_value(redirect, "state") == "st-1");
  std::string code = query_value(redirect, "code");
  BOOST_REQUIRE(!code.empty());

  auto issued = token("grant_type=authorization_code&code=" + code + "&redirect_uri=" + k_redirect +
                      "&code_verifier=" + k_verifier);
  BOOST_REQUIRE_MESSAGE(issued.status == 200, issued.body);
  auto doc = idp::json::parse_object(issued.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->HasMember("refresh_token"));
  std::string access_token = (*doc)["access_token"].GetString();

  auto jwks = idp::jose::Jwks::parse(get(api("/v1/jwks")).body);
  BOOST_REQUIRE(jwks.ok());
  auto id_token = idp::jose::verify_compact((*doc)["id_token"].GetString(), *jwks);
  BOOST_REQUIRE(id_token.ok());
  auto claims = idp::json::parse_object(id_token->payload);
  BOOST_TEST(std::string((*claims)["aud"].GetString()) == k_client);
  BOOST_TEST(std::string((*claims)["nonce"].GetString()) == "n-1");
  BOOST_TEST(std::string((*claims)["sub"].GetString()) == "3ec055a8-8000-44a2-8677-e70ebff414e2");
  BOOST_TEST((*claims)["auth_time"].IsInt64());
  std::string digest = idp::crypto::sha256(access_token);
  BOOST_TEST(std::string((*claims)["at_hash"].GetString()) ==
             idp::base64::encode_url(std::string_view(digest).substr(0, 16)));

  auto userinfo = get(api("/v1/userinfo"), {"Authorization: Bearer " + access_token});
  BOOST_REQUIRE_MESSAGE(userinfo.status == 200, userinfo.body);
  auto info = idp::json::parse_object(userinfo.body);
  BOOST_TEST(std::string((*info)["sub"].GetString()) == "3ec055a8-8000-44a2-8677-e70ebff414e2");
  BOOST_TEST(std::string((*info)["email"].GetString()) == k_user);

  // The code is single use; its replay revokes what it was exchanged for (RFC 6749 §4.1.2).
  auto replay = token("grant_type=authorization_code&code=" + code + "&redirect_uri=" + k_redirect +
                      "&code_verifier=" + k_verifier);
  BOOST_TEST(replay.status == 400);
  BOOST_TEST(replay.body.find("invalid_grant") != std::string::npos);
  BOOST_TEST(get(api("/v1/userinfo"), {"Authorization: Bearer " + access_token}).status == 401);
}

BOOST_AUTO_TEST_CASE(refresh_tokens_rotate_and_a_replayed_one_revokes_the_grant) {
  import_e2e_test_tenant();
  Browser browser;
  std::string code = query_value(sign_in_and_authorize(browser, standard_query()), "code");
  auto first =
      idp::json::parse_object(token("grant_type=authorization_code&code=" + code +
                                    "&redirect_uri=" + k_redirect + "&code_verifier=" + k_verifier)
                                  .body);
  BOOST_REQUIRE(first.ok() && first->HasMember("refresh_token"));
  std::string refresh_1 = (*first)["refresh_token"].GetString();

  auto second = token("grant_type=refresh_token&refresh_token=" + refresh_1);
  BOOST_REQUIRE_MESSAGE(second.status == 200, second.body);
  auto doc = idp::json::parse_object(second.body);
  std::string refresh_2 = (*doc)["refresh_token"].GetString();
  std::string access_2 = (*doc)["access_token"].GetString();
  BOOST_TEST(refresh_2 != refresh_1);  // rotated

  // The old refresh token again: refused, and the grant is revoked with everything it issued.
  auto replay = token("grant_type=refresh_token&refresh_token=" + refresh_1);
  BOOST_TEST(replay.status == 400);
  BOOST_TEST(replay.body.find("invalid_grant") != std::string::npos);
  BOOST_TEST(token("grant_type=refresh_token&refresh_token=" + refresh_2).status == 400);
  BOOST_TEST(get(api("/v1/userinfo"), {"Authorization: Bearer " + access_2}).status == 401);
}

BOOST_AUTO_TEST_CASE(revoking_a_refresh_token_revokes_its_access_tokens) {
  import_e2e_test_tenant();
  Browser browser;
  std::string code = query_value(sign_in_and_authorize(browser, standard_query()), "code");
  auto issued =
      idp::json::parse_object(token("grant_type=authorization_code&code=" + code +
                                    "&redirect_uri=" + k_redirect + "&code_verifier=" + k_verifier)
                                  .body);
  std::string access = (*issued)["access_token"].GetString();
  auto refreshed =
      idp::json::parse_object(token("grant_type=refresh_token&refresh_token=" +
                                    std::string((*issued)["refresh_token"].GetString()))
                                  .body);
  std::string access_2 = (*refreshed)["access_token"].GetString();
  HttpRequest r;
  r.method = "POST";
  r.url = api("/v1/tokens/revocation");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "token=" + std::string((*refreshed)["refresh_token"].GetString()) +
           "&token_type_hint=refresh_token&client_id=" + k_client +
           "&client_secret=" + client_secret();
  BOOST_TEST(send(r).status == 200);
  BOOST_TEST(get(api("/v1/userinfo"), {"Authorization: Bearer " + access}).status == 401);
  BOOST_TEST(get(api("/v1/userinfo"), {"Authorization: Bearer " + access_2}).status == 401);
}

BOOST_AUTO_TEST_CASE(wrong_passwords_lock_the_account) {
  // A tenant of its own, so that locking its user does not disturb the other tests.
  const std::string tenant = "11111111-2222-4333-8444-555555555530";
  namespace fs = std::filesystem;
  fs::path dir = fs::path(stack().var) / "import-cases" / "lockout";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string init =
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/initial.json"));
  init = std::regex_replace(init, std::regex(k_tenant), tenant);
  init = std::regex_replace(init, std::regex("9eb8eb8c-2615-4604-809f-5cae1c00a462"),
                            "11111111-2222-4333-8444-555555555531");
  std::ofstream(dir / "initial.json") << init;
  std::string out;
  BOOST_REQUIRE_MESSAGE(
      run(stack().bin + " import " + dir.string() + " --settings " + stack().settings(), out) == 0,
      out);

  auto doc = idp::json::parse_object(init);
  std::string client = (*doc)["client"]["client_id"].GetString();
  std::string redirect = (*doc)["client"]["redirect_uris"][0].GetString();
  Browser browser;
  auto start = get(stack().base_url + "/" + tenant +
                   "/v1/authorizations?response_type=code&client_id=" + client +
                   "&redirect_uri=" + redirect + "&scope=openid&state=s&nonce=n");
  BOOST_REQUIRE_MESSAGE(start.status == 302, start.body);
  std::string cookie = start.header("set-cookie").substr(0, start.header("set-cookie").find(';'));
  std::string id = query_value(start.header("location"), "id");
  auto attempt = [&](const std::string& password) {
    HttpRequest r;
    r.method = "POST";
    r.url =
        stack().base_url + "/" + tenant + "/v1/authorizations/" + id + "/password-authentication";
    r.headers = {"Content-Type: application/json", "Cookie: " + cookie};
    r.body = R"({"username":")" + k_user + R"(","password":")" + password + "\"}";
    return send(r);
  };
  for (int i = 0; i < 5; ++i) BOOST_TEST(attempt("wrong-" + std::to_string(i)).status == 400);
  auto locked = attempt(k_password);  // max_attempts (default 5) reached: even the right one fails
  BOOST_TEST(locked.status == 400);
  BOOST_TEST(locked.body.find("locked") != std::string::npos, locked.body);
}

BOOST_AUTO_TEST_SUITE_END()

// Sign-in sessions at the provider: a new session at every sign-in, single sign-on through
// authorize-with-session and prompt=none (OIDC Core §3.1.2.1, §3.1.2.6) within max_age and
// session_config.timeout_seconds, remembered consent, and authentication-status.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <thread>

#include "browser.hpp"
#include "jose/jwks.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const std::string k_client = "17deb0de-a05f-46c3-b99b-e4e2e5f614ca";  // initial.json's client
const std::string k_secret =
    "clientSecretPostPassword123456789012345678901234567890123456789012345678901234567890123456789"
    "0";
const std::string k_redirect = "http://localhost:8081/callback";
const std::string k_user = "ito.ichiro@gmail.com";
const std::string k_password = "successUserCode001";
const std::string k_sub = "3ec055a8-8000-44a2-8677-e70ebff414e2";

// One tenant for the suite, so that its sessions and consents are this suite's alone.
const std::string& tenant() {
  static const std::string id = import_tenant_copy();
  return id;
}

std::string api(const std::string& path) {
  return stack().base_url + "/" + tenant() + path;
}

std::string request_query(const std::string& extra = "", const std::string& scope = "openid") {
  return "response_type=code&client_id=" + k_client + "&redirect_uri=" + k_redirect +
         "&scope=" + scope + "&state=st&nonce=nn" + extra;
}

// The authorization request's id (from the sign-in page redirect).
std::string start(Browser& b, const std::string& query) {
  auto r = b.get(api("/v1/authorizations?" + query));
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  std::string id = url_param(r.header("location"), "id");
  BOOST_REQUIRE(!id.empty());
  return id;
}

HttpResponse interaction(Browser& b, const std::string& id, const std::string& name,
                         const std::string& body = "{}") {
  return b.post_json(api("/v1/authorizations/" + id + "/" + name), body);
}

HttpResponse sign_in(Browser& b, const std::string& id, const std::string& password = k_password) {
  return interaction(b, id, "password-authentication",
                     R"({"username":")" + k_user + R"(","password":")" + password + "\"}");
}

std::string redirect_of(const HttpResponse& r) {
  auto doc = idp::json::parse_object(r.body);
  BOOST_REQUIRE_MESSAGE(doc.ok() && doc->HasMember("redirect_uri"), r.body);
  return (*doc)["redirect_uri"].GetString();
}

// A whole sign-in: returns the authorization response's redirect URI.
std::string full_flow(Browser& b, const std::string& query) {
  std::string id = start(b, query);
  auto login = sign_in(b, id);
  BOOST_REQUIRE_MESSAGE(login.status == 200, login.body);
  auto authorized = interaction(b, id, "authorize");
  BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
  return redirect_of(authorized);
}

// The ID token's claims for a code.
rapidjson::Document redeem(const std::string& code) {
  HttpRequest r;
  r.method = "POST";
  r.url = api("/v1/tokens");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + k_redirect +
           "&client_id=" + k_client + "&client_secret=" + k_secret;
  auto answer = send(r);
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  auto tokens = idp::json::parse_object(answer.body);
  auto jwks = idp::jose::Jwks::parse(get(api("/v1/jwks")).body);
  BOOST_REQUIRE(jwks.ok());
  auto jws = idp::jose::verify_compact((*tokens)["id_token"].GetString(), *jwks);
  BOOST_REQUIRE(jws.ok());
  auto claims = idp::json::parse_object(jws->payload);
  BOOST_REQUIRE(claims.ok());
  return std::move(*claims);
}

std::string session_cookie_name() {
  return "TEST_TENANT_IDP_SERVER_SESSION";  // initial.json's session_config.cookie_name
}

bool member_is(const rapidjson::Value& doc, const char* name, bool value) {
  return doc.HasMember(name) && doc[name].IsBool() && doc[name].GetBool() == value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(op_session)

BOOST_AUTO_TEST_CASE(every_sign_in_starts_a_new_session_and_ends_the_previous_one) {
  Browser b;
  std::string first = start(b, request_query());
  BOOST_REQUIRE_EQUAL(sign_in(b, first).status, 200);
  std::string cookie1 = b.cookie(session_cookie_name());
  BOOST_REQUIRE(!cookie1.empty());

  // The same browser signs in again (a planted or old cookie must not survive a sign-in).
  std::string second = start(b, request_query("&prompt=login"));
  BOOST_REQUIRE_EQUAL(sign_in(b, second).status, 200);
  std::string cookie2 = b.cookie(session_cookie_name());
  BOOST_TEST(!cookie2.empty());
  BOOST_TEST(cookie2 != cookie1);

  // The old cookie no longer signs anyone in.
  Browser old;
  old.set_cookie(session_cookie_name(), cookie1);
  auto silent = old.get(api("/v1/authorizations?" + request_query("&prompt=none")));
  BOOST_TEST(silent.status == 302);
  BOOST_TEST(url_param(silent.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(prompt_none_answers_from_the_session_with_the_same_sid_and_auth_time) {
  Browser b;
  auto first = redeem(url_param(full_flow(b, request_query()), "code"));
  BOOST_REQUIRE(first.HasMember("sid"));

  auto silent = b.get(api("/v1/authorizations?" + request_query("&prompt=none")));
  BOOST_REQUIRE_MESSAGE(silent.status == 302, silent.body);
  std::string location = silent.header("location");
  BOOST_TEST(location.rfind(k_redirect + "?", 0) == 0u, location);
  BOOST_TEST(url_param(location, "state") == "st");
  auto second = redeem(url_param(location, "code"));
  BOOST_TEST(std::string(second["sid"].GetString()) == first["sid"].GetString());
  BOOST_TEST(second["auth_time"].GetInt64() == first["auth_time"].GetInt64());
  BOOST_TEST(std::string(second["sub"].GetString()) == k_sub);
  BOOST_TEST(std::string(second["nonce"].GetString()) == "nn");
}

BOOST_AUTO_TEST_CASE(prompt_none_without_session_or_beyond_max_age_is_login_required) {
  Browser stranger;
  auto none = stranger.get(api("/v1/authorizations?" + request_query("&prompt=none")));
  BOOST_TEST(none.status == 302);
  BOOST_TEST(url_param(none.header("location"), "error") == "login_required");
  BOOST_TEST(url_param(none.header("location"), "state") == "st");

  Browser b;
  full_flow(b, request_query());
  // max_age=0: the sign-in is always too old (OIDC Core §3.1.2.1).
  auto aged = b.get(api("/v1/authorizations?" + request_query("&prompt=none&max_age=0")));
  BOOST_TEST(aged.status == 302);
  BOOST_TEST(url_param(aged.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(prompt_none_for_scopes_not_allowed_before_is_consent_required) {
  Browser b;
  full_flow(b, request_query());
  auto more = b.get(api("/v1/authorizations?" + request_query("&prompt=none", "openid%20phone")));
  BOOST_TEST(more.status == 302);
  BOOST_TEST(url_param(more.header("location"), "error") == "consent_required");
  // prompt=consent asks even for scopes allowed before: it cannot go with prompt=none, so the
  // request with prompt=consent shows the consent screen.
  std::string id = start(b, request_query("&prompt=consent"));
  auto view = idp::json::parse_object(b.get(api("/v1/authorizations/" + id + "/view-data")).body);
  BOOST_REQUIRE(view.ok());
  BOOST_TEST(member_is(*view, "session_enabled", true));
  BOOST_TEST(member_is(*view, "consent_required", true));
}

BOOST_AUTO_TEST_CASE(an_id_token_hint_for_another_user_is_login_required) {
  Browser b;
  full_flow(b, request_query());
  // A token signed by someone else is not a hint this provider can accept.
  std::string forged =
      "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4Iiwic3ViIjoieSJ9.c2lnbmF0dXJlLW5vdC12YWxpZA";
  auto r =
      b.get(api("/v1/authorizations?" + request_query("&prompt=none&id_token_hint=" + forged)));
  BOOST_TEST(r.status == 302);
  BOOST_TEST(url_param(r.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(authorize_with_session_signs_in_without_a_password) {
  Browser b;
  full_flow(b, request_query());
  std::string id = start(b, request_query());
  auto view = idp::json::parse_object(b.get(api("/v1/authorizations/" + id + "/view-data")).body);
  BOOST_REQUIRE(view.ok());
  BOOST_TEST(member_is(*view, "session_enabled", true));
  BOOST_TEST(member_is(*view, "consent_required", false));
  auto sso = interaction(b, id, "authorize-with-session");
  BOOST_REQUIRE_MESSAGE(sso.status == 200, sso.body);
  auto claims = redeem(url_param(redirect_of(sso), "code"));
  BOOST_TEST(std::string(claims["sub"].GetString()) == k_sub);

  // prompt=login: the session may not stand in for a sign-in.
  std::string fresh = start(b, request_query("&prompt=login"));
  auto login_view =
      idp::json::parse_object(b.get(api("/v1/authorizations/" + fresh + "/view-data")).body);
  BOOST_TEST(member_is(*login_view, "session_enabled", false));
  auto refused = interaction(b, fresh, "authorize-with-session");
  BOOST_TEST(refused.status == 400);
  BOOST_TEST(refused.body.find("invalid_request") != std::string::npos);

  // Another browser has no session.
  Browser other;
  std::string theirs = start(other, request_query());
  BOOST_TEST(interaction(other, theirs, "authorize-with-session").status == 400);
}

BOOST_AUTO_TEST_CASE(the_session_ends_after_session_config_timeout_seconds) {
  const std::string short_tenant = import_tenant_copy([](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    d["tenant"]["session_config"].AddMember("timeout_seconds", 1, a);
  });
  Browser b;
  auto at = [&](const std::string& query) {
    return b.get(stack().base_url + "/" + short_tenant + "/v1/authorizations?" + query);
  };
  auto first = at(request_query());
  std::string id = url_param(first.header("location"), "id");
  auto login = b.post_json(stack().base_url + "/" + short_tenant + "/v1/authorizations/" + id +
                               "/password-authentication",
                           R"({"username":")" + k_user + R"(","password":")" + k_password + "\"}");
  BOOST_REQUIRE_EQUAL(login.status, 200);
  BOOST_TEST(login.header("set-cookie").find("Max-Age=1") != std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto expired = at(request_query("&prompt=none"));
  BOOST_TEST(url_param(expired.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(authentication_status_follows_the_interactions) {
  Browser b;
  std::string id = start(b, request_query("&prompt=login"));
  auto status = [&] {
    auto r = b.get(api("/v1/authorizations/" + id + "/authentication-status"));
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    auto doc = idp::json::parse_object(r.body);
    BOOST_REQUIRE(doc.ok());
    return std::move(*doc);
  };
  BOOST_TEST(std::string(status()["status"].GetString()) == "in_progress");
  BOOST_TEST(sign_in(b, id, "wrong-password").status == 400);
  auto after_failure = status();
  BOOST_TEST(std::string(after_failure["status"].GetString()) == "in_progress");
  BOOST_TEST(
      after_failure["interaction_results"]["password-authentication"]["failure_count"].GetInt() ==
      1);
  BOOST_REQUIRE_EQUAL(sign_in(b, id).status, 200);
  auto done = status();
  BOOST_TEST(std::string(done["status"].GetString()) == "success");
  BOOST_TEST(done["interaction_results"]["password-authentication"]["call_count"].GetInt() == 2);
  BOOST_REQUIRE(done["authentication_methods"].Size() == 1u);
  BOOST_TEST(std::string(done["authentication_methods"][0].GetString()) == "password");

  // Another browser may not read it.
  Browser other;
  BOOST_TEST(other.get(api("/v1/authorizations/" + id + "/authentication-status")).status == 401);
}

BOOST_AUTO_TEST_CASE(deny_answers_status_denied_with_access_denied) {
  Browser b;
  std::string id = start(b, request_query());
  auto denied = interaction(b, id, "deny");
  BOOST_REQUIRE_EQUAL(denied.status, 200);
  auto doc = idp::json::parse_object(denied.body);
  BOOST_TEST(std::string((*doc)["status"].GetString()) == "denied");
  BOOST_TEST(url_param((*doc)["redirect_uri"].GetString(), "error") == "access_denied");
}

BOOST_AUTO_TEST_SUITE_END()

// Sign-in sessions at the provider: a new session at every sign-in, single sign-on through
// authorize-with-session and prompt=none (OIDC Core §3.1.2.1, §3.1.2.6) within max_age and
// session_config.timeout_seconds, remembered consent, and authentication-status.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <thread>

#include "flow.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

// One tenant for the suite, so that its sessions and consents are this suite's alone.
const TenantFlow& flow() {
  static const TenantFlow f(import_tenant_copy());
  return f;
}

const std::string k_redirect = TenantFlow::k_redirect;
const std::string k_user = TenantFlow::k_user;
const std::string k_password = TenantFlow::k_password;
const std::string k_sub = TenantFlow::k_sub;
const std::string k_session_cookie = "TEST_TENANT_IDP_SERVER_SESSION";  // its session_config

bool member_is(const rapidjson::Value& doc, const char* name, bool value) {
  return doc.HasMember(name) && doc[name].IsBool() && doc[name].GetBool() == value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(op_session)

BOOST_AUTO_TEST_CASE(every_sign_in_starts_a_new_session_and_ends_the_previous_one) {
  Browser b;
  std::string first = flow().start(b, TenantFlow::query());
  BOOST_REQUIRE_EQUAL(flow().sign_in(b, first).status, 200);
  std::string cookie1 = b.cookie(k_session_cookie);
  BOOST_REQUIRE(!cookie1.empty());

  // The same browser signs in again (a planted or old cookie must not survive a sign-in).
  std::string second = flow().start(b, TenantFlow::query("&prompt=login"));
  BOOST_REQUIRE_EQUAL(flow().sign_in(b, second).status, 200);
  std::string cookie2 = b.cookie(k_session_cookie);
  BOOST_TEST(!cookie2.empty());
  BOOST_TEST(cookie2 != cookie1);

  // The old cookie no longer signs anyone in.
  Browser old;
  old.set_cookie(k_session_cookie, cookie1);
  auto silent = old.get(flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none")));
  BOOST_TEST(silent.status == 302);
  BOOST_TEST(url_param(silent.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(prompt_none_answers_from_the_session_with_the_same_sid_and_auth_time) {
  Browser b;
  auto first = flow().redeem(url_param(flow().full_flow(b, TenantFlow::query()), "code")).id_token;
  BOOST_REQUIRE(first.HasMember("sid"));

  auto silent = b.get(flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none")));
  BOOST_REQUIRE_MESSAGE(silent.status == 302, silent.body);
  std::string location = silent.header("location");
  BOOST_TEST(location.rfind(k_redirect + "?", 0) == 0u, location);
  BOOST_TEST(url_param(location, "state") == "st");
  auto second = flow().redeem(url_param(location, "code")).id_token;
  BOOST_TEST(std::string(second["sid"].GetString()) == first["sid"].GetString());
  BOOST_TEST(second["auth_time"].GetInt64() == first["auth_time"].GetInt64());
  BOOST_TEST(std::string(second["sub"].GetString()) == k_sub);
  BOOST_TEST(std::string(second["nonce"].GetString()) == "nn");
}

BOOST_AUTO_TEST_CASE(prompt_none_without_session_or_beyond_max_age_is_login_required) {
  Browser stranger;
  auto none = stranger.get(flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none")));
  BOOST_TEST(none.status == 302);
  BOOST_TEST(url_param(none.header("location"), "error") == "login_required");
  BOOST_TEST(url_param(none.header("location"), "state") == "st");

  Browser b;
  flow().full_flow(b, TenantFlow::query());
  // max_age=0: the sign-in is always too old (OIDC Core §3.1.2.1).
  auto aged =
      b.get(flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none&max_age=0")));
  BOOST_TEST(aged.status == 302);
  BOOST_TEST(url_param(aged.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(prompt_none_for_scopes_not_allowed_before_is_consent_required) {
  Browser b;
  flow().full_flow(b, TenantFlow::query());
  auto more = b.get(
      flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none", "openid%20phone")));
  BOOST_TEST(more.status == 302);
  BOOST_TEST(url_param(more.header("location"), "error") == "consent_required");
  // prompt=consent asks even for scopes allowed before: it cannot go with prompt=none, so the
  // request with prompt=consent shows the consent screen.
  std::string id = flow().start(b, TenantFlow::query("&prompt=consent"));
  auto view =
      idp::json::parse_object(b.get(flow().api("/v1/authorizations/" + id + "/view-data")).body);
  BOOST_REQUIRE(view.ok());
  BOOST_TEST(member_is(*view, "session_enabled", true));
  BOOST_TEST(member_is(*view, "consent_required", true));
}

BOOST_AUTO_TEST_CASE(an_id_token_hint_for_another_user_is_login_required) {
  Browser b;
  flow().full_flow(b, TenantFlow::query());
  // A token signed by someone else is not a hint this provider can accept.
  std::string forged =
      "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4Iiwic3ViIjoieSJ9.c2lnbmF0dXJlLW5vdC12YWxpZA";
  auto r = b.get(flow().api("/v1/authorizations?" +
                            TenantFlow::query("&prompt=none&id_token_hint=" + forged)));
  BOOST_TEST(r.status == 302);
  BOOST_TEST(url_param(r.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(authorize_with_session_signs_in_without_a_password) {
  Browser b;
  flow().full_flow(b, TenantFlow::query());
  std::string id = flow().start(b, TenantFlow::query());
  auto view =
      idp::json::parse_object(b.get(flow().api("/v1/authorizations/" + id + "/view-data")).body);
  BOOST_REQUIRE(view.ok());
  BOOST_TEST(member_is(*view, "session_enabled", true));
  BOOST_TEST(member_is(*view, "consent_required", false));
  auto sso = flow().interaction(b, id, "authorize-with-session");
  BOOST_REQUIRE_MESSAGE(sso.status == 200, sso.body);
  auto claims = flow().redeem(url_param(redirect_of(sso), "code")).id_token;
  BOOST_TEST(std::string(claims["sub"].GetString()) == k_sub);

  // prompt=login: the session may not stand in for a sign-in.
  std::string fresh = flow().start(b, TenantFlow::query("&prompt=login"));
  auto login_view =
      idp::json::parse_object(b.get(flow().api("/v1/authorizations/" + fresh + "/view-data")).body);
  BOOST_TEST(member_is(*login_view, "session_enabled", false));
  auto refused = flow().interaction(b, fresh, "authorize-with-session");
  BOOST_TEST(refused.status == 400);
  BOOST_TEST(refused.body.find("invalid_request") != std::string::npos);

  // Another browser has no session.
  Browser other;
  std::string theirs = flow().start(other, TenantFlow::query());
  BOOST_TEST(flow().interaction(other, theirs, "authorize-with-session").status == 400);
}

BOOST_AUTO_TEST_CASE(the_session_ends_after_session_config_timeout_seconds) {
  const TenantFlow short_lived(import_tenant_copy([](rapidjson::Document& d) {
    d["tenant"]["session_config"].AddMember("timeout_seconds", 1, d.GetAllocator());
  }));
  Browser b;
  std::string id = short_lived.start(b, TenantFlow::query());
  auto login = short_lived.sign_in(b, id);
  BOOST_REQUIRE_EQUAL(login.status, 200);
  BOOST_TEST(login.header("set-cookie").find("Max-Age=1") != std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto expired = b.get(short_lived.api("/v1/authorizations?" + TenantFlow::query("&prompt=none")));
  BOOST_TEST(url_param(expired.header("location"), "error") == "login_required");
}

BOOST_AUTO_TEST_CASE(authentication_status_follows_the_interactions) {
  Browser b;
  std::string id = flow().start(b, TenantFlow::query("&prompt=login"));
  auto status = [&] {
    auto r = b.get(flow().api("/v1/authorizations/" + id + "/authentication-status"));
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    auto doc = idp::json::parse_object(r.body);
    BOOST_REQUIRE(doc.ok());
    return std::move(*doc);
  };
  BOOST_TEST(std::string(status()["status"].GetString()) == "in_progress");
  BOOST_TEST(flow().sign_in(b, id, "wrong-password").status == 400);
  auto after_failure = status();
  BOOST_TEST(std::string(after_failure["status"].GetString()) == "in_progress");
  BOOST_TEST(
      after_failure["interaction_results"]["password-authentication"]["failure_count"].GetInt() ==
      1);
  BOOST_REQUIRE_EQUAL(flow().sign_in(b, id).status, 200);
  auto done = status();
  BOOST_TEST(std::string(done["status"].GetString()) == "success");
  BOOST_TEST(done["interaction_results"]["password-authentication"]["call_count"].GetInt() == 2);
  BOOST_REQUIRE(done["authentication_methods"].Size() == 1u);
  BOOST_TEST(std::string(done["authentication_methods"][0].GetString()) == "password");

  // Another browser may not read it.
  Browser other;
  BOOST_TEST(other.get(flow().api("/v1/authorizations/" + id + "/authentication-status")).status ==
             401);
}

BOOST_AUTO_TEST_CASE(deny_answers_status_denied_with_access_denied) {
  Browser b;
  std::string id = flow().start(b, TenantFlow::query());
  auto denied = flow().interaction(b, id, "deny");
  BOOST_REQUIRE_EQUAL(denied.status, 200);
  auto doc = idp::json::parse_object(denied.body);
  BOOST_TEST(std::string((*doc)["status"].GetString()) == "denied");
  BOOST_TEST(url_param((*doc)["redirect_uri"].GetString(), "error") == "access_denied");
}

BOOST_AUTO_TEST_SUITE_END()

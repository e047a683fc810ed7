// RP-Initiated Logout 1.0 at GET|POST /{tenant-id}/v1/logout: the session ends, the RP gets its
// state back at a registered post_logout_redirect_uri, and every doubtful request is refused
// without a redirect (§3).
#include <boost/test/unit_test.hpp>

#include "flow.hpp"
#include "http/form.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

const std::string k_after_logout = "http://localhost:8081/logout-callback";

const TenantFlow& flow() {
  static const TenantFlow f(import_tenant_copy([](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    rapidjson::Value uris(rapidjson::kArrayType);
    uris.PushBack(rapidjson::Value(k_after_logout.c_str(), a), a);
    d["client"].AddMember("post_logout_redirect_uris", uris, a);
  }));
  return f;
}

// A signed-in browser and the ID token its sign-in gave the RP.
std::string signed_in(Browser& b) {
  return flow()
      .redeem(url_param(flow().full_flow(b, TenantFlow::query()), "code"))
      .id_token_compact;
}

std::string logout_url(const std::string& query) {
  return flow().api("/v1/logout?" + query);
}

std::string enc(const std::string& s) {
  return idp::http::form_encode(s);
}

bool session_alive(Browser& b) {
  auto r = b.get(flow().api("/v1/authorizations?" + TenantFlow::query("&prompt=none")));
  return r.status == 302 && url_param(r.header("location"), "code").size() > 0;
}

void expect_refused(const HttpResponse& r, const std::string& what) {
  BOOST_TEST(r.status == 400, what << ": " << r.status << " " << r.body);
  BOOST_TEST(r.header("location").empty(), what);
  BOOST_TEST(r.body.find("\"invalid_request\"") != std::string::npos, what << ": " << r.body);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(logout)

BOOST_AUTO_TEST_CASE(discovery_announces_the_end_session_endpoint) {
  auto doc = idp::json::parse_object(get(flow().api("/.well-known/openid-configuration")).body);
  BOOST_REQUIRE(doc.ok());
  std::string issuer = (*doc)["issuer"].GetString();
  BOOST_TEST(std::string((*doc)["end_session_endpoint"].GetString()) == issuer + "/v1/logout");
}

BOOST_AUTO_TEST_CASE(logout_with_a_hint_ends_the_session_and_returns_state) {
  Browser b;
  std::string id_token = signed_in(b);
  BOOST_REQUIRE(session_alive(b));
  auto r = b.get(logout_url("id_token_hint=" + id_token +
                            "&post_logout_redirect_uri=" + enc(k_after_logout) + "&state=bye-1"));
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  BOOST_TEST(r.header("location") == k_after_logout + "?state=bye-1");
  BOOST_TEST(!b.has_cookie("TEST_TENANT_IDP_SERVER_SESSION"));
  BOOST_TEST(!session_alive(b));
}

BOOST_AUTO_TEST_CASE(the_hint_s_session_ends_even_without_the_cookie) {
  Browser b;
  std::string id_token = signed_in(b);
  std::string cookie = b.cookie("TEST_TENANT_IDP_SERVER_SESSION");
  // The RP's back end (no browser cookies) sends the logout with the hint.
  HttpRequest r;
  r.method = "POST";
  r.url = flow().api("/v1/logout");
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "id_token_hint=" + id_token;
  auto answer = send(r);
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  BOOST_TEST(answer.body.find("logged_out") != std::string::npos);
  Browser same;
  same.set_cookie("TEST_TENANT_IDP_SERVER_SESSION", cookie);
  BOOST_TEST(!session_alive(same));
}

BOOST_AUTO_TEST_CASE(logout_without_parameters_ends_the_browser_session) {
  Browser b;
  signed_in(b);
  auto r = b.get(flow().api("/v1/logout"));
  BOOST_TEST(r.status == 200);
  BOOST_TEST(!session_alive(b));
}

BOOST_AUTO_TEST_CASE(doubtful_logout_requests_are_refused_without_redirect) {
  Browser b;
  std::string id_token = signed_in(b);
  expect_refused(b.get(logout_url("id_token_hint=" + id_token + "&post_logout_redirect_uri=" +
                                  enc("https://evil.example/after"))),
                 "unregistered post_logout_redirect_uri");
  expect_refused(b.get(logout_url("post_logout_redirect_uri=" + enc(k_after_logout))),
                 "post_logout_redirect_uri without a client");
  expect_refused(b.get(logout_url("id_token_hint=" + id_token + "&client_id=clientSecretBasic")),
                 "client_id other than the hint's audience");
  expect_refused(b.get(logout_url("id_token_hint=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")),
                 "unsigned id_token_hint");
  expect_refused(b.get(logout_url("client_id=no-such-client")), "unknown client_id");
  expect_refused(b.get(logout_url("state=a&state=b")), "repeated parameter");
  // None of these ended the session.
  BOOST_TEST(session_alive(b));
}

BOOST_AUTO_TEST_CASE(client_id_alone_allows_a_registered_redirect) {
  Browser b;
  signed_in(b);
  auto r = b.get(logout_url(std::string("client_id=") + TenantFlow::k_client +
                            "&post_logout_redirect_uri=" + enc(k_after_logout)));
  BOOST_REQUIRE_MESSAGE(r.status == 302, r.body);
  BOOST_TEST(r.header("location") == k_after_logout);
  BOOST_TEST(!session_alive(b));
}

BOOST_AUTO_TEST_SUITE_END()

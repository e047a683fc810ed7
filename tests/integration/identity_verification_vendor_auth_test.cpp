// How identity verification authenticates to its eKYC vendor with auth_type "oauth2" (tokens from
// the vendor's token endpoint, kept per worker, renewed when the vendor refuses one), against the
// real stack and vendor (tests/integration/vendor/ekyc_vendor.mjs), with idp-server's
// investment-account-opening.json whose eKYC steps are switched to oauth2.
#include <boost/test/unit_test.hpp>
#include <set>

#include "ekyc_tenant.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

// The vendor's base URL in a template whose URLs were pointed at it.
std::string vendor_of(rapidjson::Document& d) {
  std::string url =
      member_at(d, {"processes", "apply", "execution", "http_request", "url"}).GetString();
  return url.substr(0, url.size() - std::string("/apply").size());
}

// Switches the http_request of `process` to auth_type oauth2 with `oauth` (a JSON object in
// which VENDOR stands for the vendor's URL).
void use_oauth2(rapidjson::Document& d, const char* process, std::string oauth) {
  auto& a = d.GetAllocator();
  const std::string vendor = vendor_of(d);
  for (auto at = oauth.find("VENDOR"); at != std::string::npos; at = oauth.find("VENDOR"))
    oauth.replace(at, 6, vendor);
  auto& http = member_at(d, {"processes", process, "execution", "http_request"});
  set_member(http, "auth_type", "\"oauth2\"", a);
  set_member(http, "oauth_authorization", oauth, a);
}

std::string header(const rapidjson::Value& request, const char* name) {
  return string_member(request["headers"], name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_vendor_auth)

BOOST_AUTO_TEST_CASE(oauth2_tokens_are_fetched_kept_and_renewed_when_the_vendor_refuses_one) {
  EkycTenant t([](rapidjson::Document& d) {
    use_oauth2(d, "request-ekyc",
               R"({"type":"client_credentials","token_endpoint":"VENDOR/oauth/token",)"
               R"("client_authentication_type":"client_secret_basic","client_id":"ekyc-client",)"
               R"("client_secret":"ekyc-secret","scope":"ekyc"})");
  });
  std::string id = t.applied();
  const std::string body = R"({"trust_framework":"jp_aml","evidence_document_type":"passport"})";
  for (int i = 0; i < 4; ++i) {
    auto r = t.process(id, "request-ekyc", body);
    BOOST_TEST(r.status == 200, r.body);
  }
  // One token per worker at most: the token is kept between calls.
  auto token_requests = t.vendor.requests("/oauth/token");
  BOOST_TEST(token_requests.Size() >= 1u);
  BOOST_TEST(token_requests.Size() < 4u);
  for (const auto& tr : token_requests.GetArray()) {
    // RFC 6749 §2.3.1: client_secret_basic; the grant and scope in the form.
    BOOST_TEST(header(tr, "authorization") == "Basic ZWt5Yy1jbGllbnQ6ZWt5Yy1zZWNyZXQ=");
    std::string form = string_member(tr, "raw_body");
    BOOST_TEST(form.find("grant_type=client_credentials") != std::string::npos, form);
    BOOST_TEST(form.find("scope=ekyc") != std::string::npos, form);
    BOOST_TEST(form.find("client_secret") == std::string::npos, form);
  }
  // The token replaces the template's static "Bearer dummy-token".
  auto sent = t.vendor.requests("/request-ekyc");
  for (const auto& call : sent.GetArray())
    BOOST_TEST(header(call, "authorization").rfind("Bearer vt-", 0) == 0u);

  // The vendor refuses the next token once (401): a new token is fetched and the call repeated.
  t.vendor.behave("/request-ekyc", 401, 0, R"({"error":"invalid_token"})");
  auto renewed = t.process(id, "request-ekyc", body);
  BOOST_TEST(renewed.status == 200, renewed.body);
  auto calls = t.vendor.requests("/request-ekyc");
  BOOST_REQUIRE(calls.Size() == 6u);
  BOOST_TEST(calls[4]["answered_status"].GetInt() == 401);
  BOOST_TEST(calls[5]["answered_status"].GetInt() == 200);
  BOOST_TEST(header(calls[4], "authorization") != header(calls[5], "authorization"));
  BOOST_TEST(t.vendor.requests("/oauth/token").Size() == token_requests.Size() + 1);
  BOOST_TEST(counters(t.application(id), "request-ekyc") == "5/5/0");
}

BOOST_AUTO_TEST_CASE(oauth2_password_grants_and_token_endpoints_that_refuse_the_client) {
  EkycTenant t([](rapidjson::Document& d) {
    use_oauth2(d, "request-ekyc",
               R"({"type":"password","token_endpoint":"VENDOR/oauth/token",)"
               R"("client_id":"ekyc-client","client_secret":"ekyc-secret",)"
               R"("username":"vendor-user","password":"vendor-pass"})");
    use_oauth2(d, "complete-ekyc",
               R"({"type":"client_credentials","token_endpoint":"VENDOR/oauth/token",)"
               R"("client_id":"ekyc-client","client_secret":"not-the-secret"})");
  });
  std::string id = t.applied();
  auto ok = t.process(id, "request-ekyc", "{}");
  BOOST_TEST(ok.status == 200, ok.body);
  auto first = t.vendor.requests("/oauth/token");
  BOOST_REQUIRE(first.Size() == 1u);
  std::string form = string_member(first[0], "raw_body");
  // RFC 6749 §4.3.2 with client_secret_post (the default).
  for (const char* part : {"grant_type=password", "username=vendor-user", "password=vendor-pass",
                           "client_id=ekyc-client", "client_secret=ekyc-secret"})
    BOOST_TEST(form.find(part) != std::string::npos, part << " in " << form);

  // The token endpoint refuses complete-ekyc's client: the vendor itself is never called.
  auto refused = t.process(id, "complete-ekyc", "{}");
  BOOST_TEST(refused.status == 502, refused.body);
  auto body = body_of(refused);
  BOOST_TEST(string_member(body, "error") == "execution_failed");
  BOOST_TEST(string_member(body["error_details"]["response_body"], "error") ==
             "token_request_failed");
  BOOST_TEST(refused.body.find("not-the-secret") == std::string::npos);  // never echoed
  BOOST_TEST(t.vendor.requests("/complete-ekyc").Size() == 0u);
  auto a = t.application(id);
  BOOST_TEST(counters(a, "request-ekyc") == "1/1/0");
  BOOST_TEST(counters(a, "complete-ekyc") == "1/0/1");
  BOOST_TEST(status_of(a) == "applying");
}

BOOST_AUTO_TEST_SUITE_END()

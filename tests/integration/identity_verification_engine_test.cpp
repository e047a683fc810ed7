// What the engine refuses: callbacks of processes that have no credentials, and a vendor that
// hands out one application id twice.
#include <boost/test/unit_test.hpp>

#include "ekyc_tenant.hpp"
#include "json/writer.hpp"

namespace {

using namespace idp::test;

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_engine)

// investment-account-opening.json gives Basic credentials to its callback-* processes only. Its
// other processes (cancel, request-ekyc, …) are the user's: run through the callback path they
// would let anybody who knows an application id cancel it or call the vendor, as idp-server
// allows. Here they are no callbacks at all.
BOOST_AUTO_TEST_CASE(a_process_without_basic_credentials_is_no_callback) {
  EkycTenant t;
  std::string id = t.applied();
  for (const char* process : {"cancel", "request-ekyc"}) {
    auto by_path = t.callback(process, "{}", "", "", id);
    BOOST_TEST(by_path.status == 404, process << ": " << by_path.body);
    auto by_vendor_id = t.callback(process, R"({"application_id":")" + t.external_id(id) + "\"}",
                                   "test_user", "test_user001");
    BOOST_TEST(by_vendor_id.status == 404, process << ": " << by_vendor_id.body);
  }
  auto application = t.application(id);
  BOOST_TEST(application["status"].GetString() == std::string("requested"));
  BOOST_TEST(!application["processes"].HasMember("cancel"));
  BOOST_TEST(!application["processes"].HasMember("request-ekyc"));
}

// complete-ekyc stores the vendor's answer over the details, application_id included: an answer
// naming another application's vendor id would make callbacks find two applications.
BOOST_AUTO_TEST_CASE(a_later_process_given_another_applications_vendor_id_is_refused_and_counted) {
  EkycTenant t;
  std::string first = t.applied();
  std::string second = t.applied();
  std::string taken = t.external_id(first);
  std::string own = t.external_id(second);
  t.vendor.behave("/" + own + "/complete-ekyc", 200, 0,
                  "{\"application_id\":" + idp::json::quote(taken) + "}");
  auto r = t.process(second, "complete-ekyc", "{}");
  BOOST_TEST(r.status == 502, r.body);
  auto a = t.application(second);
  BOOST_TEST(a["application_details"]["application_id"].GetString() == own);
  const auto& counts = a["processes"]["complete-ekyc"];
  BOOST_TEST(counts["call_count"].GetInt() == 1);
  BOOST_TEST(counts["failure_count"].GetInt() == 1);
  BOOST_TEST(a["status"].GetString() == std::string("requested"));
}

// A deleted user's applications go with it, and a token it still holds starts no new one.
BOOST_AUTO_TEST_CASE(a_deleted_users_applications_go_and_its_token_applies_no_more) {
  EkycTenant t;
  const std::string sub = t.create_user("leaving@example.test", "Leaving-Passw0rd!", "09012345678");
  const std::string token = t.token_of("leaving@example.test", "Leaving-Passw0rd!", k_ekyc_scopes);
  auto applied = t.apply(apply_body(), token);
  BOOST_REQUIRE_MESSAGE(applied.status == 200, applied.body);
  auto listed = body_of(t.manage("GET", "/identity-verification-applications?user_id=" + sub));
  BOOST_TEST(listed["total_count"].GetInt() == 1);

  BOOST_REQUIRE_EQUAL(t.manage("DELETE", "/users/" + sub).status, 204);
  listed = body_of(t.manage("GET", "/identity-verification-applications?user_id=" + sub));
  BOOST_TEST(listed["total_count"].GetInt() == 0);
  auto again = t.apply(apply_body(), token);
  BOOST_TEST(again.status == 401, again.body);
}

// execution "http_requests": the calls run in order, a later one built from an earlier answer
// ($.execution_http_requests[0]), and the store rules see them all.
BOOST_AUTO_TEST_CASE(http_requests_run_in_order_each_seeing_the_answers_before_it) {
  EkycTenant t([](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    auto& apply = member_at(d, {"processes", "apply"});
    std::string url = member_at(apply, {"execution", "http_request", "url"}).GetString();
    const std::string base = url.substr(0, url.rfind("/apply"));
    set_member(apply, "execution", R"({"type": "http_requests", "http_requests": [
        {"url": ")" + base + R"(/apply", "method": "POST",
         "body_mapping_rules": [{"from": "$.request_body", "to": "*"}]},
        {"url": ")" + base + R"(/{{vendor_id}}/request-ekyc", "method": "POST",
         "path_mapping_rules": [{"from": "$.execution_http_requests[0].response_body.application_id",
                                 "to": "vendor_id"}],
         "body_mapping_rules": [{"static_value": "jp_aml", "to": "trust_framework"}]}]})",
               a);
    set_member(apply, "store", R"({"application_details_mapping_rules": [
        {"from": "$.execution_http_requests[0].response_body.application_id", "to": "application_id"},
        {"from": "$.execution_http_requests[1].status_code", "to": "second_status"}]})",
               a);
  });
  std::string id = t.applied();
  std::string external = t.external_id(id);
  auto second = t.vendor.requests("/" + external + "/request-ekyc");
  BOOST_REQUIRE_EQUAL(second.Size(), 1u);
  BOOST_TEST(second[0]["raw_body"].GetString() == std::string(R"({"trust_framework":"jp_aml"})"));
  auto application = t.application(id);
  BOOST_TEST(application["application_details"]["second_status"].GetInt() == 200);
}

BOOST_AUTO_TEST_SUITE_END()

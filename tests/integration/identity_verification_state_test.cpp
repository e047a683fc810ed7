// Identity verification's application state under the less common turns, against the real stack
// and vendor: a callback that lands while a process waits for the vendor (optimistic locking), an
// unreachable vendor, a vendor that gives two applications the same id, approval by the first
// process, a later process whose body breaks its schema, callbacks addressed by the application's
// id, the /me list's filters, and processes a template does not define (evaluate-result).
#include <boost/test/unit_test.hpp>
#include <future>

#include "ekyc_tenant.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

using namespace idp::test;

BOOST_AUTO_TEST_SUITE(identity_verification_state)

BOOST_AUTO_TEST_CASE(a_callback_during_a_vendor_call_makes_the_process_answer_409) {
  EkycTenant t;
  std::string id = t.applied();
  std::string external = t.external_id(id);
  t.vendor.behave("/request-ekyc", 0, 1500);  // the vendor answers after 1.5 s
  auto slow = std::async(std::launch::async, [&] {
    return t.process(id, "request-ekyc",
                     R"({"trust_framework":"jp_aml","evidence_document_type":"passport"})");
  });
  // While the provider waits for the vendor, the vendor's examination callback arrives.
  BOOST_TEST(eventually([&] { return t.vendor.requests("/request-ekyc").Size() == 1u; }));
  auto examined =
      t.callback("callback-examination", "{\"application_id\":" + idp::json::quote(external) + "}");
  BOOST_TEST(examined.status == 200, examined.body);
  auto late = slow.get();
  BOOST_TEST(late.status == 409, late.body);
  BOOST_TEST(string_member(body_of(late), "error") == "conflict");

  // The callback's change stands; the process left nothing behind and can be repeated.
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "examination_processing");
  BOOST_TEST(counters(a, "callback-examination") == "1/1/0");
  BOOST_TEST(!a["application_details"].HasMember("evidence_document_type"));
  auto again = t.process(id, "request-ekyc",
                         R"({"trust_framework":"jp_aml","evidence_document_type":"passport"})");
  BOOST_TEST(again.status == 200, again.body);
  BOOST_TEST(status_of(t.application(id)) == "examination_processing");  // no step back
}

BOOST_AUTO_TEST_CASE(an_unreachable_vendor_gives_503) {
  EkycTenant t([](rapidjson::Document& d) {
    // Port 9 (discard) of this host: nothing listens, the connection is refused.
    set_member(member_at(d, {"processes", "request-ekyc", "execution", "http_request"}), "url",
               R"("http://localhost:9/{{external_application_id}}/request-ekyc")",
               d.GetAllocator());
  });
  std::string id = t.applied();
  auto r = t.process(id, "request-ekyc", "{}");
  BOOST_TEST(r.status == 503, r.body);
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "execution_failed");
  BOOST_TEST(string_member(body["error_details"]["response_body"], "error") == "network_error");
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "request-ekyc") == "1/0/1");
}

BOOST_AUTO_TEST_CASE(a_vendor_that_gives_two_applications_one_id_is_an_error_not_a_crash) {
  EkycTenant t;
  std::string first = t.applied();
  std::string external = t.external_id(first);
  // The vendor answers the next apply with the first application's id again.
  t.vendor.behave("/apply", 200, 0, "{\"application_id\":" + idp::json::quote(external) + "}");
  auto second = t.apply(apply_body());
  BOOST_TEST(second.status == 502, second.body);
  BOOST_TEST(string_member(body_of(second), "error") == "execution_failed");
  // The first application keeps its id; the vendor's callbacks still reach it.
  BOOST_TEST(t.applications()["total_count"].GetInt() == 1);
  auto examined =
      t.callback("callback-examination", "{\"application_id\":" + idp::json::quote(external) + "}");
  BOOST_TEST(examined.status == 200, examined.body);
  BOOST_TEST(counters(t.application(first), "callback-examination") == "1/1/0");
}

BOOST_AUTO_TEST_CASE(the_apply_answer_carries_the_applications_id_over_the_vendors) {
  EkycTenant t;
  // The template maps the vendor's whole answer into the apply answer, an "id" member included.
  t.vendor.behave("/apply", 200, 0,
                  R"({"application_id":"vendor-0001","id":"vendor-internal-7","note":"queued"})");
  auto r = t.apply(apply_body());
  BOOST_TEST(r.status == 200, r.body);
  auto body = body_of(r);
  std::string id = string_member(body, "id");
  BOOST_TEST(id.size() == 36u, r.body);
  BOOST_TEST(string_member(body, "application_id") == "vendor-0001");
  BOOST_TEST(string_member(body, "external_application_id") == "vendor-0001");
  BOOST_TEST(string_member(body, "note") == "queued");
  BOOST_TEST(string_member(t.application(id), "id") == id);
  BOOST_TEST(t.external_id(id) == "vendor-0001");
}

BOOST_AUTO_TEST_CASE(an_application_approved_by_its_first_process_has_its_result_at_once) {
  EkycTenant t([](rapidjson::Document& d) {
    set_member(member_at(d, {"processes", "apply"}), "transition",
               R"({"approved":{"any_of":[[{"path":"$.response_body.application_id",)"
               R"("type":"string","operation":"exists"}]]}})",
               d.GetAllocator());
  });
  std::string id = t.applied();
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "approved");
  auto results = t.results();
  BOOST_REQUIRE(results["total_count"].GetInt() == 1);
  BOOST_TEST(string_member(results["list"][0], "application_id") == id);
  BOOST_TEST(string_member(results["list"][0]["verified_claims"]["verification"],
                           "trust_framework") == "jp_aml");
}

BOOST_AUTO_TEST_CASE(a_later_process_that_breaks_its_schema_counts_a_failure) {
  EkycTenant t([](rapidjson::Document& d) {
    set_member(member_at(d, {"processes", "request-ekyc", "request"}), "schema",
               R"({"type":"object","required":["trust_framework"],)"
               R"("properties":{"trust_framework":{"type":"string"}}})",
               d.GetAllocator());
  });
  std::string id = t.applied();
  auto r = t.process(id, "request-ekyc", R"({"evidence_document_type":"passport"})");
  BOOST_TEST(r.status == 400, r.body);
  auto refusal = body_of(r);
  const auto& messages = refusal["error_messages"];
  BOOST_REQUIRE(messages.Size() == 1u);
  BOOST_TEST(std::string(messages[0].GetString()).rfind("trust_framework ", 0) == 0u);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "request-ekyc") == "1/0/1");
  BOOST_TEST(t.vendor.requests("/request-ekyc").Size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_callback_may_name_the_application_by_its_id_in_the_path) {
  EkycTenant t;
  std::string id = t.applied();
  // No application_id in the body: the path names the application.
  auto examined = t.callback("callback-examination", R"({"application_id":"ignored-here"})",
                             "test_user", "test_user001", id);
  BOOST_TEST(examined.status == 200, examined.body);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "examination_processing");
  BOOST_TEST(counters(a, "callback-examination") == "1/1/0");
  // An id that names no application of this type.
  auto unknown = t.callback("callback-examination", R"({"application_id":"ignored-here"})",
                            "test_user", "test_user001", uuid());
  BOOST_TEST(unknown.status == 404);
}

BOOST_AUTO_TEST_CASE(the_me_list_filters_by_status_type_details_and_pages) {
  EkycTenant t;
  std::string approved = t.approved();
  std::string first = t.applied();
  std::string second = t.applied();
  BOOST_TEST(t.applications()["total_count"].GetInt() == 3);
  BOOST_TEST(t.applications("status=approved")["total_count"].GetInt() == 1);
  BOOST_TEST(t.applications("status=requested")["total_count"].GetInt() == 2);
  BOOST_TEST(t.applications("type=investment-account-opening")["total_count"].GetInt() == 3);
  BOOST_TEST(t.applications("type=trust-service")["total_count"].GetInt() == 0);
  auto by_details = t.applications("application_details.application_id=" + t.external_id(first));
  BOOST_REQUIRE(by_details["total_count"].GetInt() == 1);
  BOOST_TEST(string_member(by_details["list"][0], "id") == first);
  BOOST_TEST(t.applications("application_details.nationality=JP")["total_count"].GetInt() == 3);
  BOOST_TEST(t.applications("application_details.nationality=FR")["total_count"].GetInt() == 0);
  auto page = t.applications("limit=2&offset=0");
  BOOST_TEST(page["list"].Size() == 2u);
  BOOST_TEST(page["total_count"].GetInt() == 3);
  BOOST_TEST(page["limit"].GetInt() == 2);
  // Newest first: the last application opens the list, the approved one ends it.
  BOOST_TEST(string_member(page["list"][0], "id") == second);
  auto rest = t.applications("limit=2&offset=2");
  BOOST_REQUIRE(rest["list"].Size() == 1u);
  BOOST_TEST(string_member(rest["list"][0], "id") == approved);
  BOOST_TEST(rest["offset"].GetInt() == 2);
}

// idp-server runs evaluate-result only where a template defines it (an ordinary process): a user
// must not be able to approve an own application, and so gain verified claims and the
// IDENTITY_VERIFIED status, by calling a process the template does not have.
BOOST_AUTO_TEST_CASE(a_process_the_template_does_not_define_cannot_approve_an_application) {
  EkycTenant t;
  std::string id = t.applied();
  auto by_user = t.process(id, "evaluate-result", R"({"approved":true})");
  BOOST_TEST(by_user.status == 404, by_user.body);
  auto by_callback = t.callback("evaluate-result", R"({"approved":true})", "", "", id);
  BOOST_TEST(by_callback.status == 404, by_callback.body);
  BOOST_TEST(status_of(t.application(id)) == "requested");
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);
  auto user = t.manage("GET", "/users/3ec055a8-8000-44a2-8677-e70ebff414e2");
  BOOST_TEST(string_member(body_of(user), "status") != "IDENTITY_VERIFIED", user.body);
}

BOOST_AUTO_TEST_SUITE_END()

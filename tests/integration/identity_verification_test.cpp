// Identity verification (eKYC) when things go wrong, against the real stack and a real vendor
// (tests/integration/vendor/ekyc_vendor.mjs) with idp-server's investment-account-opening.json
// template: requests the template refuses, vendors that fail, hang or refuse a signature,
// callbacks with wrong credentials or for unknown applications, processes out of order, and
// tokens without the scope. After each failure the application shows what happened: its status
// unchanged and the failed call counted (GET /me/identity-verification/applications).
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <set>
#include <tuple>
#include <utility>

#include "ekyc_tenant.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

std::vector<std::string> strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  if (array.IsArray())
    for (const auto& v : array.GetArray())
      if (v.IsString()) out.emplace_back(v.GetString());
  return out;
}

std::string request_ekyc_body() {
  return R"({"trust_framework":"jp_aml","evidence_document_type":"driver_license"})";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification)

BOOST_AUTO_TEST_CASE(a_request_that_breaks_the_schema_is_refused_with_every_violation_listed) {
  EkycTenant t;
  // last_name is a number, first_name and nationality are missing, the birthdate is no date, the
  // e-mail address breaks its pattern, the phone number is too long (and breaks its pattern) and
  // the address's region is not a string.
  auto r = t.apply(R"({"last_name":12,"last_name_kana":"イトウ","first_name_kana":"イチロウ",)"
                   R"("birthdate":"1990-13-45","email_address":"not-an-address",)"
                   R"("mobile_phone_number":"090123456789","address":{"region":13}})");
  BOOST_TEST(r.status == 400);
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "invalid_request");
  BOOST_TEST(string_member(body, "error_description") ==
             "The identity verification request is invalid. Please review your input for "
             "missing or incorrect fields.");
  auto messages = strings(body["error_messages"]);
  std::set<std::pair<std::string, std::string>> violations;  // (pointer, keyword)
  for (const auto& v : body["violations"].GetArray())
    violations.emplace(string_member(v, "pointer"), string_member(v, "keyword"));
  BOOST_TEST(messages.size() == body["violations"].Size());
  // (field, its JSON pointer, the keyword it breaks)
  const std::tuple<std::string, std::string, std::string> expected[] = {
      {"last_name", "/last_name", "type"},
      {"first_name", "/first_name", "required"},
      {"nationality", "/nationality", "required"},
      {"birthdate", "/birthdate", "format"},
      {"email_address", "/email_address", "pattern"},
      {"mobile_phone_number", "/mobile_phone_number", "maxLength"},
      {"address.region", "/address/region", "type"},
  };
  for (const auto& [field, pointer, keyword] : expected) {
    BOOST_TEST(violations.count({pointer, keyword}) == 1u, pointer << " " << keyword);
    bool named = false;
    for (const auto& m : messages) named |= m.rfind(field + " ", 0) == 0;
    BOOST_TEST(named, field << " in " << r.body);
  }
  // Nothing reached the vendor and no application was made.
  BOOST_TEST(t.vendor.requests().Size() == 0u);
  BOOST_TEST(t.applications()["total_count"].GetInt() == 0);
}

BOOST_AUTO_TEST_CASE(a_phone_number_other_than_the_users_is_refused_by_the_user_claim_pre_hook) {
  EkycTenant t;
  auto r = t.apply(apply_body("08099998888"));
  BOOST_TEST(r.status == 400);
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "pre_hook_validation_failed");
  BOOST_TEST(strings(body["error_messages"]) ==
                 std::vector<std::string>{"User claim verification failed. unmatched: "
                                          "$.mobile_phone_number, user:phone_number"},
             boost::test_tools::per_element());
  BOOST_TEST(body["error_details"]["verification_failure"].GetBool());
  BOOST_TEST(t.vendor.requests().Size() == 0u);
  BOOST_TEST(t.applications()["total_count"].GetInt() == 0);
}

BOOST_AUTO_TEST_CASE(a_second_running_application_is_refused_by_the_duplicate_application_hook) {
  EkycTenant t([](rapidjson::Document& d) {
    auto& verifications = member_at(d, {"processes", "apply", "pre_hook", "verifications"});
    rapidjson::Value duplicate(rapidjson::kObjectType);
    duplicate.AddMember("type", "duplicate_application", d.GetAllocator());
    verifications.PushBack(duplicate, d.GetAllocator());
  });
  std::string first = t.applied();
  auto second = t.apply(apply_body());
  BOOST_TEST(second.status == 400);
  auto body = body_of(second);
  BOOST_TEST(string_member(body, "error") == "pre_hook_validation_failed");
  BOOST_TEST(strings(body["error_messages"]) ==
                 std::vector<std::string>{
                     "Duplicate application found for type investment-account-opening"},
             boost::test_tools::per_element());
  BOOST_TEST(t.vendor.requests("/apply").Size() == 1u);
  auto list = t.applications();
  BOOST_TEST(list["total_count"].GetInt() == 1);
  BOOST_TEST(status_of(t.application(first)) == "requested");

  // Once the first one is cancelled (terminal) a new application may start.
  auto cancelled = t.process(first, "cancel");
  BOOST_TEST(cancelled.status == 200, cancelled.body);
  BOOST_TEST(status_of(t.application(first)) == "cancelled");
  auto third = t.apply(apply_body());
  BOOST_TEST(third.status == 200, third.body);
  BOOST_TEST(t.applications()["total_count"].GetInt() == 2);
  BOOST_TEST(t.applications("status=requested")["total_count"].GetInt() == 1);
}

BOOST_AUTO_TEST_CASE(a_vendor_error_passes_through_and_counts_as_a_failed_call) {
  EkycTenant t;
  std::string id = t.applied();
  t.vendor.behave("/request-ekyc", 500, 0, R"({"error":"ekyc_unavailable","retryable":false})");
  auto r = t.process(id, "request-ekyc", request_ekyc_body());
  BOOST_TEST(r.status == 500);
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "execution_failed");
  BOOST_TEST(string_member(body, "error_description") == "Identity verification execution failed");
  const auto& details = body["error_details"];
  BOOST_TEST(details["status_code"].GetInt() == 500);
  BOOST_TEST(string_member(details, "status_category") == "server_error");
  BOOST_TEST(string_member(details["response_body"], "error") == "ekyc_unavailable");

  // The vendor was called once, the call is counted as failed, nothing else changed.
  BOOST_TEST(t.vendor.requests("/request-ekyc").Size() == 1u);
  auto failed = t.application(id);
  BOOST_TEST(status_of(failed) == "requested");
  BOOST_TEST(counters(failed, "apply") == "1/1/0");
  BOOST_TEST(counters(failed, "request-ekyc") == "1/0/1");
  BOOST_TEST(!failed["application_details"].HasMember("evidence_document_type"));

  // The same call succeeds once the vendor is back.
  auto retried = t.process(id, "request-ekyc", request_ekyc_body());
  BOOST_TEST(retried.status == 200, retried.body);
  BOOST_TEST(body_of(retried).HasMember("ekyc_session_id"));
  auto after = t.application(id);
  BOOST_TEST(status_of(after) == "applying");
  BOOST_TEST(counters(after, "request-ekyc") == "2/1/1");
  BOOST_TEST(string_member(after["application_details"], "evidence_document_type") ==
             "driver_license");
}

BOOST_AUTO_TEST_CASE(vendor_statuses_reach_the_user_as_idp_server_passes_them_on) {
  EkycTenant t;
  std::string id = t.applied();
  // idp-server passes these through as they are, and any other 4xx as 400, 5xx as 500.
  const std::pair<int, int> cases[] = {{400, 400}, {401, 401}, {403, 403}, {404, 404},
                                       {409, 409}, {422, 422}, {429, 429}, {502, 502},
                                       {503, 503}, {504, 504}, {418, 400}, {501, 500}};
  for (const auto& [vendor_status, answered] : cases) {
    t.vendor.behave("/complete-ekyc", vendor_status, 0, R"({"error":"vendor_says_no"})");
    auto r = t.process(id, "complete-ekyc", "{}");
    BOOST_TEST(r.status == answered, "vendor " << vendor_status << ": " << r.body);
    auto body = body_of(r);
    BOOST_TEST(string_member(body, "error") == "execution_failed");
    BOOST_TEST(body["error_details"]["status_code"].GetInt() == vendor_status);
  }
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "complete-ekyc") == "12/0/12");
}

BOOST_AUTO_TEST_CASE(a_vendor_error_on_apply_makes_no_application) {
  EkycTenant t;
  t.vendor.behave("/apply", 503, 0, R"({"error":"maintenance"})");
  auto r = t.apply(apply_body());
  BOOST_TEST(r.status == 503);
  BOOST_TEST(string_member(body_of(r), "error") == "execution_failed");
  BOOST_TEST(t.applications()["total_count"].GetInt() == 0);
  BOOST_TEST(t.applied().size() == 36u);  // the vendor is back: the next apply works
}

BOOST_AUTO_TEST_CASE(a_vendor_that_does_not_answer_in_time_gives_504) {
  EkycTenant t([](rapidjson::Document& d) {
    auto& http = member_at(d, {"processes", "request-ekyc", "execution", "http_request"});
    set_member(http, "request_timeout_seconds", "1", d.GetAllocator());
  });
  std::string id = t.applied();
  t.vendor.behave("/request-ekyc", 0, 4000);  // answers, but only after 4 s
  auto started = std::chrono::steady_clock::now();
  auto r = t.process(id, "request-ekyc", request_ekyc_body());
  auto took = std::chrono::steady_clock::now() - started;
  BOOST_TEST(r.status == 504, r.body);
  BOOST_TEST(took < std::chrono::milliseconds(3500));
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "execution_failed");
  BOOST_TEST(body["error_details"]["status_code"].GetInt() == 504);
  BOOST_TEST(string_member(body["error_details"]["response_body"], "error") == "network_error");
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "request-ekyc") == "1/0/1");
}

BOOST_AUTO_TEST_CASE(a_retried_call_is_sent_again_with_the_same_idempotency_key) {
  EkycTenant t([](rapidjson::Document& d) {
    auto& http = member_at(d, {"processes", "complete-ekyc", "execution", "http_request"});
    set_member(http, "retry_configuration",
               R"({"max_retries":2,"backoff_delays":[100],"retryable_status_codes":[503],)"
               R"("idempotency_required":true})",
               d.GetAllocator());
  });
  std::string id = t.applied();
  t.vendor.behave("/complete-ekyc", 503, 0, "", 2);  // two failures, then the vendor's answer
  auto r = t.process(id, "complete-ekyc", R"({"selfie":"ok"})");
  BOOST_TEST(r.status == 200, r.body);
  auto sent = t.vendor.requests("/complete-ekyc");
  BOOST_REQUIRE(sent.Size() == 3u);
  std::set<std::string> keys, bodies;
  for (const auto& s : sent.GetArray()) {
    keys.insert(string_member(s["headers"], "idempotency-key"));
    bodies.insert(string_member(s, "raw_body"));
  }
  BOOST_TEST(keys.size() == 1u);
  BOOST_TEST(!keys.begin()->empty());
  BOOST_TEST(bodies.size() == 1u);
  BOOST_TEST(counters(t.application(id), "complete-ekyc") == "1/1/0");
}

BOOST_AUTO_TEST_CASE(a_crm_registration_signed_with_the_wrong_secret_is_refused_by_the_vendor) {
  EkycTenant t([](rapidjson::Document& d) {
    auto& hmac = member_at(
        d, {"processes", "crm-registration", "execution", "http_request", "hmac_authentication"});
    set_member(hmac, "secret", "\"not-the-shared-secret\"", d.GetAllocator());
  });
  std::string id = t.applied();
  auto r = t.process(id, "crm-registration", R"({"branch":"tokyo"})");
  BOOST_TEST(r.status == 401, r.body);
  auto body = body_of(r);
  BOOST_TEST(string_member(body["error_details"]["response_body"], "error") == "invalid_signature");
  auto sent = t.vendor.requests("/crm-registration");
  BOOST_REQUIRE(sent.Size() == 1u);
  BOOST_TEST(string_member(sent[0], "hmac_problem") == "signature mismatch");
  BOOST_TEST(string_member(sent[0]["headers"], "x-api-key") == "abcdef123456");
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");  // the "applied" transition needs a 200
  BOOST_TEST(counters(a, "crm-registration") == "1/0/1");
}

BOOST_AUTO_TEST_CASE(callbacks_without_or_with_wrong_basic_credentials_are_401) {
  EkycTenant t;
  std::string id = t.applied();
  std::string body = "{\"application_id\":" + idp::json::quote(t.external_id(id)) + "}";
  auto missing = t.callback("callback-examination", body, "", "");
  BOOST_TEST(missing.status == 401);
  BOOST_TEST(string_member(body_of(missing), "error_description") ==
             "The identity verification request requires a basic authentication");
  BOOST_TEST(missing.header("www-authenticate").rfind("Basic", 0) == 0u);
  for (const auto& [user, password] : {std::pair<std::string, std::string>{"test_user", "wrong"},
                                       {"someone", "test_user001"},
                                       {"test_user", "test_user0011"}}) {
    auto wrong = t.callback("callback-examination", body, user, password);
    BOOST_TEST(wrong.status == 401, user << ":" << password);
    BOOST_TEST(string_member(body_of(wrong), "error_description") ==
               "The identity verification request unmatch a basic authentication");
  }
  // Through the vendor as well, and with the application's id in the path.
  rapidjson::Document answer;
  BOOST_TEST(t.vendor.call_back(
                 t.internal("/callback/investment-account-opening/" + id + "/callback-result"),
                 "test_user", "nope", callback_result_body(t.external_id(id)), answer) == 401);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "callback-examination") == "-");
  BOOST_TEST(counters(a, "callback-result") == "-");
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);
}

BOOST_AUTO_TEST_CASE(a_callback_for_an_unknown_application_is_404) {
  EkycTenant t;
  std::string id = t.applied();
  auto by_body = t.callback("callback-examination", R"({"application_id":"no-such-application"})");
  BOOST_TEST(by_body.status == 404, by_body.body);
  BOOST_TEST(string_member(body_of(by_body), "error") == "invalid_request");
  auto by_path = t.callback("callback-examination",
                            "{\"application_id\":" + idp::json::quote(t.external_id(id)) + "}",
                            "test_user", "test_user001", uuid());
  BOOST_TEST(by_path.status == 404, by_path.body);
  auto not_an_id = t.callback("callback-examination", R"({"application_id":"x"})", "test_user",
                              "test_user001", "not-a-uuid");
  BOOST_TEST(not_an_id.status == 404, not_an_id.body);
  BOOST_TEST(counters(t.application(id), "callback-examination") == "-");
}

BOOST_AUTO_TEST_CASE(a_callback_that_breaks_its_schema_is_400_and_changes_nothing) {
  EkycTenant t;
  std::string id = t.applied();
  // callback-result requires application_id, verification and claims (objects).
  auto r =
      t.callback("callback-result", "{\"application_id\":" + idp::json::quote(t.external_id(id)) +
                                        R"(,"verification":"jp_aml"})");
  BOOST_TEST(r.status == 400, r.body);
  auto body = body_of(r);
  BOOST_TEST(string_member(body, "error") == "invalid_request");
  BOOST_TEST(string_member(body, "error_description") ==
             "identity verification callback is invalid.");
  auto messages = strings(body["error_messages"]);
  BOOST_TEST(messages.size() == 2u, r.body);
  std::set<std::string> fields;
  for (const auto& m : messages) fields.insert(m.substr(0, m.find(' ')));
  BOOST_TEST((fields == std::set<std::string>{"verification", "claims"}), r.body);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "callback-result") == "-");
}

BOOST_AUTO_TEST_CASE(callback_result_before_callback_examination_leaves_it_examination_processing) {
  EkycTenant t;
  std::string id = t.applied();
  std::string external = t.external_id(id);
  // The approved transition needs a callback-examination first; without it the callback falls
  // back to examination_processing and makes no result.
  auto early = t.callback("callback-result", callback_result_body(external));
  BOOST_TEST(early.status == 200, early.body);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "examination_processing");
  BOOST_TEST(counters(a, "callback-result") == "1/1/0");
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);

  auto examined =
      t.callback("callback-examination", "{\"application_id\":" + idp::json::quote(external) + "}");
  BOOST_TEST(examined.status == 200, examined.body);
  BOOST_TEST(status_of(t.application(id)) == "examination_processing");
  auto result = t.callback("callback-result", callback_result_body(external));
  BOOST_TEST(result.status == 200, result.body);
  auto approved = t.application(id);
  BOOST_TEST(status_of(approved) == "approved");
  BOOST_TEST(counters(approved, "callback-result") == "2/2/0");
  auto results = t.results();
  BOOST_REQUIRE(results["total_count"].GetInt() == 1);
  BOOST_TEST(string_member(results["list"][0], "application_id") == id);
}

BOOST_AUTO_TEST_CASE(no_process_or_callback_runs_on_an_approved_application) {
  EkycTenant t;
  std::string id = t.approved();
  std::string external = t.external_id(id);
  auto before = t.application(id);
  auto process = t.process(id, "request-ekyc", request_ekyc_body());
  BOOST_TEST(process.status == 400, process.body);
  BOOST_TEST(string_member(body_of(process), "error") == "invalid_request");
  auto cancel = t.process(id, "cancel");
  BOOST_TEST(cancel.status == 400, cancel.body);
  auto again = t.callback("callback-result", callback_result_body(external));
  BOOST_TEST(again.status == 400, again.body);
  auto examination =
      t.callback("callback-examination", "{\"application_id\":" + idp::json::quote(external) + "}");
  BOOST_TEST(examination.status == 400, examination.body);

  // Nothing moved: same status, same counters, one result, and the vendor was not called.
  auto after = t.application(id);
  BOOST_TEST(status_of(after) == "approved");
  BOOST_TEST(idp::json::write(after["processes"]) == idp::json::write(before["processes"]));
  BOOST_TEST(t.results()["total_count"].GetInt() == 1);
  BOOST_TEST(t.vendor.requests("/request-ekyc").Size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_cancelled_application_gives_no_result_and_runs_nothing_more) {
  EkycTenant t;
  std::string id = t.applied();
  auto cancelled = t.process(id, "cancel");
  BOOST_TEST(cancelled.status == 200, cancelled.body);
  BOOST_TEST(status_of(t.application(id)) == "cancelled");
  auto late = t.callback("callback-result", callback_result_body(t.external_id(id)));
  BOOST_TEST(late.status == 400, late.body);
  BOOST_TEST(status_of(t.application(id)) == "cancelled");
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);
}

BOOST_AUTO_TEST_CASE(the_me_endpoints_need_a_token_with_their_scope) {
  EkycTenant t;
  std::string id = t.applied();
  auto bearer_error = [](const HttpResponse& r) {
    return string_member(body_of(r), "error") + " " + r.header("www-authenticate");
  };
  // No token, or one that is not a token of this tenant: 401.
  HttpRequest none;
  none.method = "POST";
  none.url = t.me("/applications/investment-account-opening/apply");
  none.headers = {"Content-Type: application/json"};
  none.body = apply_body();
  auto missing = send(none);
  BOOST_TEST(missing.status == 401);
  BOOST_TEST(bearer_error(missing).rfind("invalid_token Bearer", 0) == 0u, bearer_error(missing));
  BOOST_TEST(t.apply(apply_body(), "not-a-token").status == 401);
  BOOST_TEST(get(t.me("/applications")).status == 401);
  BOOST_TEST(get(t.me("/results")).status == 401);

  // A token without the endpoint's scope: 403 insufficient_scope.
  std::string openid_only = t.token_of("ito.ichiro@gmail.com", "successUserCode001", "openid");
  auto refused = t.apply(apply_body(), openid_only);
  BOOST_TEST(refused.status == 403);
  BOOST_TEST(bearer_error(refused).rfind("insufficient_scope Bearer", 0) == 0u,
             bearer_error(refused));
  BOOST_TEST(t.process(id, "request-ekyc", request_ekyc_body(), openid_only).status == 403);
  BOOST_TEST(get(t.me("/applications"), {"Authorization: Bearer " + openid_only}).status == 403);
  std::string applications_only = t.token_of("ito.ichiro@gmail.com", "successUserCode001",
                                             "openid+identity_verification_application");
  BOOST_TEST(get(t.me("/results"), {"Authorization: Bearer " + applications_only}).status == 403);
  HttpRequest remove;
  remove.method = "DELETE";
  remove.url = t.me("/applications/investment-account-opening/" + id);
  remove.headers = {"Authorization: Bearer " + applications_only};
  BOOST_TEST(send(remove).status == 403);

  // None of that changed anything, and the vendor saw only the first apply.
  BOOST_TEST(t.applications()["total_count"].GetInt() == 1);
  auto a = t.application(id);
  BOOST_TEST(status_of(a) == "requested");
  BOOST_TEST(counters(a, "request-ekyc") == "-");
  BOOST_TEST(t.vendor.requests().Size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_types_processes_and_applications_are_404) {
  EkycTenant t;
  std::string id = t.applied();
  HttpRequest r;
  r.method = "POST";
  r.url = t.me("/applications/no-such-type/apply");
  r.headers = {"Content-Type: application/json", "Authorization: Bearer " + t.token};
  r.body = apply_body();
  BOOST_TEST(send(r).status == 404);
  BOOST_TEST(t.process(id, "no-such-process").status == 404);
  BOOST_TEST(t.process(uuid(), "request-ekyc", request_ekyc_body()).status == 404);
  BOOST_TEST(t.process("not-a-uuid", "request-ekyc", request_ekyc_body()).status == 404);
  BOOST_TEST(t.callback("no-such-process", "{}").status == 404);
  BOOST_TEST(counters(t.application(id), "request-ekyc") == "-");
}

BOOST_AUTO_TEST_CASE(another_user_can_neither_see_nor_continue_nor_delete_an_application) {
  EkycTenant t;
  std::string id = t.applied();
  t.create_user("other.user@example.test", "Other-passw0rd-1", "09011112222");
  std::string other = t.token_of("other.user@example.test", "Other-passw0rd-1", k_ekyc_scopes);
  BOOST_TEST(t.applications("", other)["total_count"].GetInt() == 0);
  BOOST_TEST(t.process(id, "request-ekyc", request_ekyc_body(), other).status == 404);
  HttpRequest remove;
  remove.method = "DELETE";
  remove.url = t.me("/applications/investment-account-opening/" + id);
  remove.headers = {"Authorization: Bearer " + other};
  BOOST_TEST(send(remove).status == 404);

  // Its owner deletes it: 200 {}, then it is gone.
  remove.headers = {"Authorization: Bearer " + t.token};
  auto removed = send(remove);
  BOOST_TEST(removed.status == 200, removed.body);
  BOOST_TEST(removed.body == "{}");
  BOOST_TEST(t.applications()["total_count"].GetInt() == 0);
  BOOST_TEST(send(remove).status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

// The application's lifecycle: status ranks and terminal states, process counters, details.
#include "identity/application.hpp"

#include <boost/test/unit_test.hpp>

#include "identity/approval.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "test_json.hpp"

namespace {

using namespace idp;
using St = identity::Status;

using test::doc;

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_application)

BOOST_AUTO_TEST_CASE(terminal_states_absorb_and_running_states_never_go_back) {
  using identity::reconcile;
  BOOST_TEST((reconcile(St::applied, St::applying) == St::applied));
  BOOST_TEST((reconcile(St::applying, St::applied) == St::applied));
  BOOST_TEST((reconcile(St::examination_processing, St::applying) == St::examination_processing));
  BOOST_TEST((reconcile(St::examination_processing, St::approved) == St::approved));
  BOOST_TEST((reconcile(St::approved, St::rejected) == St::approved));
  BOOST_TEST((reconcile(St::cancelled, St::applying) == St::cancelled));
  BOOST_TEST(identity::is_terminal(St::expired));
  BOOST_TEST(!identity::is_terminal(St::examination_processing));
  for (auto name : {"requested", "applying", "applied", "examination_processing", "approved",
                    "rejected", "expired", "cancelled"})
    BOOST_TEST(identity::to_string(*identity::status_from(name)) == name);
  BOOST_TEST(!identity::status_from("APPROVED"));
}

BOOST_AUTO_TEST_CASE(counters_details_and_the_answer_view) {
  identity::Application a("7a5f5b8e-8b7e-4c43-9a0c-111111111111", "kyc", "client-1",
                          "6f1c3a52-2b8d-4f5e-8d2a-222222222222", 1'750'000'000'123);
  a.merge_details(doc(R"({"application_id": "v-1", "address": {"region": "Tokyo"}})"));
  a.merge_details(doc(R"({"address": {"country": "JP"}, "step": 2})"));
  a.count("apply", true);
  a.count("crm-registration", false);
  a.count("crm-registration", true);
  BOOST_TEST(a.successes("apply") == 1);
  BOOST_TEST(a.successes("crm-registration") == 1);
  BOOST_TEST(a.ran("crm-registration"));
  BOOST_TEST(!a.ran("callback-result"));
  rapidjson::Document out;
  auto view = a.to_json("0d6f3c1e-1111-4222-8333-444444444444", out.GetAllocator());
  BOOST_TEST(
      json::write(view) ==
      R"({"id":"7a5f5b8e-8b7e-4c43-9a0c-111111111111","type":"kyc",)"
      R"("tenant_id":"0d6f3c1e-1111-4222-8333-444444444444","client_id":"client-1",)"
      R"("user_id":"6f1c3a52-2b8d-4f5e-8d2a-222222222222",)"
      R"("application_details":{"application_id":"v-1","address":{"country":"JP"},"step":2},)"
      R"("processes":{"apply":{"call_count":1,"success_count":1,"failure_count":0},)"
      R"("crm-registration":{"call_count":2,"success_count":1,"failure_count":1}},)"
      R"("status":"requested","requested_at":"2025-06-15T15:06:40.123"})");
  // What is stored reads back the same.
  identity::Application again(a.record(1'750'000'001'000));
  rapidjson::Document out2;
  BOOST_TEST(json::write(again.to_json("0d6f3c1e-1111-4222-8333-444444444444",
                                       out2.GetAllocator())) == json::write(view));
}

BOOST_AUTO_TEST_CASE(verified_claims_policies) {
  auto stored = doc(R"({"verification": {"trust_framework": "eidas"},
                        "claims": {"given_name": "Taro", "family_name": "Yamada"}})");
  auto incoming = doc(R"({"claims": {"birthdate": "1990-01-01"}})");
  using identity::VerifiedClaimsPolicy;
  BOOST_TEST(json::write(identity::combine_verified_claims(stored, incoming,
                                                           VerifiedClaimsPolicy::merge)) ==
             R"({"verification":{"trust_framework":"eidas"},"claims":{"birthdate":"1990-01-01"}})");
  BOOST_TEST(json::write(identity::combine_verified_claims(stored, incoming,
                                                           VerifiedClaimsPolicy::deep_merge)) ==
             R"({"verification":{"trust_framework":"eidas"},"claims":{"given_name":"Taro",)"
             R"("family_name":"Yamada","birthdate":"1990-01-01"}})");
  BOOST_TEST(json::write(identity::combine_verified_claims(stored, incoming,
                                                           VerifiedClaimsPolicy::replace)) ==
             R"({"claims":{"birthdate":"1990-01-01"}})");
  rapidjson::Value none;
  BOOST_TEST(
      json::write(identity::combine_verified_claims(none, incoming, VerifiedClaimsPolicy::merge)) ==
      R"({"claims":{"birthdate":"1990-01-01"}})");
}

BOOST_AUTO_TEST_SUITE_END()

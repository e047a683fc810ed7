// pre_hook verifications of idp-server's investment-account-opening template and of the sequence
// and duplicate checks.
#include "identity/pre_hook.hpp"

#include <boost/test/unit_test.hpp>

#include "json/reader.hpp"
#include "test_data.hpp"
#include "test_json.hpp"

namespace {

using namespace idp;

using test::doc;

identity::VerificationConfiguration configuration(std::string_view text) {
  auto c = identity::parse_verification_configuration(doc(text));
  BOOST_REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error()));
  return std::move(*c);
}

std::vector<std::string> verify(const identity::Process& p, const rapidjson::Value& body,
                                const rapidjson::Value& user,
                                const identity::Application* application = nullptr,
                                const std::vector<identity::Application>& previous = {}) {
  rapidjson::Value context(rapidjson::kObjectType);
  return identity::run_verifications(p, {body, user, context, application, previous, "t"});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_pre_hook)

BOOST_AUTO_TEST_CASE(user_claim_compares_the_request_with_the_user) {
  auto c = configuration(test::read_data(
      "idp-server-config/examples/e2e/test-tenant/identity/investment-account-opening.json"));
  const auto& apply = *c.process("apply");
  auto user = doc(R"({"sub": "u", "phone_number": "09012345678"})");
  BOOST_TEST(verify(apply, doc(R"({"mobile_phone_number": "09012345678"})"), user).empty());
  auto refused = verify(apply, doc(R"({"mobile_phone_number": "09099999999"})"), user);
  BOOST_REQUIRE_EQUAL(refused.size(), 1u);
  BOOST_TEST(refused[0] ==
             "User claim verification failed. unmatched: $.mobile_phone_number, user:phone_number");
  // A user without the claim does not match either.
  BOOST_TEST(verify(apply, doc(R"({"mobile_phone_number": "09012345678"})"), doc(R"({"sub": "u"})"))
                 .size() == 1u);
}

BOOST_AUTO_TEST_CASE(duplicates_and_sequence) {
  auto c = configuration(R"({"id": "8c91feb0-97d5-41ce-b041-ad2ab2c65158", "type": "t",
    "processes": {
      "apply": {"pre_hook": {"verifications": [{"type": "duplicate_application"}]}},
      "complete": {"pre_hook": {"verifications": [{"type": "process_sequence"}]},
                   "dependencies": {"required_processes": ["apply", "check"],
                                    "allow_during_statuses": ["applying"]}}}})");
  rapidjson::Value user(rapidjson::kObjectType);
  auto body = doc("{}");
  identity::Application running("7a5f5b8e-8b7e-4c43-9a0c-111111111111", "t", "c",
                                "6f1c3a52-2b8d-4f5e-8d2a-222222222222", 1);
  std::vector<identity::Application> previous;
  previous.emplace_back(running.record(1));
  auto duplicate = verify(*c.process("apply"), body, user, nullptr, previous);
  BOOST_REQUIRE_EQUAL(duplicate.size(), 1u);
  BOOST_TEST(duplicate[0] == "Duplicate application found for type t");

  identity::Application approved(running.record(1));
  approved.set_status(identity::Status::approved);
  std::vector<identity::Application> finished;
  finished.emplace_back(approved.record(1));
  BOOST_TEST(verify(*c.process("apply"), body, user, nullptr, finished).empty());

  identity::Application a(running.record(1));
  a.count("apply", true);
  auto sequence = verify(*c.process("complete"), body, user, &a);
  BOOST_REQUIRE_EQUAL(sequence.size(), 2u);
  BOOST_TEST(sequence[0] ==
             "Process 'complete' requires completion of: apply, check. Missing: check");
  BOOST_TEST(sequence[1] ==
             "Process 'complete' cannot be executed during status: requested. Allowed statuses: "
             "applying");
  a.count("check", true);
  a.set_status(identity::Status::applying);
  BOOST_TEST(verify(*c.process("complete"), body, user, &a).empty());
  a.count("complete", true);
  auto retry = verify(*c.process("complete"), body, user, &a);
  BOOST_REQUIRE_EQUAL(retry.size(), 1u);
  BOOST_TEST(retry[0] == "Process 'complete' does not allow retry and has already been executed");
}

BOOST_AUTO_TEST_SUITE_END()

// Identity-verification configurations: idp-server's own templates compile, and a template that
// would fail at run time is refused with the path of each problem.
#include "identity/verification_configuration.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

#include "json/reader.hpp"
#include "test_data.hpp"
#include "test_json.hpp"

namespace {

using namespace idp;

using test::doc;

std::string error_of(std::string_view text) {
  auto c = identity::parse_verification_configuration(doc(text));
  BOOST_REQUIRE(!c.ok());
  return c.error();
}

constexpr const char* k_templates[] = {
    "idp-server-config/examples/e2e/test-tenant/identity/investment-account-opening.json",
    "idp-server-config/examples/e2e/test-tenant/identity/continuous-customer-due-diligence.json",
    "idp-server-config/examples/e2e/test-tenant/identity/trust-service.json",
    "idp-server-config/examples/e2e/test-tenant/identity/authentication-assurance.json",
    "idp-server-config/examples/ekyc/identity-verification-config.json",
    "idp-server-config/examples/ekyc/identity-verification-config-array.json",
    "idp-server-config/templates/use-cases/ekyc/identity-verification-config.json",
    "idp-server-config/templates/use-cases/ekyc/identity-verification-config-ongoing.json",
    "idp-server-config/templates/use-cases/financial-grade/identity-verification-config.json",
    "idp-server-config/templates/use-cases/financial-grade-2.0/identity-verification-config.json",
};

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_configuration)

BOOST_AUTO_TEST_CASE(every_reference_template_compiles) {
  for (const char* file : k_templates) {
    auto payload = doc(test::read_data(file));
    // The use-case templates are registered by a setup script that gives them their id.
    if (!payload.HasMember("id"))
      payload.AddMember("id", "3f9c2a4e-7d1b-4e8a-9c0f-5b6a7d8e9f01", payload.GetAllocator());
    auto c = identity::parse_verification_configuration(payload);
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(c.ok(), (c.ok() ? std::string() : c.error()));
    }
  }
}

BOOST_AUTO_TEST_CASE(investment_account_opening_reads_as_configured) {
  auto c = identity::parse_verification_configuration(doc(test::read_data(k_templates[0])));
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->type == "investment-account-opening");
  BOOST_TEST(c->callback_application_id_param == "application_id");
  BOOST_TEST(c->processes.size() == 7u);
  const auto* apply = c->process("apply");
  BOOST_REQUIRE(apply);
  BOOST_TEST(apply->schema.has_value());
  BOOST_TEST((apply->execution == identity::ExecutionType::http_request));
  BOOST_REQUIRE_EQUAL(apply->verifications.size(), 1u);
  BOOST_TEST(apply->verifications[0].user_claims.at(0).user_claim_json_path == "phone_number");
  BOOST_REQUIRE_EQUAL(apply->additional_parameters.size(), 1u);
  BOOST_TEST(
      (apply->additional_parameters[0].type == identity::AdditionalParameterType::sso_credentials));
  const auto* crm = c->process("crm-registration");
  BOOST_REQUIRE(crm);
  BOOST_TEST((crm->http_request->auth_type == http_request::AuthType::hmac_sha256));
  BOOST_TEST(crm->transitions.applied.has_value());
  const auto* result = c->process("callback-result");
  BOOST_REQUIRE(result);
  BOOST_TEST(result->basic_auth->username == "test_user");
  BOOST_TEST(result->transitions.approved.has_value());
  BOOST_TEST(!result->transitions.rejected.has_value());
  BOOST_TEST(c->process("request-ekyc")->schema.has_value() == false);  // {} accepts anything
  BOOST_TEST(c->result.verified_claims_rules.size() == 23u);
  BOOST_TEST(c->process("missing") == nullptr);
}

BOOST_AUTO_TEST_CASE(seed_002_registration_with_the_older_mapping_form) {
  auto base = doc(test::read_data(k_templates[2]));
  auto legacy =
      doc(test::read_data("identity-verification/seed-002-verified-claims-configuration.json"));
  auto& a = base.GetAllocator();
  base.AddMember("verified_claims_configuration",
                 rapidjson::Value(legacy["verified_claims_configuration"], a), a);
  auto c = identity::parse_verification_configuration(base);
  BOOST_REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error()));
  BOOST_TEST(c->registration.has_value());
  BOOST_TEST(c->registration->basic_auth->password == "test_user001");
  BOOST_TEST(c->registration->schema.has_value());
  BOOST_TEST(c->has_legacy_rules);
  BOOST_TEST(c->legacy_verified_claims_rules.size() == 6u);
}

BOOST_AUTO_TEST_CASE(problems_are_refused_with_their_paths) {
  const std::string id = R"("id": "8c91feb0-97d5-41ce-b041-ad2ab2c65158", "type": "t")";
  auto e = error_of(R"({)" + id + R"(, "processes": {"apply": {"execution": {"type": "mock"}}}})");
  BOOST_TEST(e.find("processes.apply.execution.type") != std::string::npos, e);
  e = error_of(
      R"({)" + id +
      R"(, "processes": {"apply": {"pre_hook": {"verifications": [{"type": "telepathy"}]}}}})");
  BOOST_TEST(e.find("verifications[0].type") != std::string::npos, e);
  e = error_of(R"({)" + id + R"(, "processes": {"apply": {"request": {"schema": {"type": 5}}}}})");
  BOOST_TEST(e.find("processes.apply.request.schema") != std::string::npos, e);
  e = error_of(
      R"({)" + id +
      R"(, "processes": {"apply": {"store": {"application_details_mapping_rules": [{"from": "$[", "to": "x"}]}}}})");
  BOOST_TEST(e.find("application_details_mapping_rules") != std::string::npos, e);
  e = error_of(
      R"({)" + id +
      R"(, "processes": {"apply": {"transition": {"approved": {"any_of": [[{"path": "$.x", "operation": "near", "value": 1}]]}}}}})");
  BOOST_TEST(e.find("transition.approved") != std::string::npos, e);
  e = error_of(R"({)" + id +
               R"(, "processes": {"apply": {"execution": {"type": "http_requests"}}}})");
  BOOST_TEST(e.find("execution.http_requests") != std::string::npos, e);
  e = error_of(R"({)" + id + R"(, "result": {"user_status": "HAPPY"}})");
  BOOST_TEST(e.find("result.user_status") != std::string::npos, e);
  e = error_of(R"({"type": "t"})");
  BOOST_TEST(e.find(".id") != std::string::npos, e);
  e = error_of(R"({)" + id + R"(, "processes": {"a/b": {}}})");
  BOOST_TEST(e.find("process name") != std::string::npos, e);
}

BOOST_AUTO_TEST_SUITE_END()

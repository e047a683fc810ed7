// idp-server's own configuration examples (tests/data/idp-server-config): every mapping rule
// array, rule condition and any_of condition in them compiles, and the identity-verification,
// external-token and external-api configurations map realistic data to exactly what idp-server
// produces.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "json/mapping/condition.hpp"
#include "json/mapping/mapping_test_support.hpp"
#include "json/mapping/rules.hpp"
#include "json/reader.hpp"

using idp::json::mapping::AnyOfConditions;
using idp::json::mapping::Condition;
using idp::json::mapping::Rules;
using mapping_test::json;
using mapping_test::write;

namespace {

const std::filesystem::path k_configs =
    std::filesystem::path(IDP_TEST_DATA_DIR) / "idp-server-config";

rapidjson::Document load(const std::filesystem::path& relative) {
  std::ifstream in(k_configs / relative);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " + relative.string());
  std::stringstream text;
  text << in.rdbuf();
  return json(text.str());
}

// The value at a slash-separated path of member names and indices.
const rapidjson::Value& at(const rapidjson::Value& root, std::string_view path) {
  const rapidjson::Value* v = &root;
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string part(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (v->IsArray()) {
      v = &(*v)[static_cast<rapidjson::SizeType>(std::stoul(part))];
    } else {
      auto it = v->FindMember(part.c_str());
      BOOST_REQUIRE_MESSAGE(it != v->MemberEnd(), "no member " + part);
      v = &it->value;
    }
  }
  return *v;
}

Rules rules_at(const rapidjson::Value& config, std::string_view path) {
  auto r = Rules::compile(at(config, path));
  BOOST_REQUIRE_MESSAGE(r.ok(), (r ? std::string() : r.error()));
  return *r;
}

struct Found {
  int rule_arrays = 0, conditions = 0, any_of = 0;
};

// Compiles everything mapping-related under `v`, reporting failures with the file and member.
void compile_all(const rapidjson::Value& v, const std::string& where, Found& found) {
  if (v.IsArray()) {
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
      compile_all(v[i], where + "/" + std::to_string(i), found);
    return;
  }
  if (!v.IsObject()) return;
  for (const auto& m : v.GetObject()) {
    std::string name(m.name.GetString(), m.name.GetStringLength());
    std::string here = where + "/" + name;
    if (name.size() >= 13 && name.compare(name.size() - 13, 13, "mapping_rules") == 0 &&
        m.value.IsArray()) {
      auto r = Rules::compile(m.value);
      BOOST_CHECK_MESSAGE(r.ok(), here + ": " + (r ? "" : r.error()));
      ++found.rule_arrays;
    } else if (name == "condition" && m.value.IsObject() && m.value.HasMember("operation")) {
      auto c = Condition::compile(m.value);
      BOOST_CHECK_MESSAGE(c.ok(), here + ": " + (c ? "" : c.error()));
      ++found.conditions;
    } else if (m.value.IsObject() && m.value.HasMember("any_of")) {
      auto c = AnyOfConditions::compile(m.value);
      BOOST_CHECK_MESSAGE(c.ok(), here + ": " + (c ? "" : c.error()));
      ++found.any_of;
    }
    compile_all(m.value, here, found);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_mapping_reference_configs)

BOOST_AUTO_TEST_CASE(every_mapping_rule_and_condition_of_the_examples_compiles) {
  Found found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(k_configs)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto doc = idp::json::parse(text.str());
    if (!doc) continue;  // not every example is strict JSON
    compile_all(*doc, std::filesystem::relative(entry.path(), k_configs).string(), found);
  }
  BOOST_TEST(found.rule_arrays >= 150);
  BOOST_TEST(found.conditions >= 10);
  BOOST_TEST(found.any_of >= 150);
}

BOOST_AUTO_TEST_CASE(investment_account_opening_apply_request) {
  auto config = load("examples/e2e/test-tenant/identity/investment-account-opening.json");
  auto context = json(R"({
    "request_body": {"last_name": "山田", "first_name": "太郎", "mobile_phone_number": "09012345678",
                     "address": {"locality": "渋谷区", "country": "JP"}},
    "pre_hook_additional_parameters": [{"access_token": "at-9f2c", "expires_in": 300}],
    "user": {"sub": "u-1"}})");
  auto headers = rules_at(config, "processes/apply/execution/http_request/header_mapping_rules");
  BOOST_TEST(
      write(headers.apply(context, mapping_test::test_environment())) ==
      R"({"Content-Type":"application/json","Authorization":"Bearer at-9f2c","x-request-id":"trace-id-VFzjTD"})");
  auto body = rules_at(config, "processes/apply/execution/http_request/body_mapping_rules");
  BOOST_TEST(write(body.apply(context, mapping_test::test_environment())) ==
             write(at(context, "request_body")));
  // The sso_credentials pre-hook runs when there is a phone number or a premium level.
  auto condition =
      Condition::compile(at(config, "processes/apply/pre_hook/additional_parameters/0/condition"));
  BOOST_REQUIRE(condition);
  BOOST_TEST(condition->evaluate(context));
  BOOST_TEST(!condition->evaluate(json(R"({"request_body": {"verification_level": "basic"}})")));
  BOOST_TEST(condition->evaluate(json(R"({"request_body": {"verification_level": "premium"}})")));
}

BOOST_AUTO_TEST_CASE(investment_account_opening_store_response_and_path) {
  auto config = load("examples/e2e/test-tenant/identity/investment-account-opening.json");
  auto context = json(R"({"request_body": {"last_name": "山田", "application_id": "client-said"},
                          "response_body": {"application_id": "ext-123", "status": "accepted"},
                          "application": {"application_details": {"external_application_id": "ext-123"}}})");
  auto store = rules_at(config, "processes/apply/store/application_details_mapping_rules");
  BOOST_TEST(
      write(store.apply(context, mapping_test::test_environment())) ==
      R"({"last_name":"山田","application_id":"ext-123","external_application_id":"ext-123"})");
  auto response = rules_at(config, "processes/apply/response/body_mapping_rules");
  BOOST_TEST(
      write(response.apply(context, mapping_test::test_environment())) ==
      R"({"application_id":"ext-123","status":"accepted","external_application_id":"ext-123"})");
  auto path = rules_at(config, "processes/request-ekyc/execution/http_request/path_mapping_rules");
  BOOST_TEST(write(path.apply(context, mapping_test::test_environment())) ==
             R"({"external_application_id":"ext-123"})");
  auto ekyc_body =
      rules_at(config, "processes/request-ekyc/execution/http_request/body_mapping_rules");
  BOOST_TEST(write(ekyc_body.apply(json(R"({"request_body": {"trust_framework": "eidas"}})"),
                                   mapping_test::test_environment())) ==
             R"({"trust_framework":"eidas","evidence_document_type":null})");
}

BOOST_AUTO_TEST_CASE(investment_account_opening_transitions) {
  auto config = load("examples/e2e/test-tenant/identity/investment-account-opening.json");
  using R = AnyOfConditions::Result;
  auto applied =
      AnyOfConditions::compile(at(config, "processes/crm-registration/transition/applied"));
  BOOST_REQUIRE(applied);
  BOOST_TEST((applied->evaluate(json(R"({"status_code": 200})")) == R::satisfied));
  BOOST_TEST((applied->evaluate(json(R"({"status_code": 500})")) == R::unsatisfied));
  auto approved =
      AnyOfConditions::compile(at(config, "processes/callback-result/transition/approved"));
  BOOST_REQUIRE(approved);
  auto done = json(R"({"request_body": {"application_id": "ext-123"},
                       "application": {"processes": {"apply": {"success_count": 1}, "callback-examination": {"success_count": 2}}}})");
  BOOST_TEST((approved->evaluate(done) == R::satisfied));
  auto not_examined = json(
      R"({"request_body": {"application_id": "ext-123"}, "application": {"processes": {"apply": {"success_count": 1}}}})");
  BOOST_TEST((approved->evaluate(not_examined) == R::unsatisfied));
  auto canceled = AnyOfConditions::compile(at(config, "processes/cancel/transition/canceled"));
  BOOST_REQUIRE(canceled);
  BOOST_TEST((canceled->evaluate(
                  json(R"({"application": {"processes": {"apply": {"success_count": 0}}}})")) ==
              R::unsatisfied));
}

BOOST_AUTO_TEST_CASE(investment_account_opening_verified_claims) {
  auto config = load("examples/e2e/test-tenant/identity/investment-account-opening.json");
  auto claims = rules_at(config, "result/verified_claims_mapping_rules");
  auto callback = json(R"({"request_body": {
      "application_id": "ext-123",
      "verification": {"trust_framework": "eidas", "evidence": [
        {"type": "electronic_record", "check_details": [{"check_method": "kbv", "organization": "TheCreditBureau", "txn": "kbv1-hf934hn09234ng03jj3"}],
         "time": "2021-04-09T14:12Z", "record": {"type": "mortgage_account", "source": {"name": "TheCreditBureau"}}},
        {"type": "electronic_record", "check_details": [{"check_method": "pvr", "organization": "TheBank", "txn": "pvr1-2342"}],
         "time": "2021-04-09T14:12Z", "record": {"type": "bank_account", "source": {"name": "TheBank"}}}]},
      "claims": {"given_name": "Sarah", "family_name": "Meredyth", "birthdate": "1976-03-11",
                 "place_of_birth": {"country": "UK"},
                 "address": {"locality": "Edinburgh", "postal_code": "EH1 9GP", "country": "UK", "street_address": "122 Burns Crescent"}}}})");
  // evidence[1]'s txn goes to check_details.1 (so check_details.0 keeps only method and
  // organization and index 1 holds the txn alone), as the configuration says.
  BOOST_TEST(
      write(claims.apply(callback, mapping_test::test_environment())) ==
      R"({"verification":{"trust_framework":"jp_aml","evidence":[)"
      R"({"type":"electronic_record","check_details":[{"check_method":"kbv","organization":"TheCreditBureau","txn":"kbv1-hf934hn09234ng03jj3"}],)"
      R"("time":"2021-04-09T14:12Z","record":{"type":"mortgage_account","source":{"name":"TheCreditBureau"}}},)"
      R"({"type":"electronic_record","check_details":[{"check_method":"pvr","organization":"TheBank"},{"txn":"pvr1-2342"}],)"
      R"("time":"2021-04-09T14:12Z","record":{"type":"bank_account","source":{"name":"TheBank"}}}]},)"
      R"("claims":{"given_name":"Sarah","family_name":"Meredyth","birthdate":"1976-03-11","place_of_birth":{"country":"UK"},)"
      R"("address":{"locality":"Edinburgh","postal_code":"EH1 9GP","country":"UK","street_address":"122 Burns Crescent"}}})");
  // With one evidence only, the second is all nulls: idp-server writes every "to" it is given.
  auto one = json(
      R"({"request_body": {"verification": {"evidence": [{"type": "document"}]}, "claims": {"given_name": "A"}}})");
  BOOST_TEST(
      write(at(claims.apply(one, mapping_test::test_environment()), "verification/evidence/1")) ==
      R"({"type":null,"check_details":[{"check_method":null,"organization":null},{"txn":null}],"time":null,"record":{"type":null,"source":{"name":null}}})");
  auto source = rules_at(config, "result/source_details_mapping_rules");
  BOOST_TEST(
      write(source.apply(
          json(
              R"({"application": {"application_details": {"last_name": "山田", "external_application_id": "ext-123"}}})"),
          mapping_test::test_environment())) ==
      R"({"last_name":"山田","external_application_id":"ext-123"})");
}

BOOST_AUTO_TEST_CASE(linked_accounts_merge_and_remove) {
  auto config = load("examples/ekyc/identity-verification-config-array.json");
  auto claims = rules_at(config, "result/verified_claims_mapping_rules");
  auto context = json(R"({
    "user": {"verified_claims": {"claims": {"linked_accounts": [{"account_no": "111", "type": "savings"}, {"account_no": "222", "type": "checking"}]}}},
    "application": {"application_details": {
      "add_accounts": [{"account_no": "333", "type": "investment"}, {"account_no": "111", "type": "premium"}],
      "remove_account_no": "222"}}})");
  BOOST_TEST(
      write(claims.apply(context, mapping_test::test_environment())) ==
      R"({"verification":{"trust_framework":"jp_aml"},"claims":{"linked_accounts":[{"account_no":"111","type":"premium"},{"account_no":"333","type":"investment"}]}})");
  // First application: no accounts yet, nothing to remove.
  auto first = json(
      R"({"user": {}, "application": {"application_details": {"add_accounts": [{"account_no": "111"}]}}})");
  BOOST_TEST(
      write(claims.apply(first, mapping_test::test_environment())) ==
      R"({"verification":{"trust_framework":"jp_aml"},"claims":{"linked_accounts":[{"account_no":"111"}]}})");
  // The transitions of evaluate-result.
  auto approved =
      AnyOfConditions::compile(at(config, "processes/evaluate-result/transition/approved"));
  BOOST_REQUIRE(approved);
  BOOST_TEST((approved->evaluate(json(R"({"request_body": {"approved": true}})")) ==
              AnyOfConditions::Result::satisfied));
  BOOST_TEST((approved->evaluate(json(R"({"request_body": {"approved": "true"}})")) ==
              AnyOfConditions::Result::unsatisfied));
}

BOOST_AUTO_TEST_CASE(external_token_headers_and_user_resolution) {
  auto config = load("examples/e2e/test-tenant/authentication-config/external-token/mocky.json");
  const char* requests = "interactions/external-token/execution/http_requests";
  auto context = json(R"({"request_body": {"access_token": "tok"},
      "execution_http_requests": [{"response_body": {"id": "ext-1", "email": "a@example.com"}},
                                  {"response_body": {"birthdate": "1990-01-01", "role": "admin", "locale": "ja"}}]})");
  auto first = rules_at(config, std::string(requests) + "/0/header_mapping_rules");
  BOOST_TEST(
      write(first.apply(context, mapping_test::test_environment())) ==
      R"({"x-token":"Bearer tok","x-request-id":"trace-id-VFzjTD","issued_at":"2025-01-15 10:30:00"})");
  auto second = rules_at(config, std::string(requests) + "/1/header_mapping_rules");
  BOOST_TEST(
      write(second.apply(context, mapping_test::test_environment())) ==
      R"({"x-client-id":"test-client-id","x-request-id":"trace-id-VFzjTD","issued_at":"2025-01-15 10:30:00"})");
  auto body = rules_at(config, std::string(requests) + "/1/body_mapping_rules");
  BOOST_TEST(write(body.apply(context, mapping_test::test_environment())) ==
             R"({"user_id":"ext-1"})");
  auto user = rules_at(config, "interactions/external-token/user_resolve/user_mapping_rules");
  BOOST_TEST(
      write(user.apply(context, mapping_test::test_environment())) ==
      R"({"provider_id":"mock-provider","external_user_id":"ext-1","email":"a@example.com","birthdate":"1990-01-01",)"
      R"("zoneinfo":null,"locale":"ja","phone_number":null,"custom_properties":{"role":true}})");
}

BOOST_AUTO_TEST_CASE(external_api_ciba_delegation) {
  auto config =
      load("examples/e2e/test-tenant/authentication-config/external-api/ciba-delegation.json");
  auto headers =
      rules_at(config, "interactions/userinfo/execution/http_request/header_mapping_rules");
  BOOST_TEST(write(headers.apply(json(R"({"interaction": {"access_token": "at-1"}})"),
                                 mapping_test::test_environment())) ==
             R"({"Authorization":"Bearer at-1"})");
  auto user = rules_at(config, "interactions/userinfo/user_resolve/user_mapping_rules");
  BOOST_TEST(
      write(user.apply(
          json(
              R"({"execution_http_request": {"status_code": 200, "response_body": {"sub": "s-1", "email": "e@x", "name": "N"}}})"),
          mapping_test::test_environment())) ==
      R"({"provider_id":"ciba-delegation","external_user_id":"s-1","email":"e@x","name":"N"})");
  auto response = rules_at(config, "interactions/userinfo/response/body_mapping_rules");
  BOOST_TEST(
      write(response.apply(
          json(
              R"({"execution_http_request": {"status_code": 401, "response_body": {"error": "invalid_token"}}})"),
          mapping_test::test_environment())) ==
      R"({"external_status_code":401,"error":"invalid_token","error_description":null})");
}

BOOST_AUTO_TEST_CASE(id_service_migration_rules_skip_absent_fields) {
  auto config =
      load("templates/use-cases/id-service-migration/authentication-config-password-template.json");
  // Each response field is guarded by an exists condition, so absent ones are left out.
  auto response =
      rules_at(config, "interactions/password-authentication/response/body_mapping_rules");
  BOOST_TEST(
      write(response.apply(
          json(
              R"({"execution_http_request": {"response_body": {"user_id": "u-9", "email": "u@example.com"}}})"),
          mapping_test::test_environment())) == R"({"user_id":"u-9","email":"u@example.com"})");
  BOOST_TEST(
      write(response.apply(
          json(R"({"execution_http_request": {"response_body": {"error": "invalid_grant"}}})"),
          mapping_test::test_environment())) == R"({"error":"invalid_grant"})");
  auto user =
      rules_at(config, "interactions/password-authentication/user_resolve/user_mapping_rules");
  auto device = json(
      R"({"execution_http_request": {"response_body": {"user_id": "u-9", "email": "u@example.com", "name": "U",
      "device": {"id": "d-1", "app_name": "app", "platform": "iOS", "notification_channel": "apns", "notification_token": "t", "priority": 1}}}})");
  BOOST_TEST(
      write(user.apply(device, mapping_test::test_environment())) ==
      R"({"external_user_id":"u-9","email":"u@example.com","name":"U","provider_id":"${EXTERNAL_PROVIDER_ID}",)"
      R"("authentication_devices":[{"id":"d-1","app_name":"app","platform":"iOS","notification_channel":"apns","notification_token":"t","priority":1}]})");
}

BOOST_AUTO_TEST_SUITE_END()

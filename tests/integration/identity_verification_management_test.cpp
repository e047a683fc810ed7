// Identity verification seen from the operator and from a trusted back office: the management
// API's lists, items and deletion of applications and results; templates written, changed and
// removed through the management API; and seed 002's direct registration of verified claims
// (POST /{tenant}/internal/v1/identity-verification/results/{type}/registration).
#include <boost/test/unit_test.hpp>

#include "ekyc_tenant.hpp"
#include "flow.hpp"
#include "json/reader.hpp"
#include "json/schema/json_compare.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

int total(const HttpResponse& r) {
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
  return body_of(r)["total_count"].GetInt();
}

bool same_json(const rapidjson::Value& a, const std::string& b) {
  auto expected = idp::json::parse(b);
  BOOST_REQUIRE(expected.ok());
  return idp::json::schema::equal(a, *expected);
}

HttpResponse register_result(const EkycTenant& t, const std::string& body,
                             const std::string& user = "test_user",
                             const std::string& password = "test_user001") {
  HttpRequest r;
  r.method = "POST";
  r.url = t.internal("/results/trust-service/registration");
  r.headers = {"Content-Type: application/json"};
  r.body = body;
  r.basic_user = user;
  r.basic_password = password;
  return send(r);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(identity_verification_management)

BOOST_AUTO_TEST_CASE(management_lists_gets_and_deletes_applications_and_results) {
  EkycTenant t;
  std::string approved = t.approved();
  std::string running = t.applied();
  const std::string apps = "/identity-verification-applications";
  const std::string results = "/identity-verification-results";

  BOOST_TEST(total(t.manage("GET", apps)) == 2);
  BOOST_TEST(total(t.manage("GET", apps + "?status=approved")) == 1);
  BOOST_TEST(total(t.manage("GET", apps + "?type=investment-account-opening")) == 2);
  BOOST_TEST(total(t.manage("GET", apps + "?type=trust-service")) == 0);
  BOOST_TEST(total(t.manage("GET", apps + "?user_id=" + TenantFlow::k_sub)) == 2);
  BOOST_TEST(total(t.manage("GET", apps + "?user_id=" + uuid())) == 0);
  BOOST_TEST(total(t.manage("GET", apps + "?client_id=" + TenantFlow::k_client)) == 2);
  auto page = body_of(t.manage("GET", apps + "?limit=1&offset=1"));
  BOOST_TEST(page["list"].Size() == 1u);
  BOOST_TEST(page["total_count"].GetInt() == 2);
  BOOST_TEST(t.manage("GET", apps + "?user_id=not-a-uuid").status == 400);

  auto item = t.manage("GET", apps + "/" + approved);
  BOOST_TEST(item.status == 200, item.body);
  auto application = body_of(item);
  BOOST_TEST(string_member(application, "id") == approved);
  BOOST_TEST(string_member(application, "status") == "approved");
  BOOST_TEST(string_member(application, "tenant_id") == t.tenant);
  BOOST_TEST(string_member(application, "user_id") == TenantFlow::k_sub);
  BOOST_TEST(string_member(application["attributes"], "label") == "証券口座開設");
  BOOST_TEST(counters(application, "callback-result") == "1/1/0");
  BOOST_TEST(t.manage("GET", apps + "/" + uuid()).status == 404);

  BOOST_TEST(total(t.manage("GET", results)) == 1);
  BOOST_TEST(total(t.manage("GET", results + "?application_id=" + approved)) == 1);
  BOOST_TEST(total(t.manage("GET", results + "?application_id=" + running)) == 0);
  BOOST_TEST(total(t.manage("GET", results + "?source=direct")) == 0);
  auto list = body_of(t.manage("GET", results));
  std::string result_id = string_member(list["list"][0], "id");
  auto result_item = t.manage("GET", results + "/" + result_id);
  BOOST_TEST(result_item.status == 200, result_item.body);
  auto result = body_of(result_item);
  BOOST_TEST(string_member(result, "application_id") == approved);
  BOOST_TEST(string_member(result, "type") == "investment-account-opening");
  BOOST_TEST(string_member(result, "source") == "application");
  BOOST_TEST(string_member(result["verified_claims"]["verification"], "trust_framework") ==
             "jp_aml");
  BOOST_TEST(string_member(result["verified_claims"]["claims"], "family_name") == "伊藤");
  // source_details: the application's details (source_details_mapping_rules "$.application…").
  BOOST_TEST(string_member(result["source_details"], "application_id") == t.external_id(approved));
  BOOST_TEST(string_member(result["attributes"], "label") == "証券口座開設");
  BOOST_TEST(t.manage("GET", results + "/" + uuid()).status == 404);

  // dry_run deletes nothing; a deletion takes the application's result with it.
  auto dry = t.manage("DELETE", apps + "/" + approved + "?dry_run=true");
  BOOST_TEST(dry.status == 200, dry.body);
  BOOST_TEST(body_of(dry)["dry_run"].GetBool());
  BOOST_TEST(t.manage("GET", apps + "/" + approved).status == 200);
  auto removed = t.manage("DELETE", apps + "/" + approved);
  BOOST_TEST(removed.status == 204, removed.body);
  BOOST_TEST(t.manage("GET", apps + "/" + approved).status == 404);
  BOOST_TEST(t.manage("DELETE", apps + "/" + approved).status == 404);
  BOOST_TEST(total(t.manage("GET", results)) == 0);
  auto mine = t.applications();
  BOOST_TEST(mine["total_count"].GetInt() == 1);
  BOOST_TEST(string_member(mine["list"][0], "id") == running);
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);
}

BOOST_AUTO_TEST_CASE(management_and_user_endpoints_see_only_their_own_tenant) {
  EkycTenant t;
  std::string id = t.approved();
  EkycTenant other;  // another organization: its administrator cannot reach t's tenant
  auto foreign = other.management.call(
      "GET", "/tenants/" + t.tenant + "/identity-verification-applications/" + id);
  BOOST_TEST(foreign.status == 404, foreign.body);
  BOOST_TEST(total(other.manage("GET", "/identity-verification-applications")) == 0);
  BOOST_TEST(total(other.manage("GET", "/identity-verification-results")) == 0);
  // Nor do the other tenant's user endpoints and callbacks know t's tokens and applications.
  BOOST_TEST(other.apply(apply_body(), t.token).status == 401);
  BOOST_TEST(other.process(id, "cancel", "{}", t.token).status == 401);
  auto callback = other.callback(
      "callback-examination", "{\"application_id\":" + idp::json::quote(t.external_id(id)) + "}");
  BOOST_TEST(callback.status == 404, callback.body);
  BOOST_TEST(other
                 .callback("callback-examination", R"({"application_id":"x"})", "test_user",
                           "test_user001", id)
                 .status == 404);
  BOOST_TEST(status_of(t.application(id)) == "approved");
  // A token of the same administrator without the management scope.
  Api no_scope{t.token, t.management.prefix};
  BOOST_TEST(
      no_scope.call("GET", "/tenants/" + t.tenant + "/identity-verification-applications").status ==
      403);
}

BOOST_AUTO_TEST_CASE(templates_are_checked_when_written_and_changes_take_effect) {
  EkycTenant t;
  const std::string configs = "/identity-verification-configurations";
  auto configuration = ekyc_template(t.vendor.url());
  const std::string config_id = string_member(configuration, "id");
  auto stored = t.manage("GET", configs + "/" + config_id);
  BOOST_TEST(stored.status == 200, stored.body);
  BOOST_TEST(string_member(body_of(stored), "type") == "investment-account-opening");

  // Another template of the same type, and one that names an unknown execution type: refused.
  auto again = ekyc_template(t.vendor.url());
  set_member(again, "id", idp::json::quote(uuid()), again.GetAllocator());
  BOOST_TEST(t.manage("POST", configs, idp::json::write(again)).status == 400);
  auto broken = ekyc_template(t.vendor.url());
  set_member(broken, "id", idp::json::quote(uuid()), broken.GetAllocator());
  set_member(broken, "type", "\"broken\"", broken.GetAllocator());
  set_member(member_at(broken, {"processes", "apply", "execution"}), "type", "\"mock\"",
             broken.GetAllocator());
  auto refused = t.manage("POST", configs, idp::json::write(broken));
  BOOST_TEST(refused.status == 400, refused.body);
  BOOST_TEST(refused.body.find("execution") != std::string::npos, refused.body);
  BOOST_TEST(total(t.manage("GET", configs)) == 1);

  // A stricter apply schema replaces the template; every worker applies it soon after.
  auto& required =
      member_at(configuration, {"processes", "apply", "request", "schema", "required"});
  required.PushBack("occupation", configuration.GetAllocator());
  auto replaced = t.manage("PUT", configs + "/" + config_id, idp::json::write(configuration));
  BOOST_TEST(replaced.status == 200, replaced.body);
  BOOST_TEST(eventually([&] { return t.apply(apply_body()).status == 400; }));
  auto refusal = body_of(t.apply(apply_body()));
  BOOST_TEST(std::string(refusal["error_messages"][0].GetString()).rfind("occupation ", 0) == 0u,
             idp::json::write(refusal));

  // Deleted: the type is unknown again.
  auto removed = t.manage("DELETE", configs + "/" + config_id);
  BOOST_TEST(removed.status == 204, removed.body);
  BOOST_TEST(eventually([&] { return t.apply(apply_body()).status == 404; }));
}

BOOST_AUTO_TEST_CASE(a_registration_replaces_the_users_verified_claims_by_seed_002s_rules) {
  EkycTenant t;
  auto created = t.manage("POST", "/identity-verification-configurations",
                          idp::json::write(seed_002_template()));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  auto r = register_result(t, registration_body(TenantFlow::k_sub));
  BOOST_TEST(r.status == 200, r.body);

  auto results = t.results("type=trust-service");
  BOOST_REQUIRE(results["total_count"].GetInt() == 1);
  const auto& result = results["list"][0];
  BOOST_TEST(string_member(result, "source") == "direct");
  BOOST_TEST(!result.HasMember("application_id"));
  BOOST_TEST(same_json(result["verified_claims"], registration_verified_claims()),
             idp::json::write(result["verified_claims"]));
  // The imported user held other verified claims: a registration replaces them.
  auto user = t.manage("GET", "/users/" + std::string(TenantFlow::k_sub));
  BOOST_TEST(user.status == 200, user.body);
  auto stored = body_of(user);
  BOOST_TEST(same_json(stored["verified_claims"], registration_verified_claims()),
             idp::json::write(stored["verified_claims"]));
  BOOST_TEST(string_member(stored, "status") == "IDENTITY_VERIFIED");
}

BOOST_AUTO_TEST_CASE(a_registration_needs_the_basic_credentials_a_valid_body_and_a_user) {
  EkycTenant t;
  auto created = t.manage("POST", "/identity-verification-configurations",
                          idp::json::write(seed_002_template()));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  std::string body = registration_body(TenantFlow::k_sub);

  BOOST_TEST(register_result(t, body, "", "").status == 401);
  BOOST_TEST(register_result(t, body, "test_user", "wrong").status == 401);
  // trust-service.json requires last_name … trust_framework.
  auto invalid = register_result(t, R"({"user_id":")" + std::string(TenantFlow::k_sub) +
                                        R"(","last_name":"伊藤","birthdate":"x"})");
  BOOST_TEST(invalid.status == 400, invalid.body);
  auto refusal = body_of(invalid);
  const auto& messages = refusal["error_messages"];
  std::string all;
  for (const auto& m : messages.GetArray()) all += std::string(m.GetString()) + "|";
  for (const char* field :
       {"first_name ", "last_name_kana ", "first_name_kana ", "nationality ", "email_address ",
        "mobile_phone_number ", "address ", "trust_framework ", "birthdate "})
    BOOST_TEST(all.find(field) != std::string::npos, field << " in " << all);
  BOOST_TEST(register_result(t, registration_body(uuid())).status == 404);
  BOOST_TEST(register_result(t, registration_body("not-a-uuid")).status == 400);

  // None of those left a result.
  BOOST_TEST(t.results()["total_count"].GetInt() == 0);
  HttpRequest unknown;
  unknown.method = "POST";
  unknown.url = t.internal("/results/no-such-type/registration");
  unknown.body = body;
  unknown.basic_user = "test_user";
  unknown.basic_password = "test_user001";
  BOOST_TEST(send(unknown).status == 404);
  // investment-account-opening has no registration block.
  unknown.url = t.internal("/results/investment-account-opening/registration");
  BOOST_TEST(send(unknown).status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

#include "ekyc_tenant.hpp"

#include <boost/test/unit_test.hpp>

#include "browser.hpp"
#include "flow.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

namespace idp::test {
namespace {

const std::string k_client_secret =
    "clientSecretPostPassword1234567890123456789012345678901234567890123456789012345678901234"
    "567890";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

rapidjson::Document ekyc_template(const std::string& vendor_url) {
  std::string text = read_file(data_path(
      "idp-server-config/examples/e2e/test-tenant/identity/investment-account-opening.json"));
  auto doc = json::parse_object(replaced(text, "http://host.docker.internal:4000", vendor_url));
  BOOST_REQUIRE_MESSAGE(doc.ok(),
                        "investment-account-opening.json: " << (doc.ok() ? "" : doc.error()));
  return std::move(*doc);
}

rapidjson::Value& member_at(rapidjson::Value& doc, std::initializer_list<const char*> path) {
  rapidjson::Value* v = &doc;
  for (const char* name : path) {
    BOOST_REQUIRE_MESSAGE(v->IsObject() && v->HasMember(name), "no member " << name);
    v = &(*v)[name];
  }
  return *v;
}

void set_member(rapidjson::Value& object, const char* name, const std::string& value,
                rapidjson::Document::AllocatorType& a) {
  auto parsed = json::parse(value);
  BOOST_REQUIRE_MESSAGE(parsed.ok(), value);
  rapidjson::Value copy(*parsed, a);
  if (auto it = object.FindMember(name); it != object.MemberEnd())
    it->value = copy;
  else
    object.AddMember(rapidjson::Value(name, a), copy, a);
}

std::string apply_body(const std::string& mobile_phone_number) {
  return R"({"last_name":"伊藤","first_name":"一郎","last_name_kana":"イトウ",)"
         R"("first_name_kana":"イチロウ","birthdate":"1990-01-01","nationality":"JP",)"
         R"("email_address":"ito.ichiro@gmail.com","mobile_phone_number":")" +
         mobile_phone_number +
         R"(","address":{"street_address":"1-1 Kasumigaseki","locality":"Chiyoda-ku",)"
         R"("region":"Tokyo","postal_code":"1000013","country":"JP"}})";
}

std::string callback_result_body(const std::string& external_id) {
  return R"({"application_id":)" + json::quote(external_id) +
         R"(,"verification":{"trust_framework":"jp_aml","evidence":[)"
         R"({"type":"electronic_record","time":"2025-06-01T10:00Z",)"
         R"("check_details":[{"check_method":"kbv","organization":"TheCreditBureau",)"
         R"("txn":"kbv1-hf934hn09234ng03jj3"}],)"
         R"("record":{"type":"mortgage_account","source":{"name":"TheCreditBureau"}}}]},)"
         R"("claims":{"given_name":"一郎","family_name":"伊藤","birthdate":"1990-01-01",)"
         R"("address":{"locality":"Chiyoda-ku","postal_code":"1000013","country":"JP",)"
         R"("street_address":"1-1 Kasumigaseki"}}})";
}

rapidjson::Document seed_002_template() {
  auto trust = json::parse_object(read_file(
      data_path("idp-server-config/examples/e2e/test-tenant/identity/trust-service.json")));
  BOOST_REQUIRE(trust.ok());
  auto legacy = json::parse_object(
      read_file(data_path("identity-verification/seed-002-verified-claims-configuration.json")));
  BOOST_REQUIRE(legacy.ok());
  rapidjson::Document t(rapidjson::kObjectType);
  auto& a = t.GetAllocator();
  for (const char* name : {"id", "type", "registration"})
    t.AddMember(rapidjson::StringRef(name), rapidjson::Value((*trust)[name], a), a);
  t.AddMember("verified_claims_configuration",
              rapidjson::Value((*legacy)["verified_claims_configuration"], a), a);
  return t;
}

std::string registration_body(const std::string& user_id) {
  return R"({"user_id":)" + json::quote(user_id) +
         R"(,"last_name":"伊藤","first_name":"一郎","last_name_kana":"イトウ",)"
         R"("first_name_kana":"イチロウ","birthdate":"1990-01-01","nationality":"JP",)"
         R"("email_address":"ito.ichiro@gmail.com","mobile_phone_number":"09012345678",)"
         R"("address":{"street_address":"1-1 Kasumigaseki","locality":"Chiyoda-ku",)"
         R"("region":"Tokyo","postal_code":"1000013","country":"JP"},"trust_framework":"jp_aml",)"
         R"("verification":{"trust_framework":"jp_aml","evidence":[{"type":"document",)"
         R"("check_details":[{"check_method":"vpip","organization":"JFSA","txn":"reg-0001"}],)"
         R"("time":"2025-06-01T10:00Z","record":{"type":"idcard","source":{"name":"JFSA"}}}]},)"
         R"("claims":{"given_name":"一郎","family_name":"伊藤",)"
         R"("address":{"postal_code":"1000013","country":"JP"}}})";
}

std::string registration_verified_claims() {
  return R"({"verification":{"trust_framework":"jp_aml","evidence":[{"type":"document",)"
         R"("check_details":[{"check_method":"vpip","organization":"JFSA"}]}]},)"
         R"("claims":{"given_name":"一郎","address":{"postal_code":"1000013"}}})";
}

EkycTenant::EkycTenant(const Change& change) {
  tenant = import_tenant_copy([this](rapidjson::Document& d) {
    auto& a = d.GetAllocator();
    organization = d["organization"]["id"].GetString();
    set_member(d["tenant"], "tenant_type", "\"ORGANIZER\"", a);
  });
  management = Api{token_of(TenantFlow::k_user, TenantFlow::k_password, "management"),
                   "/v1/management/organizations/" + organization};
  auto configuration = ekyc_template(vendor.url());
  if (change) change(configuration);
  auto created =
      manage("POST", "/identity-verification-configurations", json::write(configuration));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.status << " " << created.body);
  token = token_of(TenantFlow::k_user, TenantFlow::k_password, k_ekyc_scopes);
}

std::string EkycTenant::token_of(const std::string& username, const std::string& password,
                                 const std::string& scope) const {
  return token_by_password(tenant, TenantFlow::k_client, k_client_secret, username, password,
                           scope);
}

std::string EkycTenant::create_user(const std::string& email, const std::string& password,
                                    const std::string& phone_number) const {
  const std::string sub = uuid();
  auto made = manage("POST", "/users",
                     "{\"sub\":" + json::quote(sub) + ",\"email\":" + json::quote(email) +
                         ",\"raw_password\":" + json::quote(password) +
                         ",\"phone_number\":" + json::quote(phone_number) + "}");
  BOOST_REQUIRE_MESSAGE(made.status == 201, made.status << " " << made.body);
  return sub;
}

HttpResponse EkycTenant::manage(const std::string& method, const std::string& path,
                                const std::string& body) const {
  return management.call(method, "/tenants/" + tenant + path, body);
}

std::string EkycTenant::me(const std::string& path) const {
  return stack().base_url + "/" + tenant + "/v1/me/identity-verification" + path;
}

std::string EkycTenant::internal(const std::string& path) const {
  return stack().base_url + "/" + tenant + "/internal/v1/identity-verification" + path;
}

HttpResponse EkycTenant::apply(const std::string& body, const std::string& bearer) const {
  HttpRequest r;
  r.method = "POST";
  r.url = me("/applications/" + std::string(k_ekyc_type) + "/apply");
  r.headers = {"Content-Type: application/json",
               "Authorization: Bearer " + (bearer.empty() ? token : bearer)};
  r.body = body;
  return send(r);
}

HttpResponse EkycTenant::process(const std::string& id, const std::string& process,
                                 const std::string& body, const std::string& bearer) const {
  HttpRequest r;
  r.method = "POST";
  r.url = me("/applications/" + std::string(k_ekyc_type) + "/" + id + "/" + process);
  r.headers = {"Content-Type: application/json",
               "Authorization: Bearer " + (bearer.empty() ? token : bearer)};
  r.body = body;
  return send(r);
}

HttpResponse EkycTenant::callback(const std::string& process, const std::string& body,
                                  const std::string& username, const std::string& password,
                                  const std::string& id) const {
  HttpRequest r;
  r.method = "POST";
  r.url = internal("/callback/" + std::string(k_ekyc_type) + "/" + (id.empty() ? "" : id + "/") +
                   process);
  r.headers = {"Content-Type: application/json"};
  r.body = body;
  r.basic_user = username;
  r.basic_password = password;
  return send(r);
}

rapidjson::Document EkycTenant::applications(const std::string& query,
                                             const std::string& bearer) const {
  auto r = get(me("/applications" + (query.empty() ? "" : "?" + query)),
               {"Authorization: Bearer " + (bearer.empty() ? token : bearer)});
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
  return body_of(r);
}

rapidjson::Document EkycTenant::application(const std::string& id) const {
  auto list = applications("id=" + id);
  BOOST_REQUIRE_MESSAGE(list["list"].Size() == 1, json::write(list));
  rapidjson::Document one;
  one.CopyFrom(list["list"][0], one.GetAllocator());
  return one;
}

rapidjson::Document EkycTenant::results(const std::string& query) const {
  auto r =
      get(me("/results" + (query.empty() ? "" : "?" + query)), {"Authorization: Bearer " + token});
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
  return body_of(r);
}

std::string EkycTenant::applied() const {
  auto r = apply(apply_body());
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
  auto body = body_of(r);
  BOOST_REQUIRE(body.HasMember("id") && body["id"].IsString());
  return body["id"].GetString();
}

std::string EkycTenant::external_id(const std::string& id) const {
  auto a = application(id);
  const auto& details = a["application_details"];
  BOOST_REQUIRE_MESSAGE(details.HasMember("application_id") && details["application_id"].IsString(),
                        json::write(a));
  return details["application_id"].GetString();
}

std::string EkycTenant::approved() const {
  std::string id = applied();
  std::string external = external_id(id);
  auto examined =
      callback("callback-examination", "{\"application_id\":" + json::quote(external) + "}");
  BOOST_REQUIRE_MESSAGE(examined.status == 200, examined.status << " " << examined.body);
  auto result = callback("callback-result", callback_result_body(external));
  BOOST_REQUIRE_MESSAGE(result.status == 200, result.status << " " << result.body);
  BOOST_REQUIRE_EQUAL(status_of(application(id)), "approved");
  return id;
}

std::string counters(const rapidjson::Value& application, const char* process) {
  const auto& processes = application["processes"];
  if (!processes.HasMember(process)) return "-";
  const auto& p = processes[process];
  return std::to_string(p["call_count"].GetInt64()) + "/" +
         std::to_string(p["success_count"].GetInt64()) + "/" +
         std::to_string(p["failure_count"].GetInt64());
}

std::string status_of(const rapidjson::Value& application) {
  return application["status"].GetString();
}

}  // namespace idp::test

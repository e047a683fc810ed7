#include "management_api.hpp"

#include <boost/test/unit_test.hpp>
#include <regex>

#include "json/reader.hpp"
#include "stack.hpp"

namespace idp::test {

std::string example(const std::string& name) {
  return read_file(data_path("idp-server-config/examples/login-password-only/" + name));
}

std::string token_by_password(const std::string& tenant, const std::string& client_id,
                              const std::string& secret, const std::string& username,
                              const std::string& password, const std::string& scope) {
  HttpRequest r;
  r.method = "POST";
  r.url = stack().base_url + "/" + tenant + "/v1/tokens";
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=password&username=" + username + "&password=" + password +
           "&scope=" + scope + "&client_id=" + client_id + "&client_secret=" + secret;
  auto answer = send(r);
  BOOST_REQUIRE_MESSAGE(answer.status == 200, answer.body);
  return (*idp::json::parse_object(answer.body))["access_token"].GetString();
}

HttpResponse Api::call(const std::string& method, const std::string& path,
                       const std::string& body) const {
  HttpRequest r;
  r.method = method;
  r.url = stack().base_url + prefix + path;
  r.headers = {"Authorization: Bearer " + token};
  if (!body.empty()) {
    r.headers.push_back("Content-Type: application/json");
    r.body = body;
  }
  return send(r);
}

rapidjson::Document json_of(const HttpResponse& r) {
  auto doc = idp::json::parse(r.body);
  BOOST_REQUIRE_MESSAGE(doc.ok(), r.status << " " << r.body);
  return std::move(*doc);
}

const Api& admin_api() {
  static const Api api = [] {
    const auto& a = admin_tenant();
    return Api{token_by_password(a.tenant_id, a.client_id, a.client_secret, a.user_email,
                                 a.user_password, "management"),
               "/v1/management"};
  }();
  return api;
}

Organization onboard() {
  std::string body = example("onboarding-request.json");
  const std::string organization = uuid(), tenant = uuid();
  body = std::regex_replace(body, std::regex("a1b2c3d4-e5f6-7890-abcd-ef0123456789"), organization);
  body = std::regex_replace(body, std::regex("b2c3d4e5-f6a7-8901-bcde-f01234567890"), tenant);
  body = std::regex_replace(body, std::regex("c3d4e5f6-a7b8-9012-cdef-012345678901"), uuid());
  body = std::regex_replace(body, std::regex("d4e5f6a7-b8c9-0123-defa-123456789012"), uuid());
  auto created = admin_api().call("POST", "/onboarding", body);
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  auto doc = idp::json::parse_object(body);
  const auto& client = (*doc)["client"];
  const auto& user = (*doc)["user"];
  std::string token = token_by_password(
      tenant, client["client_id"].GetString(), client["client_secret"].GetString(),
      user["email"].GetString(), user["raw_password"].GetString(), "management");
  return {organization, tenant, client["client_id"].GetString(),
          client["client_secret"].GetString(),
          Api{token, "/v1/management/organizations/" + organization}};
}

std::string public_tenant_body(const std::string& tenant) {
  return std::regex_replace(example("public-tenant-request.json"),
                            std::regex("e5f6a7b8-c9d0-1234-efab-234567890123"), tenant);
}

std::string client_body(const std::string& client_id) {
  return std::regex_replace(example("client-request.json"),
                            std::regex("f6a7b8c9-d0e1-2345-fabc-345678901234"), client_id);
}

}  // namespace idp::test

// Configuration documents through the management API at system level, with idp-server's own
// examples: authentication configurations and policies, federation, identity-verification and
// security-event-hook configurations are created, read, listed, replaced and deleted; the record
// lists of later features answer their list shape.
#include <boost/test/unit_test.hpp>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

struct Document {
  std::string path;  // under …/tenants/{tenant-id}
  std::string file;  // tests/data/idp-server-config/examples/…
};

const std::vector<Document> k_documents = {
    {"/authentication-configurations",
     "login-password-only/authentication-config-initial-registration.json"},
    {"/authentication-configurations",
     "e2e/test-tenant/authentication-config/password/standard.json"},
    {"/authentication-policies", "login-password-only/authentication-policy-oauth.json"},
    {"/federation-configurations", "e2e/test-tenant/federation/oidc/google.json"},
    {"/identity-verification-configurations", "e2e/test-tenant/identity/trust-service.json"},
    {"/security-event-hook-configurations", "e2e/test-tenant/security-event-hook/email.json"},
};

// A PUBLIC tenant made by the admin for one test.
std::string new_tenant() {
  const std::string tenant = uuid();
  auto made = admin_api().call("POST", "/tenants", public_tenant_body(tenant));
  BOOST_REQUIRE_MESSAGE(made.status == 201, made.body);
  return tenant;
}

// Create, read, list, conflict, replace, delete of every kind in `tenant` through `api`.
void lifecycle(const Api& api, const std::string& tenant) {
  const std::string base = "/tenants/" + tenant;
  for (const auto& d : k_documents) {
    BOOST_TEST_CONTEXT(api.prefix << " " << d.path << " " << d.file) {
      const std::string body = read_file(data_path("idp-server-config/examples/" + d.file));
      auto created = api.call("POST", base + d.path, body);
      BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
      const std::string id = json_of(created)["result"]["id"].GetString();
      auto read = api.call("GET", base + d.path + "/" + id);
      BOOST_REQUIRE_EQUAL(read.status, 200);
      auto list = json_of(api.call("GET", base + d.path));
      BOOST_TEST(list["total_count"].GetInt() >= 1);
      BOOST_TEST(api.call("POST", base + d.path, idp::json::write(json_of(read))).status == 409);
      // Replace with "enabled" turned off (every kind has it, or takes it).
      auto changed = json_of(read);
      changed.RemoveMember("enabled");
      changed.AddMember("enabled", false, changed.GetAllocator());
      auto replaced = api.call("PUT", base + d.path + "/" + id, idp::json::write(changed));
      BOOST_REQUIRE_MESSAGE(replaced.status == 200, replaced.body);
      BOOST_TEST(!json_of(api.call("GET", base + d.path + "/" + id))["enabled"].GetBool());
      BOOST_TEST(api.call("DELETE", base + d.path + "/" + id).status == 204);
      BOOST_TEST(api.call("GET", base + d.path + "/" + id).status == 404);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(management_documents)

BOOST_AUTO_TEST_CASE(every_kind_of_configuration_document_has_its_lifecycle) {
  // At system level by the admin, and at organization level by an organization's admin.
  const std::string tenant = new_tenant();
  lifecycle(admin_api(), tenant);
  auto org = onboard();
  const std::string own = uuid();
  BOOST_REQUIRE_EQUAL(org.api.call("POST", "/tenants", public_tenant_body(own)).status, 201);
  lifecycle(org.api, own);
  const std::string base = "/tenants/" + tenant;
  // A document without a valid id is refused, naming it.
  auto refused = admin_api().call("POST", base + "/federation-configurations",
                                  R"({"id":"not-a-uuid","type":"oidc"})");
  BOOST_TEST(refused.status == 400);
  BOOST_TEST(refused.body.find("federation_configuration.id") != std::string::npos, refused.body);
  // Bodies are checked against idp-server's schemas: every violation is named.
  auto hook = admin_api().call("POST", base + "/security-event-hook-configurations",
                               R"({"type":7,"unknown_member":true})");
  BOOST_TEST(hook.status == 400);
  for (const char* field : {"type", "enabled", "events", "triggers", "unknown_member"})
    BOOST_TEST(hook.body.find(field) != std::string::npos, field << " in " << hook.body);
}

BOOST_AUTO_TEST_CASE(record_lists_answer_their_shape) {
  const std::string tenant = new_tenant();
  for (const char* path :
       {"/identity-verification-applications", "/identity-verification-results", "/security-events",
        "/security-event-hooks", "/authentication-transactions", "/authentication-interactions",
        "/grants", "/statistics"}) {
    BOOST_TEST_CONTEXT(path) {
      auto r = admin_api().call("GET", "/tenants/" + tenant + path);
      BOOST_REQUIRE_EQUAL(r.status, 200);
      auto doc = json_of(r);
      BOOST_TEST(doc["list"].IsArray());
      BOOST_TEST(doc["total_count"].GetInt() == 0);
      BOOST_TEST(admin_api().call("GET", "/tenants/" + tenant + path + "/" + uuid()).status == 404);
    }
  }
  BOOST_TEST(admin_api().call("GET", "/tenants/" + tenant + "/statistics/yearly/2026").status ==
             200);
}

BOOST_AUTO_TEST_CASE(the_admin_manages_users_and_clients_at_system_level) {
  const std::string tenant = new_tenant();
  const std::string base = "/tenants/" + tenant;
  const std::string client = uuid();
  BOOST_TEST(admin_api().call("POST", base + "/clients", client_body(client)).status == 201);
  BOOST_TEST(admin_api().call("GET", base + "/clients/" + client).status == 200);
  auto user = admin_api().call(
      "POST", base + "/users",
      R"({"sub":")" + uuid() +
          R"(","email":"sys@example.test","name":"System","raw_password":"Passw0rd-sys"})");
  BOOST_REQUIRE_MESSAGE(user.status == 201, user.body);
  const std::string sub = json_of(user)["result"]["sub"].GetString();
  BOOST_TEST(json_of(admin_api().call("GET", base + "/users"))["total_count"].GetInt() == 1);
  BOOST_TEST(admin_api().call("DELETE", base + "/users/" + sub).status == 204);
  BOOST_TEST(admin_api().call("DELETE", base + "/clients/" + client).status == 204);
  BOOST_TEST(admin_api().call("DELETE", base).status == 204);
  BOOST_TEST(admin_api().call("GET", base).status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

// Users, roles and permissions through the management API, and what they allow: a user created
// in a new PUBLIC tenant signs in through the JSON interactions and its client gets tokens (not
// while it is locked); a user of the ORGANIZER tenant whose roles lack a permission gets 403 for
// the calls that need it.
#include <boost/test/unit_test.hpp>
#include <regex>

#include "browser.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

namespace {

std::string user_body(const std::string& email, const std::string& password) {
  return R"({"sub":")" + uuid() + R"(","email":")" + email +
         R"(","name":"Test User","raw_password":")" + password + R"(","email_verified":true})";
}

std::string id_of(const HttpResponse& r) {
  auto doc = json_of(r);
  const auto& v = doc.HasMember("result") ? doc["result"] : doc;
  return v.HasMember("id") ? v["id"].GetString() : v["sub"].GetString();
}

// A permission list as a role body.
std::string role_body(const std::string& name, const std::vector<std::string>& permission_ids) {
  std::string ids;
  for (const auto& id : permission_ids) ids += (ids.empty() ? "\"" : ",\"") + id + "\"";
  return R"({"name":")" + name + R"(","description":"test","permissions":[)" + ids + "]}";
}

// The id of the permission `name` in the tenant, created when it is missing.
std::string permission_id(const Api& api, const std::string& tenant, const std::string& name) {
  auto list = json_of(api.call("GET", "/tenants/" + tenant + "/permissions?limit=1000"));
  for (const auto& p : list["list"].GetArray())
    if (name == p["name"].GetString()) return p["id"].GetString();
  auto created =
      api.call("POST", "/tenants/" + tenant + "/permissions", R"({"name":")" + name + R"("})");
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  return id_of(created);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(management_users)

BOOST_AUTO_TEST_CASE(a_user_created_through_the_api_signs_in_at_the_new_tenant) {
  auto org = onboard();
  const std::string tenant = uuid(), client = uuid();
  BOOST_REQUIRE_EQUAL(org.api.call("POST", "/tenants", public_tenant_body(tenant)).status, 201);
  BOOST_REQUIRE_EQUAL(
      org.api.call("POST", "/tenants/" + tenant + "/clients", client_body(client)).status, 201);
  const std::string email = "user-" + uuid().substr(0, 8) + "@example.test";
  auto created =
      org.api.call("POST", "/tenants/" + tenant + "/users", user_body(email, "Str0ng-passw0rd"));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  BOOST_TEST(created.body.find("Str0ng-passw0rd") == std::string::npos);
  const std::string sub = id_of(created);

  // The authorization code flow at the new tenant with the new client.
  const std::string api = stack().base_url + "/" + tenant + "/v1";
  auto sign_in = [&](Browser& b, const std::string& password, std::string& id) {
    auto start =
        b.get(api + "/authorizations?response_type=code&client_id=" + client +
              "&redirect_uri=http://localhost:3000/callback&scope=openid%20email&state=s1");
    BOOST_REQUIRE_MESSAGE(start.status == 302, start.body);
    id = url_param(start.header("location"), "id");
    return b.post_json(api + "/authorizations/" + id + "/password-authentication",
                       R"({"username":")" + email + R"(","password":")" + password + "\"}");
  };
  Browser b;
  std::string id;
  auto login = sign_in(b, "Str0ng-passw0rd", id);
  BOOST_REQUIRE_MESSAGE(login.status == 200, login.body);
  auto authorized = b.post_json(api + "/authorizations/" + id + "/authorize", "{}");
  BOOST_REQUIRE_MESSAGE(authorized.status == 200, authorized.body);
  const std::string code = url_param(json_of(authorized)["redirect_uri"].GetString(), "code");
  HttpRequest r;
  r.method = "POST";
  r.url = api + "/tokens";
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=authorization_code&code=" + code +
           "&redirect_uri=http://localhost:3000/callback&client_id=" + client +
           "&client_secret=login-pw-webapp-secret-32chars!";
  auto tokens = send(r);
  BOOST_REQUIRE_MESSAGE(tokens.status == 200, tokens.body);
  BOOST_TEST(json_of(tokens).HasMember("id_token"));

  // The user's session is visible to the administrator, who can end it.
  auto sessions =
      json_of(org.api.call("GET", "/tenants/" + tenant + "/users/" + sub + "/sessions"));
  BOOST_TEST(sessions["total_count"].GetInt() == 1);
  BOOST_TEST(org.api.call("DELETE", "/tenants/" + tenant + "/users/" + sub + "/sessions").status ==
             204);
  auto after = json_of(org.api.call("GET", "/tenants/" + tenant + "/users/" + sub + "/sessions"));
  BOOST_TEST(after["total_count"].GetInt() == 0);

  // A new password replaces the old one; a weak one is refused with the tenant's rule.
  const std::string users = "/tenants/" + tenant + "/users/" + sub;
  auto weak = org.api.call("PUT", users + "/password", R"({"raw_password":"short"})");
  BOOST_TEST(weak.status == 400);
  BOOST_TEST(weak.body.find("at least") != std::string::npos, weak.body);
  BOOST_TEST(
      org.api.call("PUT", users + "/password", R"({"raw_password":"An0ther-passw0rd"})").status ==
      200);
  Browser later;
  BOOST_TEST(sign_in(later, "Str0ng-passw0rd", id).status == 400);
  BOOST_TEST(sign_in(later, "An0ther-passw0rd", id).status == 200);
  // A locked user cannot sign in, even with the right password, until unlocked.
  BOOST_REQUIRE_EQUAL(org.api.call("PATCH", users, R"({"status":"LOCKED"})").status, 200);
  Browser locked;
  auto refused = sign_in(locked, "An0ther-passw0rd", id);
  BOOST_TEST(refused.status == 400);
  BOOST_TEST(refused.body.find("LOCKED") != std::string::npos, refused.body);
  BOOST_REQUIRE_EQUAL(org.api.call("PATCH", users, R"({"status":"REGISTERED"})").status, 200);
  Browser unlocked;
  BOOST_TEST(sign_in(unlocked, "An0ther-passw0rd", id).status == 200);

  // PATCH keeps what it does not name; DELETE removes the user.
  auto patched = org.api.call("PATCH", users, R"({"name":"Renamed User"})");
  BOOST_REQUIRE_MESSAGE(patched.status == 200, patched.body);
  auto read = json_of(org.api.call("GET", users));
  BOOST_TEST(std::string(read["name"].GetString()) == "Renamed User");
  BOOST_TEST(std::string(read["email"].GetString()) == email);
  // Tenant and organization assignments.
  BOOST_TEST(org.api
                 .call("PATCH", users + "/tenant-assignments",
                       R"({"assigned_tenants":[")" + tenant + R"("],"current_tenant_id":")" +
                           tenant + "\"}")
                 .status == 200);
  BOOST_TEST(org.api
                 .call("PATCH", users + "/organization-assignments",
                       R"({"assigned_organizations":[")" + org.id + "\"]}")
                 .status == 200);
  BOOST_TEST(
      org.api.call("PATCH", users + "/tenant-assignments", R"({"assigned_tenants":7})").status ==
      400);
  auto assigned = json_of(org.api.call("GET", users));
  BOOST_TEST(std::string(assigned["assigned_tenants"][0].GetString()) == tenant);
  BOOST_TEST(std::string(assigned["current_tenant"].GetString()) == tenant);
  BOOST_TEST(std::string(assigned["assigned_organizations"][0].GetString()) == org.id);
  BOOST_TEST(org.api.call("DELETE", users).status == 204);
  BOOST_TEST(org.api.call("GET", users).status == 404);
}

BOOST_AUTO_TEST_CASE(roles_and_permissions_are_managed_and_enforced) {
  auto org = onboard();
  const std::string home = org.organizer_tenant;
  const std::string read_clients = permission_id(org.api, home, "idp:client:read");

  // A role with only idp:client:read, and one with nothing.
  auto reader = org.api.call("POST", "/tenants/" + home + "/roles",
                             role_body("client-reader", {read_clients}));
  BOOST_REQUIRE_MESSAGE(reader.status == 201, reader.body);
  const std::string reader_id = id_of(reader);
  auto nobody = org.api.call("POST", "/tenants/" + home + "/roles", role_body("nobody", {}));
  BOOST_REQUIRE_MESSAGE(nobody.status == 201, nobody.body);
  BOOST_TEST(org.api.call("POST", "/tenants/" + home + "/roles", role_body("nobody", {})).status ==
             409);
  auto unknown = org.api.call("POST", "/tenants/" + home + "/roles",
                              role_body("broken", {"00000000-0000-4000-8000-000000000000"}));
  BOOST_TEST(unknown.status == 400);
  BOOST_TEST(unknown.body.find("role.permissions[0]") != std::string::npos, unknown.body);

  auto make_user = [&](const std::string& role_id) {
    const std::string email = "op-" + uuid().substr(0, 8) + "@example.test";
    auto user =
        org.api.call("POST", "/tenants/" + home + "/users", user_body(email, "Operat0r-passw0rd"));
    BOOST_REQUIRE_MESSAGE(user.status == 201, user.body);
    auto roles = org.api.call("PATCH", "/tenants/" + home + "/users/" + id_of(user) + "/roles",
                              R"({"roles":[{"role_id":")" + role_id + R"("}]})");
    BOOST_REQUIRE_MESSAGE(roles.status == 200, roles.body);
    return Api{token_by_password(home, org.client_id, org.client_secret, email, "Operat0r-passw0rd",
                                 "management"),
               org.api.prefix};
  };
  const Api client_reader = make_user(reader_id);
  const Api powerless = make_user(id_of(nobody));
  // Users are found by role and by permission (swagger-cp-user-ja.yaml filters).
  auto users = [&](const std::string& query) {
    return json_of(org.api.call("GET", "/tenants/" + home + "/users?" + query))["total_count"]
        .GetInt();
  };
  BOOST_TEST(users("role=client-reader") == 1);
  BOOST_TEST(users("permission=idp:client:read") >= 2);  // the reader and the administrator
  BOOST_TEST(users("role=no-such-role") == 0);

  // Every call needs its permission: the reader may list clients and nothing else.
  struct Call {
    std::string method, path, body;
  };
  const std::vector<Call> calls = {
      {"GET", "/tenants", ""},
      {"GET", "/tenants/" + home, ""},
      {"POST", "/tenants", public_tenant_body(uuid())},
      {"GET", "/tenants/" + home + "/authorization-server", ""},
      {"GET", "/tenants/" + home + "/clients", ""},
      {"POST", "/tenants/" + home + "/clients", client_body(uuid())},
      {"GET", "/tenants/" + home + "/users", ""},
      {"POST", "/tenants/" + home + "/users", user_body("x@example.test", "Passw0rd-x1")},
      {"GET", "/tenants/" + home + "/roles", ""},
      {"POST", "/tenants/" + home + "/roles", role_body("x", {})},
      {"GET", "/tenants/" + home + "/permissions", ""},
      {"POST", "/tenants/" + home + "/permissions", R"({"name":"x"})"},
      {"GET", "/tenants/" + home + "/audit-logs", ""},
  };
  for (const auto& c : calls) {
    BOOST_TEST_CONTEXT(c.method << " " << c.path) {
      BOOST_TEST(powerless.call(c.method, c.path, c.body).status == 403);
      const bool allowed = c.method == "GET" && c.path == "/tenants/" + home + "/clients";
      BOOST_TEST((client_reader.call(c.method, c.path, c.body).status == 403) == !allowed);
    }
  }

  // permissions:remove takes idp:client:read away from the role.
  auto removed =
      org.api.call("PUT", "/tenants/" + home + "/roles/" + reader_id + "/permissions:remove",
                   R"({"permissions":[")" + read_clients + R"("]})");
  BOOST_REQUIRE_MESSAGE(removed.status == 200, removed.body);
  BOOST_TEST(client_reader.call("GET", "/tenants/" + home + "/clients").status == 403);
  auto role = json_of(org.api.call("GET", "/tenants/" + home + "/roles/" + reader_id));
  BOOST_TEST(role["permissions"].Size() == 0u);
  // Replacing a role and a permission.
  auto renamed = org.api.call("PUT", "/tenants/" + home + "/roles/" + reader_id,
                              role_body("client-reader-2", {read_clients}));
  BOOST_REQUIRE_MESSAGE(renamed.status == 200, renamed.body);
  BOOST_TEST(
      std::string(json_of(org.api.call("GET", "/tenants/" + home + "/roles/" + reader_id))["name"]
                      .GetString()) == "client-reader-2");
  auto custom =
      org.api.call("POST", "/tenants/" + home + "/permissions", R"({"name":"app:report:read"})");
  BOOST_REQUIRE_EQUAL(custom.status, 201);
  const std::string custom_id = id_of(custom);
  BOOST_TEST(org.api
                 .call("PUT", "/tenants/" + home + "/permissions/" + custom_id,
                       R"({"name":"app:report:read","description":"reports"})")
                 .status == 200);
  BOOST_TEST(org.api.call("DELETE", "/tenants/" + home + "/permissions/" + custom_id).status ==
             204);
  BOOST_TEST(org.api.call("GET", "/tenants/" + home + "/permissions/" + custom_id).status == 404);
  BOOST_TEST(org.api.call("DELETE", "/tenants/" + home + "/roles/" + reader_id).status == 204);
}

BOOST_AUTO_TEST_SUITE_END()

// The management API (ENDPOINTS.md 2.3, 2.4) with idp-server's bodies
// (examples/login-password-only/: onboarding, public tenant and client requests): the ADMIN
// tenant's administrator onboards an organization; its administrator, signed in at the ORGANIZER
// tenant, manages a PUBLIC tenant, its authorization server and clients; dry runs write nothing;
// invalid bodies list every problem; every write is in the audit log without secrets; another
// organization's tenants do not exist for a caller.
#include <boost/test/unit_test.hpp>
#include <regex>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "management_api.hpp"
#include "stack.hpp"

using namespace idp::test;

BOOST_AUTO_TEST_SUITE(management)

BOOST_AUTO_TEST_CASE(onboarding_dry_run_writes_nothing_then_onboarding_creates_the_organization) {
  std::string body = std::regex_replace(example("onboarding-request.json"),
                                        std::regex("a1b2c3d4-e5f6-7890-abcd-ef0123456789"), uuid());
  const std::string organization =
      (*idp::json::parse_object(body))["organization"]["id"].GetString();
  auto dry = admin_api().call("POST", "/onboarding?dry_run=true", body);
  BOOST_REQUIRE_MESSAGE(dry.status == 200, dry.body);
  BOOST_TEST(json_of(dry)["dry_run"].GetBool());
  BOOST_TEST(admin_api().call("GET", "/orgs/" + organization).status == 404);

  auto org = onboard();
  auto read = admin_api().call("GET", "/orgs/" + org.id);
  BOOST_REQUIRE_MESSAGE(read.status == 200, read.body);
  auto doc = json_of(read);
  BOOST_REQUIRE(doc["assigned_tenants"].Size() == 1u);
  BOOST_TEST(std::string(doc["assigned_tenants"][0]["type"].GetString()) == "ORGANIZER");
}

BOOST_AUTO_TEST_CASE(an_organization_admin_manages_a_public_tenant_and_its_clients) {
  auto org = onboard();
  const std::string tenant = uuid();
  auto created = org.api.call("POST", "/tenants", public_tenant_body(tenant));
  BOOST_REQUIRE_MESSAGE(created.status == 201, created.body);
  BOOST_TEST(std::string(json_of(created)["result"]["type"].GetString()) == "PUBLIC");

  auto list = json_of(org.api.call("GET", "/tenants"));
  BOOST_TEST(list["total_count"].GetInt() == 2);
  // The new tenant answers OpenID discovery at once.
  BOOST_TEST(get(stack().base_url + "/" + tenant + "/.well-known/openid-configuration").status ==
             200);

  // Replace: a dry run shows the difference and changes nothing.
  auto renamed = json_of(org.api.call("GET", "/tenants/" + tenant));
  renamed["name"].SetString("Renamed tenant", renamed.GetAllocator());
  auto dry = org.api.call("PUT", "/tenants/" + tenant + "?dry_run=true", idp::json::write(renamed));
  BOOST_REQUIRE_MESSAGE(dry.status == 200, dry.body);
  BOOST_TEST(std::string(json_of(dry)["diff"]["name"]["after"].GetString()) == "Renamed tenant");
  BOOST_TEST(std::string(json_of(org.api.call("GET", "/tenants/" + tenant))["name"].GetString()) !=
             "Renamed tenant");
  BOOST_REQUIRE_EQUAL(org.api.call("PUT", "/tenants/" + tenant, idp::json::write(renamed)).status,
                      200);
  BOOST_TEST(std::string(json_of(org.api.call("GET", "/tenants/" + tenant))["name"].GetString()) ==
             "Renamed tenant");

  // Authorization server: read (no private keys) and replace.
  auto server = org.api.call("GET", "/tenants/" + tenant + "/authorization-server");
  BOOST_REQUIRE_MESSAGE(server.status == 200, server.body);
  BOOST_TEST(server.body.find("\"d\"") == std::string::npos, "no private key member");
  auto server_doc = json_of(server);
  server_doc.RemoveMember("jwks");
  BOOST_TEST(
      org.api
          .call("PUT", "/tenants/" + tenant + "/authorization-server", idp::json::write(server_doc))
          .status == 200);
  BOOST_TEST(get(stack().base_url + "/" + tenant + "/v1/jwks").status == 200);

  // Clients: create shows the secret once; get, list, replace, delete.
  const std::string client = uuid();
  auto made = org.api.call("POST", "/tenants/" + tenant + "/clients", client_body(client));
  BOOST_REQUIRE_MESSAGE(made.status == 201, made.body);
  BOOST_TEST(made.body.find("login-pw-webapp-secret-32chars!") != std::string::npos);
  auto fetched = org.api.call("GET", "/tenants/" + tenant + "/clients/" + client);
  BOOST_REQUIRE_EQUAL(fetched.status, 200);
  BOOST_TEST(fetched.body.find("login-pw-webapp-secret") == std::string::npos);
  auto clients = json_of(org.api.call("GET", "/tenants/" + tenant + "/clients?limit=10"));
  BOOST_TEST(clients["total_count"].GetInt() == 1);
  BOOST_TEST(clients["limit"].GetInt() == 10);
  // Filters of swagger-cp-client-ja.yaml.
  auto count = [&](const std::string& query) {
    return json_of(org.api.call("GET", "/tenants/" + tenant + "/clients?" + query))["total_count"]
        .GetInt();
  };
  BOOST_TEST(count("grant_types=authorization_code,refresh_token") == 1);
  BOOST_TEST(count("grant_types=password") == 0);
  BOOST_TEST(count("scope=openid%20email") == 1);
  BOOST_TEST(count("token_endpoint_auth_method=client_secret_basic") == 0);
  BOOST_TEST(count("client_id_alias=login-pw-webapp") == 1);
  BOOST_TEST(count("from=2000-01-01T00:00:00Z") == 1);
  BOOST_TEST(count("to=2000-01-01T00:00:00Z") == 0);
  BOOST_TEST(org.api.call("GET", "/tenants/" + tenant + "/clients?from=yesterday").status == 400);
  auto changed = json_of(fetched);
  changed["client_name"].SetString("Renamed app", changed.GetAllocator());
  BOOST_TEST(
      org.api.call("PUT", "/tenants/" + tenant + "/clients/" + client, idp::json::write(changed))
          .status == 200);
  // The secret survived the replacement (it was not in the body): the client still authenticates.
  HttpRequest cc;
  cc.method = "POST";
  cc.url = stack().base_url + "/" + tenant + "/v1/tokens";
  cc.headers = {"Content-Type: application/x-www-form-urlencoded"};
  cc.body = "grant_type=authorization_code&code=x&client_id=" + client +
            "&client_secret=login-pw-webapp-secret-32chars!";
  BOOST_TEST(json_of(send(cc))["error"].GetString() == std::string("invalid_grant"));
  BOOST_TEST(org.api.call("DELETE", "/tenants/" + tenant + "/clients/" + client + "?dry_run=true")
                 .status == 200);
  BOOST_TEST(org.api.call("GET", "/tenants/" + tenant + "/clients/" + client).status == 200);
  BOOST_TEST(org.api.call("DELETE", "/tenants/" + tenant + "/clients/" + client).status == 204);
  BOOST_TEST(org.api.call("GET", "/tenants/" + tenant + "/clients/" + client).status == 404);

  // The audit log holds each write, dry runs included, and no secret.
  auto log = org.api.call("GET", "/tenants/" + tenant + "/audit-logs?limit=100");
  BOOST_REQUIRE_MESSAGE(log.status == 200, log.body);
  auto entries = json_of(log);
  BOOST_TEST(log.body.find("login-pw-webapp-secret") == std::string::npos, log.body);
  int dry_runs = 0;
  for (const auto& e : entries["list"].GetArray()) dry_runs += e["dry_run"].GetBool() ? 1 : 0;
  BOOST_TEST(dry_runs == 2);  // the tenant replacement and the client deletion
  // tenant create, tenant update ×2, authorization server update, client create, update,
  // delete ×2
  BOOST_TEST(entries["total_count"].GetInt() == 8);

  BOOST_TEST(org.api.call("DELETE", "/tenants/" + tenant).status == 204);
  BOOST_TEST(org.api.call("GET", "/tenants/" + tenant).status == 404);
  BOOST_TEST(eventually([&] {
    return get(stack().base_url + "/" + tenant + "/.well-known/openid-configuration").status == 404;
  }));
}

BOOST_AUTO_TEST_CASE(invalid_bodies_list_every_problem_and_write_nothing) {
  auto org = onboard();
  const std::string tenant = uuid();
  std::string body = public_tenant_body(tenant);
  auto doc = idp::json::parse_object(body);
  auto& a = doc->GetAllocator();
  (*doc)["authorization_server"]["response_types_supported"].SetString("code", a);
  (*doc)["tenant"]["session_config"]["timeout_seconds"].SetString("long", a);
  auto refused = org.api.call("POST", "/tenants", idp::json::write(*doc));
  BOOST_REQUIRE_EQUAL(refused.status, 400);
  auto answer = json_of(refused);
  BOOST_TEST(std::string(answer["error"].GetString()) == "invalid_request");
  BOOST_REQUIRE(answer["error_messages"].Size() >= 2u);
  BOOST_TEST(refused.body.find("response_types_supported") != std::string::npos, refused.body);
  BOOST_TEST(refused.body.find("timeout_seconds") != std::string::npos, refused.body);
  BOOST_TEST(org.api.call("GET", "/tenants/" + tenant).status == 404);
  // The refusal is in the caller's tenant's audit log, found by its outcome.
  auto failures = org.api.call("GET", "/tenants/" + org.organizer_tenant +
                                          "/audit-logs?outcome_result=failure&type=tenant.create");
  BOOST_REQUIRE_EQUAL(failures.status, 200);
  auto log = json_of(failures);
  BOOST_TEST(log["total_count"].GetInt() == 1);
  BOOST_TEST(std::string(log["list"][0]["outcome_result"].GetString()) == "failure");
}

BOOST_AUTO_TEST_CASE(callers_see_only_what_they_may) {
  auto first = onboard();
  auto second = onboard();
  // Another organization's tenant does not exist for this caller.
  BOOST_TEST(first.api.call("GET", "/tenants/" + second.organizer_tenant).status == 404);
  // A token of one organization cannot act at another's level.
  Api crossing{first.api.token, second.api.prefix};
  BOOST_TEST(crossing.call("GET", "/tenants").status == 401);
  // The organization's token is no system-level token.
  Api posing{first.api.token, "/v1/management"};
  BOOST_TEST(posing.call("GET", "/tenants").status == 401);
  // No token, a broken one, and a client_credentials token.
  BOOST_TEST((Api{"", "/v1/management"}.call("GET", "/tenants").status == 401));
  BOOST_TEST((Api{"not-a-token", "/v1/management"}.call("GET", "/tenants").status == 401));
  const auto& admin = admin_tenant();
  HttpRequest r;
  r.method = "POST";
  r.url = stack().base_url + "/" + admin.tenant_id + "/v1/tokens";
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = "grant_type=client_credentials&scope=management&client_id=" + admin.client_id +
           "&client_secret=" + admin.client_secret;
  auto cc = send(r);
  BOOST_REQUIRE_MESSAGE(cc.status == 200, cc.body);
  Api machine{(*idp::json::parse_object(cc.body))["access_token"].GetString(), "/v1/management"};
  BOOST_TEST(machine.call("GET", "/tenants").status == 401);
  // A user token without the management scope.
  Api no_scope{token_by_password(admin.tenant_id, admin.client_id, admin.client_secret,
                                 admin.user_email, admin.user_password, "openid"),
               "/v1/management"};
  BOOST_TEST(no_scope.call("GET", "/tenants").status == 403);
  // The system level sees every tenant.
  auto all = json_of(admin_api().call("GET", "/tenants?limit=1000"));
  BOOST_TEST(all["total_count"].GetInt() >= 3);

  // Deleting an organization removes its tenants; a dry run removes nothing.
  BOOST_TEST(admin_api().call("DELETE", "/orgs/" + second.id + "?dry_run=true").status == 200);
  BOOST_TEST(admin_api().call("GET", "/orgs/" + second.id).status == 200);
  BOOST_TEST(admin_api().call("DELETE", "/orgs/" + second.id).status == 204);
  BOOST_TEST(admin_api().call("GET", "/orgs/" + second.id).status == 404);
  BOOST_TEST(eventually([&] {
    return get(stack().base_url + "/" + second.organizer_tenant +
               "/.well-known/openid-configuration")
               .status == 404;
  }));
  // The ADMIN tenant's organization cannot be deleted.
  BOOST_TEST(admin_api().call("DELETE", "/orgs/" + admin_tenant().organization_id).status == 400);
}

BOOST_AUTO_TEST_CASE(system_configuration_is_read_and_replaced) {
  auto body = read_file(data_path("idp-server-config/examples/system-configuration-local.json"));
  auto replaced = admin_api().call("PUT", "/system-configurations", body);
  BOOST_REQUIRE_MESSAGE(replaced.status == 200, replaced.body);
  auto read = json_of(admin_api().call("GET", "/system-configurations"));
  BOOST_TEST(read["ssrf_protection"]["enabled"].GetBool());
  BOOST_TEST(read["trusted_proxies"]["addresses"].Size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()

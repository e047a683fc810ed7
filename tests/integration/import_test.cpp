// Configuration as code: `idp-fcgi import` and `idp-fcgi export` against the running stack.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <thread>

#include "http_client.hpp"
#include "json/reader.hpp"
#include "stack.hpp"

using namespace idp::test;
namespace fs = std::filesystem;

namespace {

const std::string k_test_tenant = "67e7eae6-62b0-4500-9eff-87459f63fc66";
const std::string k_tenant_a = "779ff73a-7c8a-4966-9813-92f94f2fd2e8";

int idp_fcgi(const std::string& args, std::string& output) {
  return run(stack().bin + " " + args + " --settings " + stack().settings(), output);
}

std::string discovery_url(const std::string& tenant) {
  return stack().base_url + "/" + tenant + "/.well-known/openid-configuration";
}

// A folder holding one tenant file made from tenant-a.json with a new id and `edit` applied.
fs::path tenant_folder(const std::string& name, const std::string& tenant_id,
                       const std::function<std::string(std::string)>& edit) {
  fs::path dir = fs::path(stack().var) / "import-cases" / name;
  fs::remove_all(dir);
  fs::create_directories(dir / "tenants");
  std::string text =
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/tenants/tenant-a.json"));
  text = std::regex_replace(text, std::regex(k_tenant_a), tenant_id);
  std::ofstream(dir / "tenants" / "tenant.json") << edit(text);
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(config_import)

BOOST_AUTO_TEST_CASE(importing_the_e2e_test_tenant_folder_serves_its_discovery) {
  std::string out;
  int rc = idp_fcgi("import " + data_path("idp-server-config/examples/e2e/test-tenant"), out);
  BOOST_TEST_MESSAGE(out);
  BOOST_REQUIRE_MESSAGE(rc == 0, out);

  auto main = get(discovery_url(k_test_tenant));
  BOOST_TEST(main.status == 200);
  auto doc = idp::json::parse_object(main.body);
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST((*doc)["issuer"].GetString() == "https://api.local.test/" + k_test_tenant);

  auto other = get(discovery_url(k_tenant_a));
  BOOST_TEST(other.status == 200);

  // Importing again is an upsert, not a conflict.
  BOOST_TEST(
      idp_fcgi("import " + data_path("idp-server-config/examples/e2e/test-tenant"), out) == 0, out);
}

BOOST_AUTO_TEST_CASE(an_unknown_enum_value_fails_naming_the_field_and_changes_nothing) {
  const std::string id = "11111111-2222-4333-8444-555555555501";
  auto dir = tenant_folder("unknown-enum", id, [](std::string t) {
    return std::regex_replace(t, std::regex(R"("format": "structured_json")"),
                              R"("format": "yaml-ish")");
  });
  std::string out;
  int rc = idp_fcgi("import " + dir.string(), out);
  BOOST_TEST(rc != 0);
  BOOST_TEST(out.find("tenant.security_event_log_config.format") != std::string::npos, out);
  BOOST_TEST(get(discovery_url(id)).status == 404);
}

BOOST_AUTO_TEST_CASE(a_wrong_type_fails_naming_the_field_and_changes_nothing) {
  const std::string good = "11111111-2222-4333-8444-555555555502";
  const std::string bad = "11111111-2222-4333-8444-555555555503";
  auto dir = tenant_folder("wrong-type", good, [](std::string t) { return t; });
  std::string text =
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/tenants/tenant-a.json"));
  text = std::regex_replace(text, std::regex(k_tenant_a), bad);
  text = std::regex_replace(text, std::regex(R"("access_token_duration": \d+)"),
                            R"("access_token_duration": "an hour")");
  std::ofstream(dir / "tenants" / "z-bad.json") << text;
  std::string out;
  int rc = idp_fcgi("import " + dir.string(), out);
  BOOST_TEST(rc != 0);
  BOOST_TEST(out.find("authorization_server.extension.access_token_duration") != std::string::npos,
             out);
  // All or nothing: the valid tenant of the same import was not created either.
  BOOST_TEST(get(discovery_url(good)).status == 404);
  BOOST_TEST(get(discovery_url(bad)).status == 404);
}

BOOST_AUTO_TEST_CASE(placeholders_are_filled_from_the_environment) {
  const std::string id = "11111111-2222-4333-8444-555555555504";
  auto dir = tenant_folder("placeholders", id, [](std::string t) {
    return std::regex_replace(t, std::regex(R"(https://idp-server-0d10773f8944.herokuapp.com)"),
                              "${ISSUER_BASE}");
  });
  std::string out;
  BOOST_TEST(idp_fcgi("import " + dir.string(), out) != 0);
  BOOST_TEST(out.find("ISSUER_BASE") != std::string::npos, out);
  BOOST_TEST(run("env ISSUER_BASE=https://issuer.example.test " + stack().bin + " import " +
                     dir.string() + " --settings " + stack().settings(),
                 out) == 0,
             out);
  auto r = get(discovery_url(id));
  BOOST_REQUIRE(r.status == 200);
  auto doc = idp::json::parse_object(r.body);
  BOOST_TEST((*doc)["issuer"].GetString() == "https://issuer.example.test/" + id);
}

BOOST_AUTO_TEST_CASE(export_writes_the_tenant_back_and_the_export_imports_again) {
  std::string out;
  BOOST_REQUIRE(
      idp_fcgi("import " + data_path("idp-server-config/examples/e2e/test-tenant"), out) == 0);
  fs::path dir = fs::path(stack().var) / "export-case";
  fs::remove_all(dir);
  BOOST_REQUIRE_MESSAGE(idp_fcgi("export " + k_test_tenant + " --out " + dir.string(), out) == 0,
                        out);
  BOOST_TEST(fs::exists(dir / "tenants"));
  BOOST_TEST(fs::exists(dir / "authorization-server" / "idp-server.json"));
  BOOST_TEST(fs::exists(dir / "clients"));
  BOOST_TEST(fs::exists(dir / "user"));
  std::string all;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) all += read_file(e.path().string());
  BOOST_TEST(all.find("client_secret\"") == std::string::npos,
             "secrets exported without --with-secrets");
  BOOST_TEST(all.find("\"d\"") == std::string::npos,
             "private keys exported without --with-secrets");
  BOOST_TEST(all.find("hashed_password") == std::string::npos);

  fs::path with = fs::path(stack().var) / "export-secrets";
  fs::remove_all(with);
  BOOST_REQUIRE(idp_fcgi("export " + k_test_tenant + " --out " + with.string() + " --with-secrets",
                         out) == 0);
  BOOST_TEST_MESSAGE(out);
  BOOST_TEST(idp_fcgi("import " + with.string(), out) == 0, out);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(configuration_cache)

// Workers cache parsed configuration; a change must reach every worker through LISTEN/NOTIFY.
BOOST_AUTO_TEST_CASE(a_changed_configuration_is_served_by_every_worker) {
  const std::string id = "11111111-2222-4333-8444-555555555505";
  auto dir = tenant_folder("cache", id, [](std::string t) {
    return std::regex_replace(t, std::regex(R"(https://idp-server-0d10773f8944.herokuapp.com)"),
                              "${ISSUER_BASE}");
  });
  std::string out;
  auto import_with = [&](const std::string& base) {
    return run("env ISSUER_BASE=" + base + " " + stack().bin + " import " + dir.string() +
                   " --settings " + stack().settings(),
               out);
  };
  auto issuer = [&] {
    auto r = get(discovery_url(id));
    auto doc = idp::json::parse_object(r.body);
    return doc.ok() && doc->HasMember("issuer") ? std::string((*doc)["issuer"].GetString()) : "";
  };
  BOOST_REQUIRE(import_with("https://before.example.test") == 0);
  for (int i = 0; i < 20; ++i)
    BOOST_TEST(issuer() == "https://before.example.test/" + id);  // cached now

  BOOST_REQUIRE(import_with("https://after.example.test") == 0);
  // Every worker thread must have dropped its copy: all of many requests see the change.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  for (int i = 0; i < 20; ++i) BOOST_TEST(issuer() == "https://after.example.test/" + id);
}

BOOST_AUTO_TEST_SUITE_END()

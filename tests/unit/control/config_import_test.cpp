#include "control/config_import.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "test_data.hpp"

using idp::control::check_configuration;

namespace {

idp::control::VariableLookup no_variables() {
  return [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
}

std::filesystem::path scratch(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("idp-import-test-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "tenants");
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(config_import)

BOOST_AUTO_TEST_CASE(the_e2e_test_tenant_folder_validates) {
  auto report = check_configuration(
      idp::test::data_path("idp-server-config/examples/e2e/test-tenant"), no_variables());
  BOOST_REQUIRE_MESSAGE(report.ok(), (report.ok() ? std::string() : report.error()));
  BOOST_TEST(report->organizations == 1);
  BOOST_TEST(report->tenants == 3);   // initial.json and the two files under tenants/
  BOOST_TEST(report->clients == 21);  // initial.json's client and the 20 under clients/
  BOOST_TEST(report->users == 2);
  BOOST_TEST(!report->skipped.empty());  // authentication configs, hooks, … are listed
}

BOOST_AUTO_TEST_CASE(every_e2e_example_folder_validates) {
  for (const auto& e : std::filesystem::directory_iterator(
           idp::test::data_path("idp-server-config/examples/e2e"))) {
    if (!e.is_directory()) continue;
    auto report = check_configuration(e.path().string(), no_variables());
    BOOST_TEST(report.ok(), e.path().filename()
                                << ": " << (report.ok() ? std::string() : report.error()));
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_enum_value_is_named_with_its_file_and_field) {
  auto dir = scratch("enum");
  std::ofstream(dir / "tenants" / "t.json")
      << R"({"tenant":{"id":"3b0c7d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e","name":"t",)"
      << R"("session_config":{"cookie_same_site":"Sideways"}}})";
  auto report = check_configuration(dir.string(), no_variables());
  BOOST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().find("t.json") != std::string::npos);
  BOOST_TEST(report.error().find("tenant.session_config.cookie_same_site") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(files_for_an_unknown_tenant_are_refused) {
  auto dir = scratch("orphans");
  std::filesystem::remove_all(dir / "tenants");
  std::filesystem::create_directories(dir / "clients");
  std::ofstream(dir / "clients" / "c.json") << R"({"client_id":"c"})";
  auto report = check_configuration(dir.string(), no_variables());
  BOOST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().find("cannot tell which tenant") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_undefined_placeholder_is_named) {
  auto dir = scratch("placeholder");
  std::ofstream(dir / "tenants" / "t.json") << R"({"tenant":{"id":"${TENANT_ID}","name":"t"}})";
  auto report = check_configuration(dir.string(), no_variables());
  BOOST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().find("TENANT_ID") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

#include "main/settings.hpp"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

using idp::main::load_settings;

namespace {

std::string write_settings(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("idp-settings-" + name + ".json");
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(settings)

BOOST_AUTO_TEST_CASE(defaults_fill_what_the_file_leaves_out) {
  auto s = load_settings(write_settings("minimal", R"({"database_app":"host=/x dbname=idp"})"));
  BOOST_REQUIRE(s.ok());
  BOOST_TEST(s->workers == 2);
  BOOST_TEST(s->threads == 4);
  BOOST_TEST(s->max_body_bytes == 1048576u);
  BOOST_TEST(s->tenant_cache_size == 1000);
  BOOST_TEST(s->database_owner == "host=/x dbname=idp");  // falls back to the app connection
}

BOOST_AUTO_TEST_CASE(wrong_values_are_refused_naming_the_setting) {
  auto s = load_settings(write_settings("bad", R"({"database_app":"x","workers":0})"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().find("workers") != std::string::npos);
  auto t = load_settings(write_settings("type", R"({"database_app":"x","threads":"four"})"));
  BOOST_REQUIRE(!t.ok());
  BOOST_TEST(t.error().find("threads") != std::string::npos);
  BOOST_TEST(!load_settings(write_settings("missing", R"({"workers":2})")).ok());
  BOOST_TEST(
      !load_settings(write_settings("dup", R"({"database_app":"x","database_app":"y"})")).ok());
  BOOST_TEST(!load_settings("/nonexistent/idp.json").ok());
  auto c = load_settings(write_settings("cache", R"({"database_app":"x","tenant_cache_size":0})"));
  BOOST_REQUIRE(!c.ok());
  BOOST_TEST(c.error().find("tenant_cache_size") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

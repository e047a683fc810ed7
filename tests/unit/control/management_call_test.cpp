#include "control/management/management_call.hpp"

#include <boost/test/unit_test.hpp>

#include "control/management/body_schemas.hpp"
#include "json/reader.hpp"

using idp::control::diff;
using idp::control::masked;

BOOST_AUTO_TEST_SUITE(management_call)

BOOST_AUTO_TEST_CASE(secrets_are_masked_at_any_depth_and_inside_jwks_text) {
  const std::string client =
      R"({"client_id":"c","client_secret":"s3cret","user":{"raw_password":"pw","name":"n"},)"
      R"("jwks":"{\"keys\":[{\"kty\":\"EC\",\"d\":\"private\",\"x\":\"public\"}]}"})";
  const std::string out = masked(client);
  BOOST_TEST(out.find("s3cret") == std::string::npos);
  BOOST_TEST(out.find("\"pw\"") == std::string::npos);
  BOOST_TEST(out.find("private") == std::string::npos);
  BOOST_TEST(out.find("public") != std::string::npos);
  BOOST_TEST(out.find("\"name\":\"n\"") != std::string::npos);
  BOOST_TEST(masked("not json") == "{}");
}

BOOST_AUTO_TEST_CASE(diff_names_changed_added_and_removed_members) {
  auto d = idp::json::parse_object(diff(R"({"a":1,"b":2,"c":3})", R"({"a":1,"b":5,"d":4})"));
  BOOST_REQUIRE(d.ok());
  BOOST_TEST(!d->HasMember("a"));
  BOOST_TEST((*d)["b"]["before"].GetInt() == 2);
  BOOST_TEST((*d)["b"]["after"].GetInt() == 5);
  BOOST_TEST((*d)["c"]["after"].IsNull());
  BOOST_TEST((*d)["d"]["before"].IsNull());
}

BOOST_AUTO_TEST_CASE(every_built_in_body_schema_compiles_and_names_fields) {
  BOOST_TEST(idp::control::embedded_schemas().size() >= 12u);
  auto body = idp::json::parse_object(R"({"name":7,"permissions":"x"})");
  auto checked = idp::control::check_body("role", *body, "role.");
  BOOST_REQUIRE(!checked.ok());
  BOOST_TEST(checked.error().find("role.name") != std::string::npos, checked.error());
  BOOST_TEST(checked.error().find("role.permissions") != std::string::npos, checked.error());
  BOOST_CHECK_THROW(idp::control::check_body("no-such-schema", *body), std::logic_error);
}

BOOST_AUTO_TEST_SUITE_END()
